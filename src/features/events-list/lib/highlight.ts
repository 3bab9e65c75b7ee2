const COMBINING_MARK = /\p{M}/u;

/**
 * For each code unit of `text.toLowerCase()`, where the character it came from starts and ends in
 * `text`. Lower case can be longer than the original (`İ` becomes `i` plus a combining dot), so a
 * position in the lower-cased text is not the same position in the text.
 */
function originsOf(text: string, lower: string): { start: Uint32Array; end: Uint32Array } {
  const start = new Uint32Array(lower.length);
  const end = new Uint32Array(lower.length);
  let at = 0;
  for (let i = 0; i < text.length;) {
    const char = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const next = i + char.length;
    // Lower-casing one character at a time gives the same lengths as the whole string (only
    // Greek final sigma depends on its neighbours, and it keeps its length).
    for (let k = char.toLowerCase().length; k > 0 && at < lower.length; k--, at++) {
      start[at] = i;
      end[at] = next;
    }
    i = next;
  }
  return { start, end };
}

/** Splits text into plain and matching parts for each query term (case-insensitive), in order. */
export function highlightParts(
  text: string,
  terms: readonly string[],
): { text: string; match: boolean }[] {
  const needles = terms.map((term) => term.toLowerCase()).filter(Boolean);
  if (needles.length === 0) return [{ text, match: false }];
  // The same test as the search (lower-cased text contains the lower-cased term).
  const lower = text.toLowerCase();
  const origin = originsOf(text, lower);
  const marked = new Uint8Array(text.length);
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      let end = origin.end[at + needle.length - 1] ?? text.length;
      // A letter keeps its accents: marks after the match belong to its last letter.
      while (end < text.length && COMBINING_MARK.test(text[end] ?? '')) end++;
      marked.fill(1, origin.start[at], end);
    }
  }
  const parts: { text: string; match: boolean }[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i++) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start] === 1 });
      start = i;
    }
  }
  return parts;
}
