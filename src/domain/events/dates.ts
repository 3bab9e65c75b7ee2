/**
 * Dataset dates are ISO 8601 strings; the app works in UTC epoch milliseconds.
 * A calendar date covers its whole UTC day, a month its whole month, a year its whole year.
 */

import { DAY, MINUTE, SECOND } from '@/domain/time/units';

export type DatePrecision = 'day' | 'month' | 'year' | 'approximate';

/** The precision a date has when none is given: a month's for YYYY-MM, a year's for YYYY, else a day's. */
export function impliedPrecision(resolution: ParsedDate['resolution']): DatePrecision {
  return resolution === 'month' || resolution === 'year' ? resolution : 'day';
}

export interface ParsedDate {
  /** First instant covered, UTC ms. */
  start: number;
  /** First instant no longer covered (exclusive), UTC ms. */
  end: number;
  /** What the string itself says about its resolution. */
  resolution: 'instant' | 'day' | 'month' | 'year';
}

const DATE_RE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const DATE_TIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** The shape of an accepted date, for the published JSON Schema (the calendar check is in code). */
export const ISO_DATE_PATTERN =
  /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-](0\d|1[0-4]):?[0-5]\d))?)?)?$/;

/** Years the app accepts; beyond these the timeline stops meaning anything. */
export const MIN_YEAR = 1;
export const MAX_YEAR = 9999;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Proleptic Gregorian, as Date uses; arithmetic because this runs for every date of a file. */
function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

function validYmd(year: number, month: number, day: number): boolean {
  return (
    year >= MIN_YEAR &&
    year <= MAX_YEAR &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

function utc(year: number, monthIndex: number, day: number, h = 0, m = 0, s = 0, ms = 0): number {
  if (year >= 100) return Date.UTC(year, monthIndex, day, h, m, s, ms);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0–99 onto 1900–1999.
  date.setUTCFullYear(year, monthIndex, day);
  date.setUTCHours(h, m, s, ms);
  return date.getTime();
}

/**
 * The furthest a zone offset may be from UTC. Real zones run from -12:00 to +14:00 (Kiribati's Line
 * Islands), and XML Schema's dates allow -14:00 to +14:00; a larger offset is a typo, not a place.
 */
export const MAX_OFFSET_MINUTES = 14 * 60;

const OFFSET_RE = /^([+-])(\d{2})(?::?(\d{2}))?$/;

/**
 * Minutes east of UTC of a zone written `Z`, `+HH:MM`, `+HHMM` or `+HH`; null when it is no real
 * offset (minutes past 59, or beyond ±14:00). The one rule for every date reader.
 */
export function zoneOffsetMinutes(zone: string): number | null {
  if (zone === 'Z' || zone === 'z') return 0;
  const match = OFFSET_RE.exec(zone);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = match[3] === undefined ? 0 : Number(match[3]);
  if (minutes > 59 || hours * 60 + minutes > MAX_OFFSET_MINUTES) return null;
  return (match[1] === '-' ? -1 : 1) * (hours * 60 + minutes);
}

/** Why a zone offset cannot be read, for a message. */
export const zoneOffsetProblem = (zone: string) =>
  `the zone offset ${zone} does not exist (offsets run from -14:00 to +14:00, minutes 00 to 59)`;

/** The zone of an ISO date-time when that offset cannot be ("+05:99"), to say so. */
export function impossibleZoneOf(value: string): string | undefined {
  const zone = DATE_TIME_RE.exec(value.trim())?.[8];
  return zone !== undefined && zoneOffsetMinutes(zone) === null ? zone : undefined;
}

/** Files repeat a few hundred dates thousands of times, and each is checked, then read. */
const parsed = new Map<string, Readonly<ParsedDate> | null>();
const PARSED_LIMIT = 10_000;

/** Parses `YYYY-MM-DD`, `YYYY-MM`, `YYYY` or an ISO date-time with a zone; null when invalid. */
export function parseIsoDate(value: string): Readonly<ParsedDate> | null {
  if (value.length > 40) return null;
  let date = parsed.get(value);
  if (date === undefined) {
    date = parseUncached(value);
    if (parsed.size >= PARSED_LIMIT) parsed.clear();
    parsed.set(value, date);
  }
  return date;
}

function parseUncached(value: string): ParsedDate | null {
  const text = value.trim();
  const date = DATE_RE.exec(text);
  if (date) {
    const year = Number(date[1]);
    if (date[2] === undefined) {
      if (!validYmd(year, 1, 1)) return null;
      return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), resolution: 'year' };
    }
    const month = Number(date[2]);
    if (date[3] === undefined) {
      if (!validYmd(year, month, 1)) return null;
      return { start: utc(year, month - 1, 1), end: utc(year, month, 1), resolution: 'month' };
    }
    const day = Number(date[3]);
    if (!validYmd(year, month, day)) return null;
    const start = utc(year, month - 1, day);
    return { start, end: start + DAY, resolution: 'day' };
  }
  const dateTime = DATE_TIME_RE.exec(text);
  if (!dateTime) return null;
  const [, y, mo, d, h, mi, s = '0', frac = '0', zone = 'Z'] = dateTime;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (!validYmd(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const ms = Number(frac.padEnd(3, '0'));
  const start = utc(year, month - 1, day, hour, minute, second, ms) - offset * MINUTE;
  return { start, end: start + 1, resolution: 'instant' };
}

/** The UTC day an instant falls on, as `YYYY-MM-DD`. */
export function isoDayText(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** An instant as an ISO UTC date-time, as short as it is exact: to the minute, second or ms. */
export function isoInstantText(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (ms % MINUTE === 0) return `${iso.slice(0, 16)}Z`;
  if (ms % SECOND === 0) return `${iso.slice(0, 19)}Z`;
  return iso;
}

export function isValidIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/**
 * Whether an event's time of day is known: its date gives a clock time and is not marked as
 * approximate. Only then does a local time at the place say anything true.
 */
export function knowsTimeOfDay(event: { date: string; datePrecision: DatePrecision }): boolean {
  return event.datePrecision === 'day' && parseIsoDate(event.date)?.resolution === 'instant';
}

const inDays = new WeakMap<Float64Array, boolean>();

/**
 * Whether every event starts on a UTC midnight: dated to the day or month, with no time of day
 * to play through or count by the hour. Read from the sorted starts, once per dataset.
 */
export function startsInWholeDays(starts: Float64Array): boolean {
  let known = inDays.get(starts);
  if (known === undefined) {
    known = starts.every((start) => start % DAY === 0);
    inDays.set(starts, known);
  }
  return known;
}
