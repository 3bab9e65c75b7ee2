/**
 * How well a header names a field of a reading, by the names in column-name-tables.ts (their
 * "=name" and "~" marks are explained there). The proposer weighs this score against what the
 * column's values look like, so a score says only how well the name fits.
 */
import { NAMES, NOT_THIS } from './column-name-tables';
import type { Reading } from './types';

export type NamedField = Exclude<keyof Reading, 'format' | 'dateOrder' | 'geometry' | 'swapLatLon'>;

const SCORE = {
  exact: 100,
  /** The header is the name once a bracketed qualifier is set aside: "Date (UTC)". */
  qualified: 90,
  weak: 50,
  /** The name is some of the header's words: "Event location". */
  words: 60,
  /** The name is the start or end of one of the header's words: "Ereignisdatum". */
  inside: 40,
};

/** The words of a header: camelCase, digits, case, accents and punctuation set aside. */
export function headerWords(header: string): string[] {
  return (
    header
      .replace(/([\p{Ll}\p{N}])(\p{Lu})/gu, '$1 $2')
      .replace(/(\p{Lu})(\p{Lu}\p{Ll})/gu, '$1 $2')
      .replace(/(\p{L})(\p{N})|(\p{N})(\p{L})/gu, '$1$3 $2$4')
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .replace(/ı/g, 'i')
      .replace(/ß/g, 'ss')
      // Arabic and Persian spellings of yeh and kaf are one letter here.
      .replace(/[يى]/g, 'ی')
      .replace(/ك/g, 'ک')
      .split(/[^\p{L}\p{N}]+/u)
      .filter(Boolean)
  );
}

interface Name {
  text: string;
  exactOnly: boolean;
  weak: boolean;
}

const NAME_LISTS = new Map<NamedField, Name[]>(
  (Object.keys(NAMES) as NamedField[]).map((field) => [
    field,
    NAMES[field].flatMap((list) =>
      list.split(',').map((raw) => {
        const name = raw.trim();
        return {
          text: headerWords(name).join(' '),
          exactOnly: name.startsWith('='),
          weak: name.endsWith('~'),
        };
      }),
    ),
  ]),
);

interface Match {
  score: number;
  /** How long the matched name is: a longer name is the more specific reading of a header. */
  length: number;
}

const NO_MATCH: Match = { score: 0, length: 0 };

function nameMatch(name: Name, words: string[], bare: string[]): number {
  const whole = words.join(' ');
  if (whole === name.text) return name.weak ? SCORE.weak : SCORE.exact;
  if (bare.length > 0 && bare.join(' ') === name.text)
    return name.weak ? SCORE.weak : SCORE.qualified;
  if (name.exactOnly || name.weak) return 0;
  if (` ${whole} `.includes(` ${name.text} `)) return SCORE.words;
  const single = !name.text.includes(' ') && name.text.length >= 5;
  const inside = (word: string) =>
    word.length > name.text.length && (word.startsWith(name.text) || word.endsWith(name.text));
  return single && words.some(inside) ? SCORE.inside : 0;
}

function fieldMatch(field: NamedField, words: string[], bare: string[]): Match {
  let best = NO_MATCH;
  for (const name of NAME_LISTS.get(field) ?? []) {
    const score = nameMatch(name, words, bare);
    if (score > best.score || (score === best.score && score > 0 && name.text.length > best.length))
      best = { score, length: name.text.length };
  }
  if (
    best.score > 0 &&
    best.score <= SCORE.words &&
    NOT_THIS[field]?.some((w) => words.includes(w))
  )
    return NO_MATCH;
  return best;
}

const isNamed = (field: keyof Reading): field is NamedField => field in NAMES;

/**
 * How well a header names a field: 0 not at all, 100 exactly. A header that only contains the
 * name scores less, and nothing when a longer name of another field fits it better ("Location
 * precision" is a precision, not a place).
 */
export function columnScore(field: keyof Reading, header: string): number {
  if (!isNamed(field)) return 0;
  const words = headerWords(header);
  const bare = headerWords(header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' '));
  const own = fieldMatch(field, words, bare);
  if (own.score === 0 || own.score >= SCORE.qualified) return own.score;
  for (const other of NAME_LISTS.keys()) {
    if (other === field) continue;
    const rival = fieldMatch(other, words, bare);
    if (rival.score >= SCORE.weak && rival.length > own.length) return 0;
  }
  return own.score;
}
