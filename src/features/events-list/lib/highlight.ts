/** Splits text into plain and matching parts for each query term (case-insensitive), in order. */
export function highlightParts(
  text: string,
  terms: readonly string[],
): { text: string; match: boolean }[] {
  const needles = terms.map((term) => term.toLowerCase()).filter(Boolean);
  if (needles.length === 0) return [{ text, match: false }];
  const lower = text.toLowerCase();
  const marked = new Uint8Array(text.length);
  for (const needle of needles) {
    for (let at = lower.indexOf(needle); at >= 0; at = lower.indexOf(needle, at + needle.length)) {
      marked.fill(1, at, at + needle.length);
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
