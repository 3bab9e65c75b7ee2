/**
 * Reads a date typed into the app's date fields. Only forms that mean one thing everywhere are
 * accepted: a month by name ("10 Jan 2024", "Jan 10, 2024") or year first ("2024-01-10").
 * "10/1/2024" is 10 January in most of the world and 1 October in the US, so it is refused with
 * both readings spelled out rather than guessed.
 */

export type DateInputResult =
  { ok: true; /** UTC midnight of the day, in ms. */ day: number } | { ok: false; message: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const EXAMPLE = 'Write it as 10 Jan 2024 or 2024-01-10.';

const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const DAY_FIRST = /^(\d{1,2})(?:st|nd|rd|th)?[\s.-]*([a-z]+)\.?[\s.,-]*(\d+)$/;
const MONTH_FIRST = /^([a-z]+)\.?[\s.-]*(\d{1,2})(?:st|nd|rd|th)?[\s.,-]+(\d+)$/;
const NUMERIC = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2,4})$/;

/** Month number (1–12) for a name or its abbreviation of three letters or more. */
function monthNumber(word: string): number | null {
  if (word.length < 3) return null;
  const name = word === 'sept' ? 'september' : word;
  const index = MONTHS.findIndex((month) => month.startsWith(name));
  return index < 0 ? null : index + 1;
}

function dayOf(year: number, month: number, day: number): DateInputResult {
  if (month < 1 || month > 12) return { ok: false, message: `There is no month ${month}.` };
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (day < 1 || date.getUTCDate() !== day) {
    return { ok: false, message: `There is no ${day} ${SHORT[month - 1]} ${year}.` };
  }
  return { ok: true, day: date.getTime() };
}

function withYear(yearText: string, month: number, day: number): DateInputResult {
  if (yearText.length !== 4) {
    return { ok: false, message: `Write the year in full, e.g. ${day} ${SHORT[month - 1]} 2024.` };
  }
  return dayOf(Number(yearText), month, day);
}

function numericReading(text: string): string {
  const match = NUMERIC.exec(text);
  if (!match) return `"${text}" is not a date I can read. ${EXAMPLE}`;
  const [, a = '', b = ''] = match;
  const readings = [
    [Number(a), Number(b)],
    [Number(b), Number(a)],
  ]
    .filter(([day = 0, month = 0]) => month >= 1 && month <= 12 && day >= 1 && day <= 31)
    .map(([day = 0, month = 0]) => `${day} ${SHORT[month - 1]}`);
  const unique = [...new Set(readings)];
  const question = unique.length === 2 ? `Is "${text}" ${unique[0]} or ${unique[1]}? ` : '';
  return `${question}${EXAMPLE}`;
}

/** Parses a typed date; the message on failure says what to write instead. */
export function parseDateInput(input: string): DateInputResult {
  const text = input.trim().toLowerCase().replace(/\s+/g, ' ');
  if (text === '') return { ok: false, message: `Type a date. ${EXAMPLE}` };

  const iso = YEAR_FIRST.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));

  const dayFirst = DAY_FIRST.exec(text);
  const dayFirstMonth = dayFirst && monthNumber(dayFirst[2] ?? '');
  if (dayFirst && dayFirstMonth) {
    return withYear(dayFirst[3] ?? '', dayFirstMonth, Number(dayFirst[1]));
  }

  const monthFirst = MONTH_FIRST.exec(text);
  const monthFirstMonth = monthFirst && monthNumber(monthFirst[1] ?? '');
  if (monthFirst && monthFirstMonth) {
    return withYear(monthFirst[3] ?? '', monthFirstMonth, Number(monthFirst[2]));
  }

  return { ok: false, message: numericReading(input.trim()) };
}
