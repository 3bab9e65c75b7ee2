/**
 * The first guess at how to read a file: a known format's own reading, or, for any other table,
 * each field given the column whose name and values fit it best. The reading dialog shows the
 * guess and lets the reader change any of it; it must be right unchanged for the common cases.
 */
import { columnScore } from './column-names';
import { profileTable, sampleCells, type ColumnProfile } from './column-profile';
import { recogniseFormat, type KnownFormat } from './known-formats';
import { looksSwapped, readCoordinate, readNumberish, readPoint } from './read-coordinate';
import { settleDateOrder } from './read-date';
import { columnPattern } from './title-pattern';
import type { DateOrder, Reading, ReadingQuestion, Table } from './types';

export type Proposal = ReadingQuestion['proposal'] & {
  /** The recognised format: its reading is used without asking. */
  format: KnownFormat | null;
};

type Field = keyof Reading;

/** The best column for a field among those not yet taken: name first, values as the tie-break. */
function best(
  profiles: ColumnProfile[],
  taken: Set<number>,
  field: Field,
  fits: (profile: ColumnProfile) => number,
  minimum = 1,
): ColumnProfile | undefined {
  let winner: ColumnProfile | undefined;
  let winnerScore = 0;
  for (const profile of profiles) {
    if (taken.has(profile.index) || profile.filled === 0) continue;
    const named = columnScore(field, profile.name);
    const fit = fits(profile);
    // A matching name needs values that do not contradict it; values alone need to be clear.
    const score = named > 0 ? named * 10 + fit * 5 : fit >= 0.9 ? fit * minimum : 0;
    if (score > winnerScore) {
      winner = profile;
      winnerScore = score;
    }
  }
  if (winner) taken.add(winner.index);
  return winner;
}

/**
 * The most categories a proposal gives: each is a legend entry, a filter and a colour, and
 * 50,000 of them freeze the app. A column with more distinct values in the head is an id, a
 * free text or a place, whatever its name ("type" of 2,000 values is no type); the reader can
 * still choose it in the dialog.
 */
export const MAX_PROPOSED_CATEGORIES = 500;
/**
 * Past this many filled cells, a column whose cells are mostly all different is free text, not
 * a classification, even below MAX_PROPOSED_CATEGORIES (a "type" column of 300 notes in 400 rows).
 */
const FREE_TEXT_MIN_CELLS = 50;
const FREE_TEXT_DISTINCT_SHARE = 0.5;

/** Whether a column's values are few enough, and repeated enough, to be the categories. */
function fewEnoughCategories(table: Table, profile: ColumnProfile): boolean {
  if (profile.filled >= FREE_TEXT_MIN_CELLS && profile.distinct > FREE_TEXT_DISTINCT_SHARE) {
    return false;
  }
  const values = new Set<string>();
  for (const row of table.rows) {
    const cell = row[profile.index]?.trim();
    if (!cell) continue;
    values.add(cell);
    if (values.size > MAX_PROPOSED_CATEGORIES) return false;
  }
  return true;
}

const isText = (p: ColumnProfile) => p.numbers < 0.5 && p.dates < 0.5 && p.links < 0.5;

/** Names split over columns, as registers of people are: first and last, given and family. */
const GIVEN_NAME = /^(first|given|fore)[\s_-]?name$|^(vorname|prénom|prenom|nombre)$/i;
const FAMILY_NAME =
  /^(last|family|sur)[\s_-]?name$|^surname$|^(nachname|apellidos?|nom de famille)$/i;

/** "{first_name} {last_name}" when a person's name is split over two columns. */
function personName(profiles: ColumnProfile[], taken: Set<number>): string | undefined {
  const free = profiles.filter((p) => !taken.has(p.index) && p.filled > 0);
  const given = free.find((p) => GIVEN_NAME.test(p.name.trim()));
  const family = free.find((p) => FAMILY_NAME.test(p.name.trim()));
  if (!given || !family) return undefined;
  taken.add(given.index);
  taken.add(family.index);
  return `${columnPattern(given.name)} ${columnPattern(family.name)}`;
}

