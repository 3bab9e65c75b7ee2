/**
 * The date forms that take more than a glance: numeric dates with separators (day or month
 * first, year first, month and year) and dates written with a month name in any of the
 * languages of month-names.ts. Each answers null when the text is not of its shape at all.
 */
import { dayText, monthText, whyNotADay, whyNotAYear } from './calendar';
import { foldText, isWeekdayWord, monthOfWord } from './month-names';
import type { DateOrder } from './types';

export type FormReading =
  | { value: string; precision?: 'month' | 'year' }
  | { why: string }
  /** Day and month could be either way round: the first and second numbers as written. */
  | { ambiguous: readonly [number, number] };

const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})$/;
const DAY_OR_MONTH_FIRST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$/;
// Not with "." between: "10.2024" is as likely a number with decimals.
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const MONTH_YEAR = /^(\d{1,2})[-/](\d{4})$/;

/** Two-digit years as spreadsheets read them: 00–69 are 2000–2069, 70–99 are 1970–1999. */
export function fullYear(text: string): number {
  const year = Number(text);
  if (text.length !== 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

function dayReading(year: number, month: number, day: number): FormReading {
  const why = whyNotADay(year, month, day);
  return why ? { why } : { value: dayText(year, month, day) };
}

function monthReading(year: number, month: number): FormReading {
  const why = whyNotAYear(year) ?? (month < 1 || month > 12 ? `there is no month ${month}` : null);
  return why ? { why } : { value: monthText(year, month), precision: 'month' };
}

const canBeMonth = (n: number) => n >= 1 && n <= 12;

/** `10/01/2024`, `1.10.24`, `2024/1/10`, `2024-01`, `01/2024`; null for any other shape. */
export function readNumericDate(text: string, order: DateOrder | undefined): FormReading | null {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) {
    return dayReading(Number(yearFirst[1]), Number(yearFirst[3]), Number(yearFirst[4]));
  }
  const numeric = DAY_OR_MONTH_FIRST.exec(text);
  if (numeric) {
    const first = Number(numeric[1]);
    const second = Number(numeric[3]);
    const year = fullYear(numeric[4] ?? '');
    const firstIsMonth = canBeMonth(first);
    const secondIsMonth = canBeMonth(second);
    if (firstIsMonth && secondIsMonth && first !== second && !order) {
      return { ambiguous: [first, second] };
    }
    // The values decide when only one reading is a date; the order only when both are.
    const dayFirst = secondIsMonth && (!firstIsMonth || first === second || order !== 'mdy');
    return dayFirst ? dayReading(year, second, first) : dayReading(year, first, second);
  }
  const yearMonth = YEAR_MONTH.exec(text);
  if (yearMonth) return monthReading(Number(yearMonth[1]), Number(yearMonth[2]));
  const monthYear = MONTH_YEAR.exec(text);
  if (monthYear) return monthReading(Number(monthYear[2]), Number(monthYear[1]));
  return null;
}

const TOKEN = /\d+|\p{L}+/gu;
const LETTER = /\p{L}/u;

/**
 * Words a date may carry that add nothing: ordinal endings (10th, 1er, 1º), "10th of January",
 * "10 de enero de 2024", "le 10 janvier", "am 10. Januar", Russian "г."/"года" after the year.
 */
const FILLERS = new Set([
  'st',
  'nd',
  'rd',
  'th',
  'er',
  'º',
  'ª',
  'of',
  'the',
  'de',
  'del',
  'le',
  'den',
  'am',
  'г',
  'года',
]);

/**
 * A month by name with a year, and a day or not: "10 January 2024", "Jan 10, 2024",
 * "10-Jan-24", "Wednesday, 10 January 2024", "janvier 2024", "10 января 2024 г.". Separators
 * do not matter, nor the order of the parts.
 */
export function readWordDate(text: string): FormReading | null {
  if (!LETTER.test(text)) return null;
  const tokens = foldText(text).match(TOKEN);
  if (!tokens) return null;
  let month = 0;
  const numbers: string[] = [];
  for (const token of tokens) {
    const code = token.charCodeAt(0);
    if (code >= 48 && code <= 57) {
      numbers.push(token);
      continue;
    }
    const named = monthOfWord(token);
    if (named !== 0) {
      if (month !== 0) return null;
      month = named;
    } else if (!FILLERS.has(token) && !isWeekdayWord(token)) {
      return null;
    }
  }
  return month === 0 ? null : withNumbers(month, numbers);
}

/** The day and year beside a month name: the year has four digits, or of two short numbers is the last. */
function withNumbers(month: number, numbers: readonly string[]): FormReading | null {
  const [first = '', second] = numbers;
  if (numbers.length === 1) return first.length === 4 ? monthReading(Number(first), month) : null;
  if (numbers.length !== 2 || second === undefined) return null;
  if (first.length === 4 && second.length <= 2) {
    return dayReading(Number(first), month, Number(second));
  }
  if (first.length <= 2 && (second.length === 4 || second.length === 2)) {
    return dayReading(fullYear(second), month, Number(first));
  }
  return null;
}
