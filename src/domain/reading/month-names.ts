/**
 * Month and weekday names in the languages of the files Chronomap is likely to be given, taken
 * from Intl (so no hand-typed tables to get wrong) and looked up by a folded form: lower case,
 * no diacritics, no dots. Built once, on the first date written in words.
 */

const LOCALES = ['en', 'fr', 'de', 'es', 'it', 'pt', 'nl', 'ru', 'tr', 'ar', 'fa'];

/** Spellings Intl does not give but files use. */
const EXTRA_MONTHS: readonly (readonly [string, number])[] = [['sept', 9]];

const MARKS = /\p{M}/gu;
const NOT_LETTERS = /[^\p{L}]/gu;
const LETTERS = /\p{L}+/gu;
const NON_ASCII = /[\u0080-\uffff]/;

/**
 * Lower case without diacritics, and Turkish dotless ı as i, so "FÉVR.", "févr" and "fevr"
 * all meet, as do "MAYIS" and "Mayıs". Hamza and madda on Arabic letters are marks too.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  return lower.normalize('NFD').replace(MARKS, '').replace(/ı/g, 'i');
}

interface NameTables {
  /** Folded word -> month 1–12; 0 when languages disagree (then the word is not read). */
  months: Map<string, number>;
  weekdays: Set<string>;
}

let tables: NameTables | null = null;

function partOf(format: Intl.DateTimeFormat, date: Date, type: 'month' | 'weekday'): string {
  return format.formatToParts(date).find((part) => part.type === type)?.value ?? '';
}

const WORD_DATES: readonly Intl.DateTimeFormatOptions[] = [
  { weekday: 'long', day: 'numeric', month: 'long' },
  { weekday: 'short', day: 'numeric', month: 'short' },
];

/** Three formats a language: building Intl formats, not using them, is what takes the time. */
function buildTables(): NameTables {
  const months = new Map<string, number>();
  const weekdays = new Set<string>();
  const key = (word: string) => foldText(word).replace(NOT_LETTERS, '');
  const addMonth = (word: string, month: number) => {
    const folded = key(word);
    if (!folded) return;
    const known = months.get(folded);
    months.set(folded, known === undefined || known === month ? month : 0);
  };
  for (const locale of LOCALES) {
    // Gregorian months whatever the locale's own calendar (Persian defaults to the solar one).
    const tag = `${locale}-u-ca-gregory`;
    // Beside a day ("10 января") and alone ("январь"): some languages inflect the name.
    const withDay = WORD_DATES.map(
      (options) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }),
    );
    const alone = new Intl.DateTimeFormat(tag, { month: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      // 1–12 January 2024 run Monday to Friday of the next week, so every weekday appears.
      const date = new Date(Date.UTC(2024, month - 1, month));
      addMonth(alone.format(date), month);
      for (const format of withDay) {
        addMonth(partOf(format, date, 'month'), month);
        // Each word of it: a date's words are read one by one, and "quarta-feira" is two.
        const weekday = foldText(partOf(format, new Date(Date.UTC(2024, 0, month)), 'weekday'));
        for (const word of weekday.match(LETTERS) ?? []) weekdays.add(word);
      }
    }
  }
  for (const [word, month] of EXTRA_MONTHS) addMonth(word, month);
  return { months, weekdays };
}

function namesTables(): NameTables {
  tables ??= buildTables();
  return tables;
}

/** The month 1–12 a folded word names, or 0. */
export function monthOfWord(folded: string): number {
  return namesTables().months.get(folded) ?? 0;
}

/** Whether a folded word is a weekday name (which a date may carry and which adds nothing). */
export function isWeekdayWord(folded: string): boolean {
  return namesTables().weekdays.has(folded);
}

/** Every folded month word with its month, for tests. */
export function monthWords(): ReadonlyMap<string, number> {
  return namesTables().months;
}