function titleFor(profiles: ColumnProfile[], taken: Set<number>): string | undefined {
  const person = personName(profiles, taken);
  if (person) return person;
  const named = best(profiles, taken, 'title', (p) => (isText(p) ? 1 : 0));
  if (named && columnScore('title', named.name) > 0) return columnPattern(named.name);
  if (named) taken.delete(named.index);
  // No title column: the most varied short text column reads best as one.
  const text = profiles
    .filter((p) => !taken.has(p.index) && p.filled > 0 && isText(p) && p.length <= 160)
    .sort((a, b) => b.distinct - a.distinct || a.length - b.length)[0];
  if (!text) return undefined;
  taken.add(text.index);
  return columnPattern(text.name);
}

/** Whether a column's cells settle the day order, and the order a reader most likely meant. */
function dateOrderFor(table: Table, column: ColumnProfile | undefined) {
  if (!column) return { order: undefined, ask: false };
  const cells = sampleCells(table, column.index, 5_000);
  const settled = settleDateOrder(cells);
  if (settled === null) return { order: undefined, ask: false };
  if (settled !== 'ambiguous') return { order: settled, ask: false };
  // Dotted dates (10.01.2024) are day-first wherever they are written; so is most of the world.
  return { order: 'dmy' as DateOrder, ask: true };
}

/**
 * A point column's cells as they are written (first number as the latitude), for looksSwapped:
 * a cell that reads only swapped gives its numbers back in the cell's own order.
 */
function writtenPairs(table: Table, column: string): { lat: number; lon: number }[] {
  const at = table.columns.indexOf(column);
  const pairs: { lat: number; lon: number }[] = [];
  for (const cell of sampleCells(table, at, 2_000)) {
    const asWritten = readPoint(cell);
    if (!('error' in asWritten)) {
      pairs.push(asWritten);
      continue;
    }
    const swapped = readPoint(cell, { swapped: true });
    if (!('error' in swapped)) pairs.push({ lat: swapped.lon, lon: swapped.lat });
  }
  return pairs;
}

function swappedFor(table: Table, reading: Reading): boolean {
  if (reading.point) return looksSwapped(writtenPairs(table, reading.point));
  if (!reading.lat || !reading.lon) return false;
  const latAt = table.columns.indexOf(reading.lat);
  const lonAt = table.columns.indexOf(reading.lon);
  const pairs: { lat: number; lon: number }[] = [];
  for (const row of table.rows.slice(0, 2_000)) {
    const lat = readNumberish(row[latAt] ?? '');
    const lon = readNumberish(row[lonAt] ?? '');
    if (lat !== null && lon !== null) pairs.push({ lat, lon });
  }
  return looksSwapped(pairs);
}

