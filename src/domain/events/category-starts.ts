import type { ChronoEvent } from './types';

/** Start times per category, in the events' (start) order, in arrays sized from the counts. */
export function categoryStartTimes(
  events: readonly ChronoEvent[],
  counts: ReadonlyMap<string, number>,
): Map<string, Float64Array> {
  const lists = new Map<string, { starts: Float64Array; filled: number }>();
  for (const [id, count] of counts) lists.set(id, { starts: new Float64Array(count), filled: 0 });
  for (const event of events) {
    const list = lists.get(event.category);
    if (list) list.starts[list.filled++] = event.start;
  }
  return new Map([...lists].map(([id, list]) => [id, list.starts]));
}
