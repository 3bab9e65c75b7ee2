/**
 * What a column's values look like, from a sample of its cells: the proposer weighs these with
 * the column's name, so a column called "Breite" full of 33,31 is taken for a latitude, and one
 * called "Date" full of names is not taken for a date.
 */
import { readCoordinate, readPoint } from './read-coordinate';
import { dateShare } from './read-date';
import type { Table } from './types';

export interface ColumnProfile {
  name: string;
  index: number;
  /** Non-empty cells in the sample. */
  filled: number;
  /** Share of filled cells that read as a date. */
  dates: number;
  /** Share that read as a latitude, and as a longitude. */
  lats: number;
  lons: number;
  /** Share that hold both coordinates ("lat, lon", WKT POINT). */
  points: number;
  /** Share that are plain numbers. */
  numbers: number;
  /** Share that are http(s) links. */
  links: number;
  /** Share that look like a time of day (14:30, 2:30 PM). */
  times: number;
  /** Distinct values over filled cells (1 = all different). */
  distinct: number;
  /** Mean length of filled cells. */
  length: number;
}

const SAMPLE = 500;
const NUMBER = /^[+-]?\d+(?:[.,]\d+)?$/;
const LINK = /^https?:\/\/\S+$/i;
const TIME = /^\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:z|utc|[+-]\d{2}:?\d{2}))?$/i;

const share = (count: number, of: number) => (of === 0 ? 0 : count / of);

/** The filled cells of one column, at most SAMPLE of them, spread over the sample rows. */
export function sampleCells(table: Table, index: number, limit = SAMPLE): string[] {
  const cells: string[] = [];
  const rows = table.rows;
  const step = Math.max(1, Math.floor(rows.length / limit));
  for (let i = 0; i < rows.length && cells.length < limit; i += step) {
    const cell = rows[i]?.[index]?.trim();
    if (cell) cells.push(cell);
  }
  return cells;
}

export function profileColumn(table: Table, index: number): ColumnProfile {
  const cells = sampleCells(table, index);
  let lats = 0;
  let lons = 0;
  let points = 0;
  let numbers = 0;
  let links = 0;
  let times = 0;
  let length = 0;
  for (const cell of cells) {
    length += cell.length;
    if (NUMBER.test(cell)) numbers++;
    if (LINK.test(cell)) links++;
    if (TIME.test(cell)) times++;
    if (typeof readCoordinate(cell, 'lat') === 'number') lats++;
    if (typeof readCoordinate(cell, 'lon') === 'number') lons++;
    // A single number is never a point; checking only cells with a separator keeps this cheap.
    if (/[\s,;(]/.test(cell) && !('error' in readPoint(cell))) points++;
  }
  const filled = cells.length;
  return {
    name: table.columns[index] ?? '',
    index,
    filled,
    dates: dateShare(cells),
    lats: share(lats, filled),
    lons: share(lons, filled),
    points: share(points, filled),
    numbers: share(numbers, filled),
    links: share(links, filled),
    times: share(times, filled),
    distinct: share(new Set(cells).size, filled),
    length: share(length, filled),
  };
}

export function profileTable(table: Table): ColumnProfile[] {
  return table.columns.map((_, index) => profileColumn(table, index));
}
