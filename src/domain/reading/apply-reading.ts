/**
 * A table read with a reading: each row becomes a raw event record in Chronomap's own shape,
 * validated by the same schema as any file's. What a cell cannot give is reported with the
 * row's number and the column's name; the row still loads when the rest of it can.
 */
import { SKIPPED_RECORD } from '../events/build-dataset';
import { MAX_LIST_LENGTH, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../events/schema';
import type { DataProblem } from '../events/types';
import type { Gazetteer } from '../places/gazetteer';

import { knownCategoryName, knownDatePrecision } from './known-formats';
import { readDate } from './read-date';
import { clip, locationOf } from './read-place';
import { renderPattern } from './title-pattern';
import type { Reading, Table } from './types';

type Json = Record<string, unknown>;

export interface ApplyOptions {
  /** For rows with a place name and no coordinates; without it they load without a place. */
  gazetteer?: Gazetteer | null;
}

export { NOT_LOOKED_UP } from './read-place';

const LIST_SPLIT = /\s*[;|]\s*/;
const DATE_PRECISION_WORDS: Record<string, string> = {
  day: 'day',
  exact: 'day',
  month: 'month',
  year: 'year',
  approximate: 'approximate',
  approx: 'approximate',
  week: 'approximate',
  circa: 'approximate',
};

function splitCell(cell: string | undefined): string[] {
  if (!cell) return [];
  return cell
    .split(LIST_SPLIT)
    .map((item) => item.trim())
    .filter(Boolean);
}

function wholeNumber(cell: string | undefined): number | undefined {
  const text = cell?.trim().replace(/[\s,']/g, '');
  if (!text || !/^\d+$/.test(text)) return undefined;
  return Number(text);
}

const isLink = (text: string) => /^https?:\/\/\S+$/i.test(text);

/**
 * The column index of each name a reading uses, resolved once for the whole table. A name the
 * table lacks reads as an empty cell (the dialog only offers the table's own columns).
 */
function resolver(table: Table) {
  const at = new Map(table.columns.map((name, i) => [name, i] as const));
  return (row: readonly string[]) =>
    (column: string | undefined): string | undefined => {
      if (column === undefined) return undefined;
      const index = at.get(column);
      return index === undefined ? undefined : row[index];
    };
}

interface RowContext {
  record: number;
  problems: DataProblem[];
  warn: (field: string, message: string) => void;
}

function datePrecisionOf(reading: Reading, cell: string | undefined): string | undefined {
  const text = cell?.trim().toLowerCase();
  if (!text) return undefined;
  return (reading.format && knownDatePrecision(reading.format, text)) ?? DATE_PRECISION_WORDS[text];
}

function sourcesOf(reading: Reading, cell: (column: string | undefined) => string | undefined) {
  const sources: Json[] = [];
  for (const column of reading.sources ?? []) {
    for (const item of splitCell(cell(column))) {
      if (sources.length >= MAX_LIST_LENGTH) return sources;
      sources.push(isLink(item) ? { url: item } : { publisher: clip(item, MAX_NAME_LENGTH) });
    }
  }
  return sources;
}

type Cell = (column: string | undefined) => string | undefined;

/** The row's dates; a row whose date cannot be read is skipped and reported. */
function whenOf(reading: Reading, cell: Cell, ctx: RowContext): Json | typeof SKIPPED_RECORD {
  const dateCell = cell(reading.date)?.trim() ?? '';
  const date = readDate(dateCell, { order: reading.dateOrder, time: cell(reading.time) });
  if ('error' in date) {
    ctx.problems.push({
      record: ctx.record,
      field: 'date',
      message: `column "${reading.date}": ${dateCell ? date.error : 'is empty'}`,
      severity: 'error',
    });
    return SKIPPED_RECORD;
  }
  const when: Json = { date: date.value };
  const precision = datePrecisionOf(reading, cell(reading.datePrecision)) ?? date.precision;
  if (precision && precision !== 'day') when['datePrecision'] = precision;
  const endCell = cell(reading.endDate)?.trim();
  if (endCell && endCell !== dateCell) {
    const end = readDate(endCell, { order: reading.dateOrder });
    if ('error' in end) ctx.warn('endDate', `column "${reading.endDate}": ${end.error}; ignored`);
    else when['endDate'] = end.value;
  }
  return when;
}

function categoryOf(reading: Reading, cell: Cell): string | undefined {
  const text = cell(reading.category)?.trim();
  if (!text) return undefined;
  // A format's category codes (GDELT's CAMEO roots, UCDP's violence types) read as their names.
  const named = reading.format ? knownCategoryName(reading.format, text) : undefined;
  return clip(named ?? text, MAX_NAME_LENGTH);
}

/** Everything but the dates and the place: title, id, category, actors, text, sources, toll. */
function whatOf(reading: Reading, cell: Cell, ctx: RowContext): Json {
  const what: Json = {};
  const title = renderPattern(reading.title, cell);
  what['title'] = title ? clip(title, MAX_TITLE_LENGTH) : `Row ${ctx.record.toLocaleString('en')}`;
  if (!title) ctx.warn('title', `${reading.title} is empty; titled "${String(what['title'])}"`);
  const id = cell(reading.id)?.trim();
  if (id) what['id'] = clip(id, MAX_NAME_LENGTH);
  const category = categoryOf(reading, cell);
  if (category) what['category'] = category;
  const actors = (reading.actors ?? []).flatMap((column) => splitCell(cell(column)));
  if (actors.length) what['actors'] = [...new Set(actors)].slice(0, MAX_LIST_LENGTH);
  if (reading.summary) what['summary'] = renderPattern(reading.summary, cell);
  const sources = sourcesOf(reading, cell);
  if (sources.length) what['sources'] = sources;
  const killed = wholeNumber(cell(reading.killed));
  if (killed !== undefined) what['casualties'] = { killed };
  return what;
}

function recordOf(
  reading: Reading,
  cell: Cell,
  geometry: unknown,
  ctx: RowContext,
  options: ApplyOptions,
): Json | typeof SKIPPED_RECORD {
  const when = whenOf(reading, cell, ctx);
  if (when === SKIPPED_RECORD) return when;
  const record: Json = { ...when, ...whatOf(reading, cell, ctx) };
  const location = locationOf(reading, cell, geometry, ctx.warn, options.gazetteer);
  if (location) record['location'] = location;
  return record;
}

/** Whether any row will need the gazetteer: a place name with no coordinates to go with it. */
export function needsGazetteer(table: Table, reading: Reading): boolean {
  if (!reading.place) return false;
  const cellOf = resolver(table);
  return table.rows.some((row, i) => {
    const cell = cellOf(row);
    if (!cell(reading.place)?.trim()) return false;
    if (reading.lat && reading.lon) return !cell(reading.lat)?.trim() || !cell(reading.lon)?.trim();
    if (reading.point) return !cell(reading.point)?.trim();
    if (reading.geometry) return !table.geometries?.[i];
    return true;
  });
}

/**
 * The table's rows as raw records, one per row (a skipped row is SKIPPED_RECORD), for
 * buildDataset; `problems` fills as the records are read.
 */
export function* readingRecords(
  table: Table,
  reading: Reading,
  problems: DataProblem[],
  options: ApplyOptions = {},
): Generator<Json | typeof SKIPPED_RECORD> {
  const cellOf = resolver(table);
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i] ?? [];
    const record = i + 1;
    const ctx: RowContext = {
      record,
      problems,
      warn: (field, message) => problems.push({ record, field, message, severity: 'warning' }),
    };
    yield recordOf(reading, cellOf(row), table.geometries?.[i], ctx, options);
  }
}
