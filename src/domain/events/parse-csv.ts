import Papa from 'papaparse';

import { countOf } from '@/utils/plural';

import { buildDataset, type BuildResult } from './build-dataset';
import { readDecimal, splitList, splitPositional, unescapeFormula } from './csv-cells';
import { chronomapColumns, COLUMNS, type Field } from './csv-columns';
import { colouredByCount } from './categories';
import { csvDatasetHeader, type RowCell } from './csv-dataset-header';
import { DatasetError, MAX_EVENTS } from './dataset-error';
import { MAX_NAME_LENGTH, RELATIONS } from './schema';
import { collectSkippedRows, type SkippedRows } from './skipped-rows';
import type { DataProblem } from './types';

export { chronomapColumns };

/** The number fields, and where the schema reports them (a misread cell is reported once). */
const NUMBER_PATHS = {
  lat: 'location.lat',
  lon: 'location.lon',
  radiusKm: 'location.radiusKm',
  killed: 'casualties.killed',
  injured: 'casualties.injured',
} as const satisfies Partial<Record<Field, string>>;

type NumberField = keyof typeof NUMBER_PATHS;

/** A row's cells by field, as plain text: trimmed, the export's formula escape undone. */
type Get = (field: Field) => string | undefined;

function sourcesOf(get: Get) {
  const urls = splitPositional(get('sourceUrl'));
  const titles = splitPositional(get('sourceTitle'));
  const publishers = splitPositional(get('sourcePublisher'));
  const notes = splitPositional(get('sourceNote'));
  const kinds = splitPositional(get('sourceKind'));
  const count = Math.max(urls.length, titles.length, publishers.length, notes.length);
  const sources: Record<string, string>[] = [];
  for (let i = 0; i < count; i++) {
    const source = {
      ...(urls[i] ? { url: urls[i] } : {}),
      ...(titles[i] ? { title: titles[i] } : {}),
      ...(publishers[i] ? { publisher: publishers[i] } : {}),
      ...(notes[i] ? { note: notes[i] } : {}),
    };
    // A kind alone describes no source: it only qualifies one the other columns give.
    if (Object.keys(source).length > 0 && kinds[i]) Object.assign(source, { kind: kinds[i] });
    // A place empty in every column ("a;;b", a trailing ";") is no source.
    if (Object.keys(source).length > 0) sources.push(source);
  }
  return sources;
}

/**
 * "id:relation" items. An export always writes the relation, so the last ":" before one splits
 * (an id may hold colons); an item without a known relation is an id, a follow-up.
 */
function relatedOf(cell: string | undefined) {
  return splitList(cell).map((item) => {
    const colon = item.lastIndexOf(':');
    const relation = colon < 0 ? '' : item.slice(colon + 1).trim();
    return (RELATIONS as readonly string[]).includes(relation)
      ? { id: item.slice(0, colon).trim(), relation }
      : { id: item, relation: 'follow-up' };
  });
}

/**
 * "party:killed:injured" items, either count empty; the last two ":" split, as a party's name
 * may hold colons. A count that is not a decimal goes to the schema as text, which reports it.
 */
function byPartyOf(cell: string | undefined) {
  return splitList(cell).map((item) => {
    const [injured = '', killed = '', ...name] = item.split(':').reverse();
    const count = (text: string) =>
      text.trim() === '' ? undefined : (readDecimal(text) ?? text.trim());
    return {
      party: name.reverse().join(':').trim(),
      killed: count(killed),
      injured: count(injured),
    };
  });
}

/** One CSV row becomes one raw event record, validated like any other. */
function toRecord(get: Get, number: (field: NumberField) => number | string | undefined) {
  const record: Record<string, unknown> = {
    id: get('id'),
    title: get('title') ?? '',
    date: get('date') ?? '',
    endDate: get('endDate'),
    datePrecision: get('datePrecision'),
    category: get('category'),
    actors: splitList(get('actors')),
    summary: get('summary') ?? '',
    confidence: get('confidence'),
    confidenceNote: get('confidenceNote'),
    disputed: get('disputed'),
    related: relatedOf(get('related')),
    sources: sourcesOf(get),
  };
  const lat = number('lat');
  const lon = number('lon');
  if (lat !== undefined || lon !== undefined) {
    record['location'] = {
      lat,
      lon,
      name: get('place'),
      country: get('country'),
      sea: get('sea'),
      precision: get('precision'),
      radiusKm: number('radiusKm'),
      note: get('locationNote'),
      timezone: get('timezone'),
    };
  }
  const killed = number('killed');
  const injured = number('injured');
  const byParty = byPartyOf(get('casualtiesByParty'));
  if (killed !== undefined || injured !== undefined || byParty.length)
    record['casualties'] = { killed, injured, ...(byParty.length ? { byParty } : {}) };
  return record;
}

