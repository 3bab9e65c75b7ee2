/**
 * Opens a file of any shape: Chronomap's own format loads as it always has; a known format
 * (USGS, ACLED, GDELT…) is read with its own reading; anything else waits for the reader to
 * confirm a proposed reading, seen on the file's head only, before the whole file is read.
 */
import { buildDataset } from '../events/build-dataset';
import { colouredByCount } from '../events/categories';
import { isValidIsoDate } from '../events/dates';
import { chronomapColumns } from '../events/parse-csv';
import { collectSkippedRows, type SkippedRows } from '../events/skipped-rows';
import type { DataProblem } from '../events/types';

import { needsGazetteer, readingRecords } from './apply-reading';
import { gdeltHeader, KNOWN_FORMATS } from './known-formats';
import { proposeReading, type Proposal } from './propose-reading';
import { csvTable, featureTable } from './table';
import type { Reading, Table } from './types';
import type { ParseOutput } from '../events/parse-dataset';

export type TableSource =
  { kind: 'csv'; text: string } | { kind: 'geojson'; features: readonly unknown[]; title?: string };

export interface ReadTableOutput extends Omit<ParseOutput, 'format' | 'recordKind'> {
  reading: Reading;
  skippedRows: SkippedRows | null;
}

/** The whole table of a source, with the header a header-less GDELT file needs. */
export function wholeTable(source: TableSource): Table {
  return source.kind === 'csv'
    ? csvTable(source.text, { headerFor: headerlessColumns })
    : featureTable(source.features);
}

export function headTable(source: TableSource): Table {
  return source.kind === 'csv'
    ? csvTable(source.text, { head: true, headerFor: headerlessColumns })
    : featureTable(source.features, { head: true });
}

/** Names for a first row that is data, not a header (GDELT's raw exports have none). */
function headerlessColumns(first: string[]): string[] | null {
  const looksLikeData = /^\d+$/.test(first[0] ?? '') && /^\d{8}$/.test(first[1] ?? '');
  return looksLikeData ? gdeltHeader(first.length) : null;
}

/** A CSV in Chronomap's own format: its title and date columns, with ISO dates. */
export function isChronomapCsv(head: Table): boolean {
  const columns = chronomapColumns(head.columns);
  const dateAt = columns.get('date');
  if (!columns.has('title') || dateAt === undefined) return false;
  if (KNOWN_FORMATS.some((format) => format.matches(head))) return false;
  return mostlyIsoDates(head.rows.map((row) => row[dateAt] ?? ''));
}

/** GeoJSON whose features carry Chronomap's own `date` and `title` properties. */
export function isChronomapFeatures(features: readonly unknown[]): boolean {
  const dates = features.slice(0, 200).map((feature) => {
    const properties = (feature as { properties?: Record<string, unknown> } | null)?.properties;
    const ok = typeof properties?.['title'] === 'string' && typeof properties['date'] === 'string';
    return ok ? (properties['date'] as string) : '';
  });
  return mostlyIsoDates(dates);
}

function mostlyIsoDates(cells: readonly string[]): boolean {
  let filled = 0;
  let iso = 0;
  for (const cell of cells.slice(0, 500)) {
    if (!cell.trim()) continue;
    filled++;
    if (isValidIsoDate(cell.trim())) iso++;
  }
  // Half is enough: a file of our own format with bad dates is reported row by row, not re-read.
  return filled > 0 && iso / filled >= 0.5;
}

/** Reads a whole table with a reading, looking places up offline when rows need it. */
export async function readTable(
  table: Table,
  reading: Reading,
  title?: string,
): Promise<ReadTableOutput> {
  const missing = [reading.date, ...columnsOf(reading)].filter(
    (column) => !table.columns.includes(column),
  );
  const problems: DataProblem[] = missing.length
    ? [
        {
          record: 0,
          field: '',
          message: `has no column ${missing.map((c) => JSON.stringify(c)).join(', ')}; the reading names it`,
          severity: 'warning',
        },
      ]
    : [];
  const gazetteer = needsGazetteer(table, reading)
    ? await import('../places/gazetteer').then((module) => module.loadGazetteer())
    : null;
  const records = readingRecords(table, reading, problems, { gazetteer });
  const result = buildDataset({ categories: [], ...(title ? { title } : {}) }, records);
  result.dataset.categories = colouredByCount(
    result.dataset.categories,
    result.dataset.categoryCounts,
  );
  // Only when there are problems to name: a map of a million ids is seconds of a clean read.
  if (problems.length > 0) {
    const ids = new Map(result.dataset.events.map((event) => [event.record, event.id]));
    for (const problem of problems) problem.id ??= ids.get(problem.record);
  }
  const all = [...problems, ...result.problems].sort((a, b) => a.record - b.record);
  return {
    dataset: result.dataset,
    problems: all,
    reading,
    skippedRows: collectSkippedRows(table.columns, table.rows, all),
  };
}

/** The single columns a reading names (patterns are checked when they render). */
function columnsOf(reading: Reading): string[] {
  const single = [
    reading.endDate,
    reading.time,
    reading.lat,
    reading.lon,
    reading.point,
    reading.place,
    reading.country,
    reading.category,
    reading.datePrecision,
    reading.placePrecision,
    reading.killed,
    reading.id,
  ];
  return [...single, ...(reading.actors ?? []), ...(reading.sources ?? [])].filter(
    (column): column is string => column !== undefined && column !== '',
  );
}

export interface NeedsReading {
  head: Table;
  proposal: Proposal;
}

/** The reading a file needs: a known format's, or a proposal for the reader to confirm. */
export function proposalFor(source: TableSource): NeedsReading {
  const head = headTable(source);
  return { head, proposal: proposeReading(head) };
}
