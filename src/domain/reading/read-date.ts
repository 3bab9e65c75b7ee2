/**
 * Reads a date cell of a user's file into a date string Chronomap's parser accepts
 * (events/dates.ts): `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or an ISO date-time with a zone.
 * It runs on every cell of a file, up to a million, in the dataset worker: the common forms are
 * tried first with as little work as they need, and nothing here builds Intl objects per call.
 */
import { zoneOffsetProblem } from '../events/dates';
import { DAY } from '../time/units';
import {
  END_INSTANT,
  clockText,
  dayText,
  dayTextOfDays,
  daysFromCivil,
  instantText,
  monthName,
  whyNotADay,
  whyNotAYear,
} from './calendar';
import { readNumericDate, readWordDate } from './read-date-forms';
import { normalizeZone, readTimeOfDay, splitTimeOfDay } from './read-time';
import type { DateOrder } from './types';

export type DateReading = { value: string; precision?: 'month' | 'year' } | { error: string };

export interface ReadDateOptions {
  /** How to read numeric dates such as 03/04/2024 whose values do not settle it. */
  order?: DateOrder;
  /** The row's time-of-day cell, for a date cell that gives only the day. */
  time?: string;
}

/** How the message for a date that only the day order can settle ends. */
export const CHOOSE_DAY_ORDER = '(choose the day order)';

/** A cell quoted for a message, cut short when long. */
export const quote = (text: string): string =>
  JSON.stringify(text.length > 40 ? `${text.slice(0, 39)}…` : text);

const notADate = (cell: string, why?: string): { error: string } => ({
  error: why ? `${quote(cell)} is not a date: ${why}` : `${quote(cell)} is not a date`,
});

const SCRIPT_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/g;
/** Direction marks that right-to-left text carries, invisible and meaningless to a date. */
const INVISIBLE = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;
const WIDE_SPACE = /[\u00a0\u2007\u202f]/g;
const NON_ASCII = /[\u0080-\uffff]/;

function asciiDigit(digit: string): string {
  const code = digit.charCodeAt(0);
  return String.fromCharCode(48 + code - (code >= 0x06f0 ? 0x06f0 : 0x0660));
}

/** The text with ASCII digits (from Arabic-Indic and Persian), plain spaces and commas. */
export function plainText(text: string): string {
  if (!NON_ASCII.test(text)) return text;
  return text
    .replace(SCRIPT_DIGITS, asciiDigit)
    .replace(INVISIBLE, '')
    .replace(WIDE_SPACE, ' ')
    .replace(/\u060c/g, ',')
    .trim();
}

const digitAt = (text: string, at: number): number => text.charCodeAt(at) - 48;
const isDigitAt = (text: string, at: number): boolean => {
  const code = text.charCodeAt(at);
  return code >= 48 && code <= 57;
};
const ISO_DAY_DIGITS = [0, 1, 2, 3, 5, 6, 8, 9];

/** `YYYY-MM-DD` by character codes: the form most files use, so it costs no regex. */
function readIsoDay(text: string, cell = text): DateReading | null {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return null;
  for (const at of ISO_DAY_DIGITS) if (!isDigitAt(text, at)) return null;
  const year =
    digitAt(text, 0) * 1000 + digitAt(text, 1) * 100 + digitAt(text, 2) * 10 + digitAt(text, 3);
  const month = digitAt(text, 5) * 10 + digitAt(text, 6);
  const day = digitAt(text, 8) * 10 + digitAt(text, 9);
  const why = whyNotADay(year, month, day);
  return why ? notADate(cell, why) : { value: text };
}

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/** An ISO date-time, the second most common form, in one regex; null to leave the rest to readAnyDate. */
function readIsoDateTime(text: string): DateReading | null {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return null;
  const [, year = '', month = '', day = '', hour = '', minute = '', second = '00', fraction] =
    match;
  const zoneText = match[8];
  const zone = zoneText === undefined ? 'Z' : normalizeZone(zoneText);
  if (zone === null) return notADate(text, zoneOffsetProblem(zoneText ?? ''));
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second) > 59) return null;
  const why = whyNotADay(Number(year), Number(month), Number(day));
  if (why) return notADate(text, why);
  const ms = fraction === undefined ? '' : fraction.slice(0, 3).padEnd(3, '0');
  const clock = `${hour}:${minute}:${second}${ms === '' || ms === '000' ? '' : `.${ms}`}`;
  return { value: `${year}-${month}-${day}T${clock}${zone}` };
}

