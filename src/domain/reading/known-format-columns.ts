/** How a known format finds its columns and builds a reading from those it has. */
import type { Reading, Table } from './types';

/** "EVENT_DATE", "Event Date" and "eventDate" are one column. */
const key = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

/** The file's own spelling of the first of `names` it has. */
export function columnsOf(table: Table) {
  const byKey = new Map<string, string>();
  for (const column of table.columns) if (!byKey.has(key(column))) byKey.set(key(column), column);
  const find = (...names: string[]) =>
    names.map((name) => byKey.get(key(name))).find((column) => column !== undefined);
  const count = (names: readonly string[]) => names.filter((name) => byKey.has(key(name))).length;
  return { find, count, has: (name: string) => byKey.has(key(name)) };
}

export const present = (columns: (string | undefined)[]) =>
  columns.filter((column): column is string => column !== undefined);

/** One part of a pattern, "$0" standing for its column; no column, no part. */
export const part = (template: string, column: string | undefined) =>
  column === undefined ? undefined : template.replace('$0', `{${column}}`);

export const pattern = (separator: string, ...parts: (string | undefined)[]) =>
  present(parts).join(separator);

/** Drops the fields no column was found for, so a reading never names a missing column. */
export function compact(reading: Reading): Reading {
  const kept = Object.entries(reading).filter(
    ([field, value]) =>
      field === 'date' ||
      field === 'title' ||
      (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)),
  );
  return Object.fromEntries(kept) as unknown as Reading;
}
