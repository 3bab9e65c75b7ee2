import type { ChronoEvent, Dataset } from '@/domain/events/types';

export type LaneMode = 'category' | 'actor' | 'country';

export interface Lane {
  key: string;
  label: string;
  color: string | null;
}

export interface LaneModel {
  lanes: Lane[];
  /** Lanes an event is drawn in (several when it has several actors). */
  lanesOf: (event: ChronoEvent) => readonly number[];
}

const OTHER = '\u0000other';
const NONE: readonly number[] = [];

function topKeys(
  events: readonly ChronoEvent[],
  keysOf: (event: ChronoEvent) => readonly string[],
  max: number,
) {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const key of keysOf(event)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const sorted = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return { keys: sorted.slice(0, max).map(([key]) => key), overflow: sorted.length > max };
}

/** Lanes by category (the legend's order), or by the most frequent actors or countries plus "Other". */
export function buildLanes(mode: LaneMode, dataset: Dataset, maxLanes = 8): LaneModel {
  if (mode === 'category') {
    const index = new Map(dataset.categories.map((category, i) => [category.id, [i] as const]));
    return {
      lanes: dataset.categories.map((category) => ({
        key: category.id,
        label: category.label,
        color: category.color,
      })),
      lanesOf: (event) => index.get(event.category) ?? NONE,
    };
  }
  const keysOf =
    mode === 'actor'
      ? (event: ChronoEvent) => event.actors
      : // An event at sea with no coast named belongs to its sea's lane, not to "No place given".
        (event: ChronoEvent) => [
          event.location?.country ?? event.location?.sea ?? 'No place given',
        ];
  const { keys, overflow } = topKeys(dataset.events, keysOf, maxLanes - 1);
  const index = new Map(keys.map((key, i) => [key, i]));
  const lanes: Lane[] = keys.map((key) => ({ key, label: key, color: null }));
  if (overflow)
    lanes.push({
      key: OTHER,
      label: mode === 'actor' ? 'Other actors' : 'Other countries',
      color: null,
    });
  const cache = new WeakMap<ChronoEvent, readonly number[]>();
  return {
    lanes,
    lanesOf: (event) => {
      let lanesOfEvent = cache.get(event);
      if (!lanesOfEvent) {
        const set = new Set<number>();
        for (const key of keysOf(event)) set.add(index.get(key) ?? (overflow ? keys.length : -1));
        set.delete(-1);
        lanesOfEvent = [...set].sort((a, b) => a - b);
        cache.set(event, lanesOfEvent);
      }
      return lanesOfEvent;
    },
  };
}