/**
 * Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, has a
 * 29 February 1900 (day 60) that never was: from day 61 on, day N is N days after 1899-12-30.
 * Days since 1970-01-01, or null for day 60 and anything before day 1.
 */
const EXCEL_DAY_ZERO = daysFromCivil(1899, 12, 30);

export function excelSerialDays(serial: number): number | null {
  const whole = Math.floor(serial);
  if (whole < 1 || whole === 60) return null;
  return EXCEL_DAY_ZERO + (whole < 60 ? whole + 1 : whole);
}

function instantReading(cell: string, ms: number): DateReading {
  return ms < END_INSTANT
    ? { value: instantText(ms) }
    : notADate(cell, 'it falls after the year 9999');
}

const BARE_NUMBER = /^\d+(?:\.\d+)?$/;

/**
 * Digits alone, told apart by size: 4 digits a year, 8 a compact YYYYMMDD (GDELT), 5 digits
 * (10000–99999: 1927–2173) an Excel serial day with the time of day as its fraction; from 1e8
 * epoch seconds and from 1e11 epoch milliseconds (both start in 1973, so they never overlap).
 */
function readBareNumber(text: string, cell: string): DateReading {
  const point = text.indexOf('.');
  const digits = point < 0 ? text.length : point;
  const value = Number(text);
  if (point < 0 && digits === 4) {
    const why = whyNotAYear(value);
    return why ? notADate(cell, why) : { value: text, precision: 'year' };
  }
  if (point < 0 && digits === 8) {
    const year = Number(text.slice(0, 4));
    const month = Number(text.slice(4, 6));
    const day = Number(text.slice(6, 8));
    const why = whyNotADay(year, month, day);
    return why ? notADate(cell, why) : { value: dayText(year, month, day) };
  }
  if (digits === 5 && value >= 10_000) {
    const days = excelSerialDays(value) ?? 0;
    // Spreadsheet times are whole seconds; the fraction's float error would read 06:29:59.999.
    const seconds = Math.round((value - Math.floor(value)) * 86_400);
    if (seconds === 0) return { value: dayTextOfDays(days) };
    return instantReading(cell, days * DAY + seconds * 1000);
  }
  if (value >= 1e11) return instantReading(cell, Math.round(value));
  if (value >= 1e8) return instantReading(cell, Math.round(value * 1000));
  return notADate(cell);
}

/** A date, no time of day, in any form the reading step knows; `cell` is for messages. */
function readCalendarDate(text: string, cell: string, order: DateOrder | undefined): DateReading {
  const iso = readIsoDay(text, cell);
  if (iso) return iso;
  if (BARE_NUMBER.test(text)) return readBareNumber(text, cell);
  const form = readNumericDate(text, order) ?? readWordDate(text);
  if (!form) return notADate(cell);
  if ('why' in form) return notADate(cell, form.why);
  if ('ambiguous' in form) {
    const [first, second] = form.ambiguous;
    return {
      error: `${quote(cell)} could be ${first} ${monthName(second)} or ${second} ${monthName(first)} ${CHOOSE_DAY_ORDER}`,
    };
  }
  return form;
}

const HAS_SCRIPT_DIGITS = /[\u0660-\u0669\u06f0-\u06f9]/;

/**
 * A year in 1300–1499 written in Arabic-Indic or Persian digits is almost surely a Solar Hijri
 * (Persian) or Hijri year: those calendars are not converted, and read as Gregorian they would
 * land six centuries early.
 */
function otherCalendar(cell: string, reading: DateReading): DateReading {
  if ('error' in reading || !HAS_SCRIPT_DIGITS.test(cell)) return reading;
  const year = Number(reading.value.slice(0, 4));
  if (year < 1300 || year >= 1500) return reading;
  return notADate(
    cell,
    `${year} looks like a Hijri or Persian year (only Gregorian dates are read)`,
  );
}

/** A date, with or without a time of day after it, in any form the reading step knows. */
function readAnyDate(cell: string, order: DateOrder | undefined): DateReading {
  return otherCalendar(cell, readAnyGregorianDate(cell, order));
}

