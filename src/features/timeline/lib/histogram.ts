import { categoryStartTimes } from '@/domain/events/category-starts';

import { binCounts } from './bins';
import type { HistogramData } from './draw';
import type { TimelineData } from './timeline-frame';

type HistogramSource = Pick<TimelineData, 'starts' | 'groups'>;

/**
 * The histogram's stacks for these bin edges: one per category of its own, then (when there
 * are others) one `otherColor` stack of what they leave of all the events.
 */
export function histogramData(
  data: HistogramSource,
  edges: readonly number[],
  startsByCategory: ReadonlyMap<string, Float64Array>,
  otherColor: string,
): HistogramData {
  const stacks = data.groups.own.map((category) => ({
    color: category.color,
    counts: binCounts(startsByCategory.get(category.id) ?? new Float64Array(0), edges),
  }));
  if (data.groups.other) {
    // One pass over the bins, not one stack per category.
    const counts = binCounts(data.starts, edges);
    for (const stack of stacks)
      for (let i = 0; i < counts.length; i++) counts[i]! -= stack.counts[i]!;
    stacks.push({ color: otherColor, counts });
  }
  return { edges, stacks };
}

/**
 * Per-category sorted start times: the store's when they cover the stacked categories, or
 * rebuilt only when the events change.
 */
export function memoCategoryStarts(): (
  data: Pick<TimelineData, 'events' | 'groups' | 'categoryStarts'>,
) => ReadonlyMap<string, Float64Array> {
  let last: { events: TimelineData['events']; starts: ReadonlyMap<string, Float64Array> } | null =
    null;
  return (data) => {
    const given = data.categoryStarts;
    // The store keeps the most common categories' starts: enough, unless a tie (or a category
    // with no events among these) put another in the stacks.
    if (data.groups.own.every((category) => given.has(category.id))) return given;
    if (last?.events === data.events) return last.starts;
    // Only the stacked categories' starts: the others are counted together from all the starts.
    const own = new Set(data.groups.own.map((category) => category.id));
    const counts = new Map<string, number>();
    for (const event of data.events)
      if (own.has(event.category))
        counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    const starts = categoryStartTimes(data.events, counts);
    last = { events: data.events, starts };
    return starts;
  };
}
