/**
 * The form in which place names are compared, shared by the build that indexes the gazetteer and
 * the lookup that reads it, so both sides always agree on what "the same name" means.
 */

/** Latin letters that NFD does not split into a base letter and a mark. */
const FOLDED_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
};

/**
 * Apostrophes, quotes and the ayn/hamza signs of transliterated Arabic are dropped rather than
 * turned into spaces, so "Sana'a", "San‘ā’" and "Sanaa" share one key. Several are modifier
 * *letters* (ʻ ʼ ʾ ʿ), which the letter test below would otherwise keep.
 */
const DROPPED_MARKS = /['’‘`´ʹʻʼʽʾʿ"“”]/g;

/**
 * Lower case, without diacritics (NFD, marks removed), with every run of punctuation or
 * whitespace as a single space: "São Paulo" → "sao paulo", "Saint-Étienne" → "saint etienne".
 * Letters of other scripts stay as they are (Arabic, CJK… names still match themselves).
 */
export function placeKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħŧ]/g, (letter) => FOLDED_LETTERS[letter] ?? letter)
    .replace(DROPPED_MARKS, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The Arabic article as transliterations write it, sun-letter forms included ("Ad Dammam"). */
const ARABIC_ARTICLE = /^(?:al|el|ad|adh|an|ar|as|ash|at|ath|az) (?=\S{3})/;

/**
 * A key without its leading Arabic article: "El-Hodeidah" and "Hodeidah" name one city, and
 * GeoNames rarely lists both. Null when the key has none.
 */
export function withoutArabicArticle(key: string): string | null {
  const stripped = key.replace(ARABIC_ARTICLE, '');
  return stripped === key ? null : stripped;
}