function readAnyGregorianDate(cell: string, order: DateOrder | undefined): DateReading {
  const text = plainText(cell);
  const split = splitTimeOfDay(text);
  if (!split) return readCalendarDate(text, cell, order);
  const time = readTimeOfDay(split.time);
  if (!time) return notADate(cell, `${quote(split.time)} is not a time of day`);
  const date = readCalendarDate(split.date, cell, order);
  if ('error' in date) return date;
  if (date.value.length !== 10) return notADate(cell, 'a time of day needs a day');
  return { value: `${date.value}T${clockText(time.ms)}${time.zone ?? 'Z'}` };
}

/**
 * Reads one date cell. A date-time without a zone is UTC. A `time` cell joins a date that
 * gives only the day; a date cell with its own time of day keeps it, and a month or a year
 * ignores it, as does an empty time cell.
 */
export function readDate(cell: string, options: ReadDateOptions = {}): DateReading {
  const text = cell.trim();
  if (text === '') return { error: 'is empty' };
  const reading = readIsoDay(text) ?? readIsoDateTime(text) ?? readAnyDate(text, options.order);
  if (options.time === undefined || 'error' in reading || reading.value.length !== 10) {
    return reading;
  }
  const timeCell = options.time.trim();
  if (timeCell === '') return reading;
  const time = readTimeOfDay(plainText(timeCell));
  if (!time) return { error: `${quote(timeCell)} is not a time of day` };
  return { value: `${reading.value}T${clockText(time.ms)}${time.zone ?? 'Z'}` };
}

const NUMERIC_DATE_START = /^(\d{1,2})[-/.](\d{1,2})[-/.](?:\d{4}|\d{2})(?!\d)/;

/**
 * The day order a column of numeric dates settles: 'dmy' when some date has a first number
 * over 12 (13/01/2024), 'mdy' when some has a second number over 12; 'ambiguous' when both
 * appear (the column is inconsistent) or when every numeric date reads either way; null when
 * there are no numeric dates (ISO, month names, epochs need no order).
 */
export function settleDateOrder(cells: Iterable<string>): DateOrder | 'ambiguous' | null {
  let dayFirst = false;
  let monthFirst = false;
  let either = false;
  for (const cell of cells) {
    const match = NUMERIC_DATE_START.exec(plainText(cell.trim()));
    if (!match) continue;
    const first = Number(match[1]);
    const second = Number(match[2]);
    if (first > 12 && second <= 12) dayFirst = true;
    else if (second > 12 && first <= 12) monthFirst = true;
    else either = true;
    if (dayFirst && monthFirst) return 'ambiguous';
  }
  if (dayFirst) return 'dmy';
  if (monthFirst) return 'mdy';
  return either ? 'ambiguous' : null;
}

const YEAR_LIKE = /^[12]\d{3}$/;

/**
 * The share of a column's non-empty cells that read as dates, an order-ambiguous date counting
 * as one: how the reading step finds the date columns. Bare numbers are where columns of counts,
 * ids and codes would pass for dates, so they count only when most of the column's cells are
 * bare-number dates that are plausible: a 4-digit year in 1000–2999, or an Excel serial day,
 * epoch time or YYYYMMDD falling in 1900–2100. A column of fatalities ("0", "3", "12") never
 * reads as dates at all (1–3 digits are no date form), and one of years does.
 */
export function dateShare(cells: readonly string[]): number {
  let filled = 0;
  let dated = 0;
  let bareDated = 0;
  for (const cell of cells) {
    const text = cell.trim();
    if (text === '') continue;
    filled += 1;
    const reading = readDate(text);
    if ('error' in reading) {
      if (reading.error.endsWith(CHOOSE_DAY_ORDER)) dated += 1;
    } else if (!BARE_NUMBER.test(text)) {
      dated += 1;
    } else if (text.length === 4 ? YEAR_LIKE.test(text) : plausibleYear(reading.value)) {
      bareDated += 1;
    }
  }
  if (filled === 0) return 0;
  return (dated + (bareDated * 2 > filled ? bareDated : 0)) / filled;
}

const plausibleYear = (value: string): boolean => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2100;
};