/** A header's cells for a field, as plain text: trimmed, the export's formula escape undone. */
function cellReader(header: readonly string[]) {
  const columnOf = chronomapColumns(header);
  const cell: RowCell = (row, field) => {
    const index = columnOf.get(field);
    const text = index === undefined ? undefined : row[index]?.trim();
    return text ? unescapeFormula(text) : undefined;
  };
  return {
    columnOf,
    cell,
    /** The file's own name for a field's column, for the problems. */
    columnName: (field: Field) => header[columnOf.get(field) ?? -1]?.trim() || COLUMNS[field][0],
  };
}

const quoted = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

interface RowProblems {
  extra: DataProblem[];
  /** Schema paths already reported by column, per record: the schema would say them again. */
  reported: Map<number, Set<string>>;
}

/** Each row as a raw record, made only when it is validated: never all of them at once. */
function* rowRecords(
  header: readonly string[],
  rows: readonly string[][],
  { cell }: ReturnType<typeof cellReader>,
  { extra, reported }: RowProblems,
) {
  for (const [i, row] of rows.entries()) {
    const record = i + 1;
    if (row.length !== header.length) {
      extra.push({
        record,
        field: '',
        message: `has ${countOf(row.length, 'cell')} but the header has ${header.length}; missing cells are empty, extra ones ignored`,
        severity: 'warning',
      });
    }
    const get = (field: Field) => cell(row, field);
    yield toRecord(get, (field) => {
      const text = get(field);
      if (text === undefined) return undefined;
      const value = readDecimal(text);
      if (value !== null && Number.isFinite(value)) return value;
      const why = misread(text, value);
      if (why) {
        const id = get('id');
        const path = NUMBER_PATHS[field];
        extra.push({
          record,
          ...(id && id.length <= MAX_NAME_LENGTH ? { id } : {}),
          field: path,
          message: `${quoted(text)} ${why}`,
          severity: 'error',
        });
        reported.set(record, (reported.get(record) ?? new Set()).add(path));
      }
      // Still given to the schema, which skips the row and reports its other problems.
      return text;
    });
  }
}

/**
 * Why a cell that is no decimal is refused, when the schema's "must be a number" would mislead:
 * JavaScript reads "0x1A" as 26 and "Infinity" as a number, and a decimal beyond ±1.8e308 as
 * Infinity. Null when the cell is plainly not a number ("abc", "12,5").
 */
function misread(text: string, decimal: number | null): string | null {
  if (decimal !== null) return 'is too large a number';
  return Number.isNaN(Number(text)) ? null : 'is not a decimal number';
}

/** CSV with a header row: one event per row, parsed by Papa Parse (quotes, newlines in cells). */
export function parseCsv(text: string): BuildResult & { skippedRows: SkippedRows | null } {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const [header, ...rows] = parsed.data;
  if (!header || header.length < 2)
    throw new DatasetError('The CSV has no header row naming its columns.');
  const reader = cellReader(header);
  const missing = (['title', 'date'] as const).filter((field) => !reader.columnOf.has(field));
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
  const metadata = csvDatasetHeader({
    rows,
    cell: reader.cell,
    has: (field) => reader.columnOf.has(field),
    columnName: reader.columnName,
  });
  const found: RowProblems = { extra: [], reported: new Map() };
  const result = buildDataset(metadata.header, rowRecords(header, rows, reader, found));
  // Categories the file does not declare are coloured by size, as a reading's are.
  if (metadata.header.categories.length === 0) {
    const { dataset } = result;
    dataset.categories = colouredByCount(dataset.categories, dataset.categoryCounts);
  }
  const ids = new Map(result.dataset.events.map((event) => [event.record, event.id]));
  for (const problem of [...metadata.problems, ...found.extra])
    problem.id ??= ids.get(problem.record);
  const problems = [
    ...metadata.problems,
    ...found.extra,
    ...result.problems.filter((problem) => !found.reported.get(problem.record)?.has(problem.field)),
  ].sort((a, b) => a.record - b.record);
  return {
    dataset: result.dataset,
    problems,
    skippedRows: collectSkippedRows(header, rows, problems),
  };
}