function genericReading(table: Table, profiles: ColumnProfile[]): Reading | null {
  const taken = new Set<number>();
  const pick = (field: Field, fits: (p: ColumnProfile) => number, minimum?: number) =>
    best(profiles, taken, field, fits, minimum)?.name;
  const date = pick('date', (p) => p.dates);
  if (!date) return null;
  const reading: Reading = { date, title: '' };
  const set = <K extends Field>(field: K, value: Reading[K] | undefined) => {
    if (value !== undefined) reading[field] = value;
  };
  set(
    'endDate',
    named(profiles, taken, 'endDate', (p) => p.dates),
  );
  set(
    'time',
    named(profiles, taken, 'time', (p) => p.times),
  );
  const latColumn = named(profiles, taken, 'lat', (p) => p.lats);
  const lonColumn = latColumn ? named(profiles, taken, 'lon', (p) => p.lons) : undefined;
  if (latColumn && lonColumn) {
    reading.lat = latColumn;
    reading.lon = lonColumn;
  } else {
    if (latColumn) taken.delete(profiles.find((p) => p.name === latColumn)?.index ?? -1);
    set(
      'point',
      pick('point', (p) => p.points),
    );
  }
  if (table.geometries && !reading.point && !reading.lat) reading.geometry = true;
  set(
    'id',
    named(profiles, taken, 'id', (p) => (p.distinct === 1 ? 1 : 0)),
  );
  set(
    'place',
    named(profiles, taken, 'place', (p) => (isText(p) ? 1 : 0)),
  );
  set(
    'country',
    named(profiles, taken, 'country', (p) => (isText(p) ? 1 : 0)),
  );
  const categoryLike = profiles.filter((p) => fewEnoughCategories(table, p));
  set(
    'category',
    named(categoryLike, taken, 'category', (p) => (p.distinct < 0.5 ? 1 : 0.5)),
  );
  const actors = namedAll(profiles, taken, 'actors');
  if (actors.length) reading.actors = actors;
  set(
    'killed',
    named(profiles, taken, 'killed', (p) => p.numbers),
  );
  set(
    'datePrecision',
    named(profiles, taken, 'datePrecision', () => 1),
  );
  set(
    'placePrecision',
    named(profiles, taken, 'placePrecision', () => 1),
  );
  const sources = namedAll(profiles, taken, 'sources');
  for (const p of profiles) {
    if (!taken.has(p.index) && p.links >= 0.5) {
      sources.push(p.name);
      taken.add(p.index);
    }
  }
  if (sources.length) reading.sources = sources;
  reading.title = titleFor(profiles, taken) ?? '';
  set(
    'summary',
    pick('summary', (p) => (isText(p) && p.length > 40 ? 1 : 0), 0.5),
  );
  if (reading.summary) reading.summary = columnPattern(reading.summary);
  if (!reading.title) reading.title = reading.summary ?? columnPattern(date);
  return reading;
}

/** A column chosen for its name only: values never make a column a place or a category. */
function named(
  profiles: ColumnProfile[],
  taken: Set<number>,
  field: Field,
  fits: (p: ColumnProfile) => number,
): string | undefined {
  const candidates = profiles.filter((p) => columnScore(field, p.name) > 0);
  return best(candidates, taken, field, fits)?.name;
}

function namedAll(profiles: ColumnProfile[], taken: Set<number>, field: Field): string[] {
  const out: string[] = [];
  for (const p of profiles) {
    if (taken.has(p.index) || p.filled === 0 || columnScore(field, p.name) === 0) continue;
    out.push(p.name);
    taken.add(p.index);
  }
  return out;
}

export function proposeReading(table: Table): Proposal {
  const format = recogniseFormat(table);
  const profiles = profileTable(table);
  const reading = format ? format.reading(table) : genericReading(table, profiles);
  if (!reading) {
    return {
      reading: { date: '', title: table.columns[0] ? columnPattern(table.columns[0]) : '' },
      format: null,
      questions: { dateOrder: false, swapped: false },
      noDate: 'No column holds dates that could be read. Choose the date column.',
    };
  }
  // A known format's category column is checked too: a file can stretch any codebook.
  const category = profiles.find((p) => p.name === reading.category);
  if (category && !fewEnoughCategories(table, category)) delete reading.category;
  const dateColumn = profiles.find((p) => p.name === reading.date);
  const { order, ask } = reading.dateOrder
    ? { order: reading.dateOrder, ask: false }
    : dateOrderFor(table, dateColumn);
  if (order) reading.dateOrder = order;
  const swapped = !format && swappedFor(table, reading);
  if (swapped) reading.swapLatLon = true;
  return { reading, format, questions: { dateOrder: ask, swapped } };
}

/** Whether a coordinate column's values fit its axis, for the dialog's check. */
export function fitsAxis(table: Table, column: string, axis: 'lat' | 'lon'): number {
  const at = table.columns.indexOf(column);
  const cells = at < 0 ? [] : sampleCells(table, at);
  const fit = cells.filter((cell) => typeof readCoordinate(cell, axis) === 'number').length;
  return cells.length ? fit / cells.length : 0;
}
