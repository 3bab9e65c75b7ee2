import Papa from 'papaparse';

import type { DataProblem } from './types';

/**
 * The records a load skipped, as the file had them: a CSV's cells, or a GeoJSON/JSON record's
 * values flattened to columns. The loader gives them with their record numbers.
 */
export interface SkippedRows {
  columns: string[];
  rows: { record: number; cells: string[] }[];
}

/** Enough to fix a file by hand; beyond this the file needs fixing where it was made. */
const MAX_SKIPPED_ROWS = 100_000;

/** The raw cells of the records the problems say were skipped, or null when none were. */
export function collectSkippedRows(
  columns: string[],
  rows: readonly (readonly string[])[],
  problems: readonly DataProblem[],
): SkippedRows | null {
  const skipped = new Set<number>();
  for (const problem of problems) {
    if (problem.severity === 'error' && problem.record > 0) skipped.add(problem.record);
  }
  if (skipped.size === 0) return null;
  const picked = [...skipped]
    .sort((a, b) => a - b)
    .slice(0, MAX_SKIPPED_ROWS)
    .map((record) => ({ record, cells: [...(rows[record - 1] ?? [])] }));
  return { columns, rows: picked };
}

/** A column name not already in the file's header: "problem", else "problem 2", … */
function problemColumn(columns: readonly string[]): string {
  const taken = new Set(columns);
  let name = 'problem';
  for (let n = 2; taken.has(name); n++) name = `problem ${n}`;
  return name;
}

/**
 * The skipped rows as a CSV to fix and load again: every cell exactly as it was in the file (no
 * quoting of formula-like cells: it is the user's own data going back to them), and a last column
 * naming each row's problems. Rows shorter than the widest are padded so that column lines up.
 */
export function skippedRowsCsv(skipped: SkippedRows, problems: readonly DataProblem[]): string {
  const wanted = new Set(skipped.rows.map((row) => row.record));
  const byRecord = new Map<number, string[]>();
  for (const problem of problems) {
    if (!wanted.has(problem.record)) continue;
    const text = `${problem.field ? `${problem.field} ` : ''}${problem.message}`;
    const list = byRecord.get(problem.record);
    if (list) list.push(text);
    else byRecord.set(problem.record, [text]);
  }
  let width = skipped.columns.length;
  for (const row of skipped.rows) width = Math.max(width, row.cells.length);
  const pad = (cells: readonly string[]) =>
    cells.length < width ? [...cells, ...Array<string>(width - cells.length).fill('')] : cells;
  return Papa.unparse(
    {
      fields: [...pad(skipped.columns), problemColumn(skipped.columns)],
      data: skipped.rows.map((row) => [
        ...pad(row.cells),
        (byRecord.get(row.record) ?? []).join('; '),
      ]),
    },
    { escapeFormulae: false, newline: '\r\n' },
  );
}

/** "<title>-skipped-rows.csv", the title (without a file extension) safe as a file name anywhere. */
export function skippedRowsFileName(title: string): string {
  const safe = title
    .normalize('NFC')
    // A file's name is its title: "events.csv" gives "events-skipped-rows.csv".
    .replace(/\.(csv|tsv|txt|json|geojson)$/i, '')
    .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
    .replace(/\s+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 80)
    .replace(/[-.]+$/, '');
  return `${safe || 'dataset'}-skipped-rows.csv`;
}
