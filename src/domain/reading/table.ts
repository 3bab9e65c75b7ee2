/**
 * Files as tables of text cells, the shape every reading works on. A CSV's header names the
 * columns; a GeoJSON feature's properties become its row, its geometry kept beside it.
 */
import Papa from 'papaparse';

import { DatasetError, MAX_EVENTS } from '../events/dataset-error';

import type { Table } from './types';

/** Rows the reading dialog sees: enough to settle day order and count problems, quick to read. */
export const HEAD_ROWS = 2_000;

/** Rows in a CSV text, counted by line breaks: exact unless cells hold line breaks. */
function countLines(text: string): number {
  let lines = 0;
  let at = text.indexOf('\n');
  while (at >= 0) {
    lines++;
    at = text.indexOf('\n', at + 1);
  }
  return text.endsWith('\n') ? lines : lines + 1;
}

export interface CsvTableOptions {
  /** Read only the first rows (the head the reading dialog shows). */
  head?: boolean;
  /** Names for the columns of a file without a header row (GDELT's raw exports). */
  headerFor?: (firstRow: string[]) => string[] | null;
}

/**
 * A CSV (or TSV, or ";"-separated as European spreadsheets write it) as a table. Papa Parse
 * guesses the delimiter from the first rows.
 */
export function csvTable(text: string, { head = false, headerFor }: CsvTableOptions = {}): Table {
  const parsed = Papa.parse<string[]>(text, {
    header: false,
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', '\t', ';', '|'],
    ...(head ? { preview: HEAD_ROWS + 1 } : {}),
  });
  const [first, ...rest] = parsed.data;
  if (!first) throw new DatasetError('The CSV is empty.', 'empty');
  const named = headerFor?.(first);
  const columns = (named ?? first).map((name, i) => name.trim() || `column ${i + 1}`);
  const rows = named ? [first, ...rest] : rest;
  if (columns.length < 2) throw new DatasetError('The CSV has no header row naming its columns.');
  if (rows.length === 0) throw new DatasetError('The CSV has a header but no rows.', 'empty');
  const totalRows =
    head && rows.length > HEAD_ROWS ? countLines(text) - (named ? 0 : 1) : rows.length;
  if (totalRows > MAX_EVENTS) {
    throw new DatasetError(
      `The CSV has ${totalRows.toLocaleString('en')} rows; the limit is ${MAX_EVENTS.toLocaleString('en')}.`,
      'too-large',
    );
  }
  return { columns: uniqueNames(columns), rows: head ? rows.slice(0, HEAD_ROWS) : rows, totalRows };
}

/** Two columns with one name cannot both be chosen: the second becomes "name (2)". */
function uniqueNames(columns: string[]): string[] {
  const seen = new Map<string, number>();
  return columns.map((name) => {
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  // Nested values are rare in feeds and never a date or a place; their text is enough to pick.
  try {
    return JSON.stringify(value).slice(0, 2_000);
  } catch {
    return '';
  }
}

/**
 * A FeatureCollection as a table: one column per property found in the features, in the order
 * first seen, and `id` for the feature's own id when the properties have none.
 */
export function featureTable(features: readonly unknown[], { head = false } = {}): Table {
  const taken = head ? features.slice(0, HEAD_ROWS) : features;
  const index = new Map<string, number>();
  const columns: string[] = [];
  const addColumn = (name: string) => {
    if (!index.has(name)) {
      index.set(name, columns.length);
      columns.push(name);
    }
  };
  const hasFeatureIds = taken.some(
    (f) => isObject(f) && (typeof f['id'] === 'string' || typeof f['id'] === 'number'),
  );
  // Properties are scanned on a head: a rare property first seen at row 500,000 is not offered.
  for (const feature of taken.slice(0, HEAD_ROWS)) {
    const properties =
      isObject(feature) && isObject(feature['properties']) ? feature['properties'] : {};
    for (const key of Object.keys(properties)) addColumn(key);
  }
  const featureIdColumn = hasFeatureIds && !index.has('id') ? 'id' : null;
  if (featureIdColumn) addColumn(featureIdColumn);
  const rows: string[][] = [];
  const geometries: (unknown | null)[] = [];
  for (const feature of taken) {
    const object = isObject(feature) ? feature : {};
    const properties = isObject(object['properties']) ? object['properties'] : {};
    const row = new Array<string>(columns.length).fill('');
    for (const key in properties) {
      const at = index.get(key);
      if (at !== undefined) row[at] = cellText(properties[key]);
    }
    if (featureIdColumn) row[index.get(featureIdColumn) ?? 0] = cellText(object['id']);
    rows.push(row);
    geometries.push(object['geometry'] ?? null);
  }
  return { columns, rows, geometries, totalRows: features.length };
}
