/**
 * Calendar arithmetic and the date strings Chronomap's parser (events/dates.ts) accepts, for the
 * reading step. Arithmetic rather than Date objects: a file can hold a million date cells.
 */
import { MAX_YEAR, MIN_YEAR } from '../events/dates';
import { DAY } from '../time/units';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The English name of month 1–12, for messages. */
export const monthName = (month: number): string => MONTH_NAMES[month - 1] ?? `month ${month}`;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Proleptic Gregorian, as the rest of the app counts. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2 && year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 31;
}

/** Why a year is not one the app accepts, or null when it is. */
export function whyNotAYear(year: number): string | null {
  return year >= MIN_YEAR && year <= MAX_YEAR ? null : `years run from ${MIN_YEAR} to ${MAX_YEAR}`;
}

/** Why year, month and day name no day (a short reason for the message), or null. */
export function whyNotADay(year: number, month: number, day: number): string | null {
  const badYear = whyNotAYear(year);
  if (badYear) return badYear;
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${monthName(month)} ${year} has ${last} days`;
  return null;
}

export const pad2 = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number): string => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);
export const yearText = (year: number): string =>
  year >= 1000 ? `${year}` : `${year}`.padStart(4, '0');
export const monthText = (year: number, month: number): string =>
  `${yearText(year)}-${pad2(month)}`;
export const dayText = (year: number, month: number, day: number): string =>
  `${yearText(year)}-${pad2(month)}-${pad2(day)}`;

/** A time of day as HH:MM:SS, with .mmm only when there are milliseconds. */
export function clockText(msOfDay: number): string {
  const seconds = Math.floor(msOfDay / 1000);
  const ms = msOfDay - seconds * 1000;
  const text = `${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}`;
  return ms === 0 ? text : `${text}.${pad3(ms)}`;
}

/** Days from 1970-01-01 to a civil date; Howard Hinnant's days_from_civil. */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The civil date of a count of days from 1970-01-01 as YYYY-MM-DD; civil_from_days. */
export function dayTextOfDays(days: number): string {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  return dayText(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** The instants the app's years cover: [first, end). */
export const FIRST_INSTANT = daysFromCivil(MIN_YEAR, 1, 1) * DAY;
export const END_INSTANT = daysFromCivil(MAX_YEAR + 1, 1, 1) * DAY;

/** A UTC instant as an ISO date-time that reads back to exactly that instant. */
export function instantText(ms: number): string {
  const days = Math.floor(ms / DAY);
  return `${dayTextOfDays(days)}T${clockText(ms - days * DAY)}Z`;
}
