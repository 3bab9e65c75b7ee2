/**
 * What a reading would give for the head of a file: its first events as they would load, and how
 * many rows would load or be skipped, and why. The reading dialog shows it on every change, so
 * it reads only the head the dialog has (table.ts HEAD_ROWS).
 */
import { buildDataset } from '../events/build-dataset';
import type { ChronoEvent, DataProblem } from '../events/types';

import { NOT_LOOKED_UP, readingRecords } from './apply-reading';
import type { Reading, Table } from './types';

export interface ReadingPreview {
  /** The first rows that load, in the file's order. */
  events: ChronoEvent[];
  /** Rows read (the head), of how many in the file. */
  read: number;
  total: number;
  loaded: number;
  skipped: number;
  /** Rows that load with a warning. */
  warned: number;
  /** The reasons, most common first: "date is empty" × 12. */
  reasons: { severity: DataProblem['severity']; text: string; count: number; firstRow: number }[];
  /** Rows with a place name and no coordinates: looked up in the gazetteer when the file loads. */
  toLookUp: number;
}

const SHOWN_EVENTS = 8;

/** A problem's reason without the values that differ from row to row. */
function reasonOf(problem: DataProblem): string {
  const message = problem.message
    .replace(/"(?:[^"\\]|\\.)*"/g, (quoted, offset: number, whole: string) =>
      // Column names stay: "column "Datum": …" says where to look.
      whole.slice(Math.max(0, offset - 7), offset) === 'column ' ? quoted : '…',
    )
    .replace(/\b\d[\d,.]*\b/g, '…');
  return `${problem.field ? `${problem.field}: ` : ''}${message}`;
}

export function previewReading(table: Table, reading: Reading): ReadingPreview {
  const problems: DataProblem[] = [];
  // No gazetteer here: its data loads with the file, and the preview says which rows it will place.
  const built = buildDataset({ categories: [] }, readingRecords(table, reading, problems));
  const all = [...problems, ...built.problems];
  const skippedRows = new Set<number>();
  const warnedRows = new Set<number>();
  const reasons = new Map<string, ReadingPreview['reasons'][number]>();
  let toLookUp = 0;
  for (const problem of all) {
    if (problem.record === 0) continue;
    if (problem.field === 'location' && problem.message.includes(NOT_LOOKED_UP)) {
      toLookUp++;
      continue;
    }
    (problem.severity === 'error' ? skippedRows : warnedRows).add(problem.record);
    const text = reasonOf(problem);
    const key = `${problem.severity}|${text}`;
    const reason = reasons.get(key);
    if (reason) reason.count++;
    else reasons.set(key, { severity: problem.severity, text, count: 1, firstRow: problem.record });
  }
  for (const row of skippedRows) warnedRows.delete(row);
  const events = [...built.dataset.events]
    .sort((a, b) => a.record - b.record)
    .slice(0, SHOWN_EVENTS);
  return {
    events,
    read: table.rows.length,
    total: table.totalRows,
    loaded: built.dataset.events.length,
    skipped: skippedRows.size,
    warned: warnedRows.size,
    reasons: [...reasons.values()].sort((a, b) =>
      a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1,
    ),
    toLookUp,
  };
}
