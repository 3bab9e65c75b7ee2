/**
 * A table read with a reading: each row becomes a raw event record in Chronomap's own shape,
 * validated by the same schema as any file's. What a cell cannot give is reported with the
 * row's number and the column's name; the row still loads when the rest of it can.
 */
import { SKIPPED_RECORD } from '../events/build-dataset';
import { MAX_LIST_LENGTH, MAX_NAME_LENGTH, MAX_TITLE_LENGTH } from '../events/schema';
import type { DataProblem } from '../events/types';
import type { Gazetteer } from '../places/gazetteer';

import { knownCategoryName, knownDatePrecision } from './format-codes';
import { readDate } from './read-date';
import { clip, locationOf, type Cell } from './read-place';
import { patternRenderer } from './title-pattern';
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

/** A cell's list of names: most cells hold one, and are returned without a split. */
function splitCell(cell: string | undefined): string[] {
  if (!cell) return [];
  if (cell.indexOf(';') < 0 && cell.indexOf('|') < 0) {
    const one = cell.trim();
    return one ? [one] : [];
  }
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
 * One cell accessor for the whole table, moved from row to row: a million rows must not make a
 * million closures. Column indices are resolved once; a name the table lacks reads as an empty
 * cell (the dialog only offers the table's own columns).
 */
function rowCursor(table: Table) {
  const at = new Map(table.columns.map((name, i) => [name, i] as const));
  let row: readonly string[] = [];
  const cell: Cell = (column) => {
    if (column === undefined) return undefined;
    const index = at.get(column);
    return index === undefined ? undefined : row[index];
  };
  return {
    cell,
    moveTo(next: readonly string[]) {
      row = next;
    },
  };
}

/** The row being read; one object for the whole table, its record moved on with the rows. */
interface RowContext {
  record: number;
  problems: DataProblem[];
  warn: (field: string, message: string) => void;
}

/** What stays the same for every row: the reading, its title and summary patterns compiled. */
interface CompiledReading {
  reading: Reading;
  title: (cell: Cell) => string;
  summary: ((cell: Cell) => string) | undefined;
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

/** The row's dates; a row whose date cannot be read is skipped and reported. */
interface When {
  date: string;
  datePrecision: string | undefined;
  endDate: string | undefined;
}

function whenOf(reading: Reading, cell: Cell, ctx: RowContext): When | typeof SKIPPED_RECORD {
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
  const precision = datePrecisionOf(reading, cell(reading.datePrecision)) ?? date.precision;
  let endDate: string | undefined;
  const endCell = cell(reading.endDate)?.trim();
  if (endCell && endCell !== dateCell) {
    const end = readDate(endCell, { order: reading.dateOrder });
    if ('error' in end) ctx.warn('endDate', `column "${reading.endDate}": ${end.error}; ignored`);
    else endDate = end.value;
  }
  return {
    date: date.value,
    datePrecision: precision && precision !== 'day' ? precision : undefined,
    endDate,
  };
}

function categoryOf(reading: Reading, cell: Cell): string | undefined {
  const text = cell(reading.category)?.trim();
  if (!text) return undefined;
  // A format's category codes (GDELT's CAMEO roots, UCDP's violence types) read as their names.
  const named = reading.format ? knownCategoryName(reading.format, text) : undefined;
  return clip(named ?? text, MAX_NAME_LENGTH);
}

function actorsOf(reading: Reading, cell: Cell): string[] | undefined {
  const columns = reading.actors;
  if (!columns?.length) return undefined;
  const actors =
    columns.length === 1 ? splitCell(cell(columns[0])) : columns.flatMap((c) => splitCell(cell(c)));
  if (actors.length === 0) return undefined;
  return actors.length === 1 ? actors : [...new Set(actors)].slice(0, MAX_LIST_LENGTH);
}

/**
 * One row's raw record. Every record has the same fields in the same order, absent ones
 * undefined (as Chronomap's own CSV reader writes them): a million records of one shape
 * validate far faster than records of many shapes.
 */
function recordOf(
  compiled: CompiledReading,
  cell: Cell,
  geometry: unknown,
  ctx: RowContext,
  options: ApplyOptions,
): Json | typeof SKIPPED_RECORD {
  const { reading } = compiled;
  const when = whenOf(reading, cell, ctx);
  if (when === SKIPPED_RECORD) return when;
  const rendered = compiled.title(cell);
  const title = rendered
    ? clip(rendered, MAX_TITLE_LENGTH)
    : `Row ${ctx.record.toLocaleString('en')}`;
  if (!rendered) ctx.warn('title', `${reading.title} is empty; titled "${title}"`);
  const id = cell(reading.id)?.trim();
  const sources = reading.sources ? sourcesOf(reading, cell) : undefined;
  const killed = reading.killed ? wholeNumber(cell(reading.killed)) : undefined;
  return {
    id: id ? clip(id, MAX_NAME_LENGTH) : undefined,
    title,
    date: when.date,
    endDate: when.endDate,
    datePrecision: when.datePrecision,
    category: categoryOf(reading, cell),
    actors: actorsOf(reading, cell),
    summary: compiled.summary?.(cell),
    sources: sources?.length ? sources : undefined,
    casualties: killed === undefined ? undefined : { killed },
    location: locationOf(reading, cell, geometry, ctx.warn, options.gazetteer),
  };
}

/** Whether any row will need the gazetteer: a place name with no coordinates to go with it. */
export function needsGazetteer(table: Table, reading: Reading): boolean {
  if (!reading.place) return false;
  const { cell, moveTo } = rowCursor(table);
  return table.rows.some((row, i) => {
    moveTo(row);
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
  const { cell, moveTo } = rowCursor(table);
  const compiled: CompiledReading = {
    reading,
    title: patternRenderer(reading.title),
    summary: reading.summary ? patternRenderer(reading.summary) : undefined,
  };
  const ctx: RowContext = {
    record: 0,
    problems,
    warn: (field, message) =>
      problems.push({ record: ctx.record, field, message, severity: 'warning' }),
  };
  for (let i = 0; i < table.rows.length; i++) {
    moveTo(table.rows[i] ?? []);
    ctx.record = i + 1;
    yield recordOf(compiled, cell, table.geometries?.[i], ctx, options);
  }
}
