import { topN } from '@/utils/top-n';

import type { ChronoEvent } from './types';

/**
 * More than the timeline ever stacks on its own (the rest are counted together from all the
 * starts): a file of 50,000 categories would otherwise send the page 50,000 arrays.
 */
export const MAX_CATEGORY_STARTS = 32;

/**
 * Start times per category, in the events' (start) order, in arrays sized from the counts: of
 * every category in `counts`, or of the `max` with most events when there are more.
 */
export function categoryStartTimes(
  events: readonly ChronoEvent[],
  counts: ReadonlyMap<string, number>,
  max = MAX_CATEGORY_STARTS,
): Map<string, Float64Array> {
  const kept = counts.size <= max ? counts : topN(counts, max, (a, b) => b[1] - a[1]);
  const lists = new Map<string, { starts: Float64Array; filled: number }>();
  for (const [id, count] of kept) lists.set(id, { starts: new Float64Array(count), filled: 0 });
  for (const event of events) {
    const list = lists.get(event.category);
    if (list) list.starts[list.filled++] = event.start;
  }
  return new Map([...lists].map(([id, list]) => [id, list.starts]));
}
