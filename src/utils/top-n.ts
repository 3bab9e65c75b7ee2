/**
 * The `n` first items in the order `compare` gives, best first, in one pass over the items
 * (n × items comparisons at most): the few most common of 50,000 categories without sorting
 * them all. Items `compare` finds equal keep the order they came in.
 */
export function topN<T>(items: Iterable<T>, n: number, compare: (a: T, b: T) => number): T[] {
  const top: T[] = [];
  if (n <= 0) return top;
  for (const item of items) {
    const full = top.length === n;
    if (full && compare(item, top[n - 1] as T) >= 0) continue;
    // When full, the last one drops out: the new item takes its place or pushes it off.
    let i = full ? n - 1 : top.length;
    while (i > 0 && compare(item, top[i - 1] as T) < 0) {
      top[i] = top[i - 1] as T;
      i--;
    }
    top[i] = item;
  }
  return top;
}

/** The `n` items with the highest counts, in the order they came in (a legend's, say). */
export function mostCommon<T>(items: readonly T[], countOf: (item: T) => number, n: number): T[] {
  const chosen = new Set(topN(items, n, (a, b) => countOf(b) - countOf(a)));
  return items.filter((item) => chosen.has(item));
}
