import Papa from 'papaparse';

import { countOf } from '@/utils/plural';

import { buildDataset, type BuildResult } from './build-dataset';
import { DatasetError, MAX_EVENTS } from './dataset-error';
import { collectSkippedRows, type SkippedRows } from './skipped-rows';
import type { DataProblem } from './types';

/** Spreadsheet-friendly names for each field; the first is the documented one. */
const COLUMNS = {
  id: ['id'],
  title: ['title', 'name', 'headline'],
  date: ['date', 'start_date', 'start'],
  endDate: ['end_date', 'enddate', 'end'],
  datePrecision: ['date_precision', 'dateprecision'],
  category: ['category', 'type'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'lng', 'long', 'longitude'],
  place: ['place', 'location', 'place_name'],
  country: ['country'],
  precision: ['location_precision', 'precision'],
  radiusKm: ['radius_km', 'radiuskm'],
  locationNote: ['location_note'],
  timezone: ['timezone', 'time_zone', 'tz'],
  actors: ['actors', 'actor'],
  summary: ['summary', 'description'],
  killed: ['killed', 'deaths'],
  injured: ['injured'],
  confidence: ['confidence'],
  disputed: ['disputed'],
  related: ['related'],
  sourceUrl: ['source_url', 'source_urls', 'sources', 'url'],
  sourceTitle: ['source_title', 'source_titles'],
  sourcePublisher: ['source_publisher', 'source_publishers', 'publisher'],
} as const;

type Field = keyof typeof COLUMNS;

const normalise = (name: string) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** Where each of Chronomap's fields is among a header's columns, by the names it knows. */
export function chronomapColumns(header: readonly string[]): Map<Field, number> {
  const names = header.map(normalise);
  const columnOf = new Map<Field, number>();
  for (const [field, aliases] of Object.entries(COLUMNS) as [Field, readonly string[]][]) {
    const index = names.findIndex((name) => aliases.includes(name));
    if (index >= 0) columnOf.set(field, index);
  }
  return columnOf;
}

/** Cells holding lists separate their items with ";". */
export function splitList(cell: string | undefined): string[] {
  return (cell ?? '')
    .split(';')
    .map((item) => item.trim())
    .filter(Boolean);
}

/** A number cell stays text when it is not a number, so the problem report can quote it. */
function numberCell(cell: string | undefined): number | string | undefined {
  const text = cell?.trim();
  if (!text) return undefined;
  const value = Number(text);
  return Number.isNaN(value) ? text : value;
}

function sourcesOf(get: (field: Field) => string | undefined) {
  const urls = splitList(get('sourceUrl'));
  const titles = splitList(get('sourceTitle'));
  const publishers = splitList(get('sourcePublisher'));
  const count = Math.max(urls.length, titles.length, publishers.length);
  return Array.from({ length: count }, (_, i) => ({
    ...(urls[i] ? { url: urls[i] } : {}),
    ...(titles[i] ? { title: titles[i] } : {}),
    ...(publishers[i] ? { publisher: publishers[i] } : {}),
  }));
}

function relatedOf(cell: string | undefined) {
  return splitList(cell).map((item) => {
    const [id = '', relation = 'follow-up'] = item.split(':').map((part) => part.trim());
    return { id, relation };
  });
}

/** One CSV row becomes one raw event record, validated like any other. */
function toRecord(get: (field: Field) => string | undefined): Record<string, unknown> {
  const text = (field: Field) => get(field)?.trim() || undefined;
  const record: Record<string, unknown> = {
    id: text('id'),
    title: get('title') ?? '',
    date: text('date') ?? '',
    endDate: text('endDate'),
    datePrecision: text('datePrecision'),
    category: text('category'),
    actors: splitList(get('actors')),
    summary: get('summary') ?? '',
    confidence: text('confidence'),
    disputed: text('disputed'),
    related: relatedOf(get('related')),
    sources: sourcesOf(get),
  };
  const lat = numberCell(get('lat'));
  const lon = numberCell(get('lon'));
  if (lat !== undefined || lon !== undefined) {
    record['location'] = {
      lat,
      lon,
      name: text('place'),
      country: text('country'),
      precision: text('precision'),
      radiusKm: numberCell(get('radiusKm')),
      note: text('locationNote'),
      timezone: text('timezone'),
    };
  }
  const killed = numberCell(get('killed'));
  const injured = numberCell(get('injured'));
  if (killed !== undefined || injured !== undefined) record['casualties'] = { killed, injured };
  return record;
}

/** CSV with a header row: one event per row, parsed by Papa Parse (quotes, newlines in cells). */
export function parseCsv(text: string): BuildResult & { skippedRows: SkippedRows | null } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2)
    throw new DatasetError('The CSV has no header row naming its columns.');
  const names = header.map(normalise);
  const columnOf = chronomapColumns(header);
  const missing = (['title', 'date'] as const).filter((field) => !columnOf.has(field));
  if (missing.length) {
    throw new DatasetError(
      `The CSV has no ${missing.join(' or ')} column. Its columns are: ${header.slice(0, 20).join(', ')}.`,
    );
  }
  if (rows.length === 0) throw new DatasetError('The CSV has a header but no rows.', 'empty');
  if (rows.length > MAX_EVENTS) {
    throw new DatasetError(
      `The CSV has ${rows.length.toLocaleString('en')} rows; the limit is ${MAX_EVENTS.toLocaleString('en')}.`,
      'too-large',
    );
  }
  const extra: DataProblem[] = [];
  // A generator: each row becomes a record only when it is validated, never all at once.
  function* records() {
    for (const [i, row] of rows.entries()) {
      if (row.length !== names.length) {
        extra.push({
          record: i + 1,
          field: '',
          message: `has ${countOf(row.length, 'cell')} but the header has ${names.length}; missing cells are empty, extra ones ignored`,
          severity: 'warning',
        });
      }
      yield toRecord((field) => {
        const index = columnOf.get(field);
        return index === undefined ? undefined : row[index];
      });
    }
  }
  const result = buildDataset({ categories: [] }, records());
  const ids = new Map(result.dataset.events.map((event) => [event.record, event.id]));
  for (const problem of extra) problem.id = ids.get(problem.record);
  const problems = [...extra, ...result.problems].sort((a, b) => a.record - b.record);
  return {
    dataset: result.dataset,
    problems,
    skippedRows: collectSkippedRows(header, rows, problems),
  };
}
