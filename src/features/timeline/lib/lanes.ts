import { idSet } from '@/domain/events/filter-events';
import type { Category, ChronoEvent, Dataset } from '@/domain/events/types';
import type { LaneMode } from '@/store/slices/time-slice';
import { mostCommon, topN } from '@/utils/top-n';

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

/** As many lanes as fit the timeline's height; beyond them, the rest share an "Other" lane. */
export const MAX_LANES = 8;

const OTHER = '\u0000other';
const NONE: readonly number[] = [];
const byName = new Intl.Collator().compare;

/** The `max` keys with most events, most first (ties by name), and whether there are more. */
function topKeys(
  events: readonly ChronoEvent[],
  keysOf: (event: ChronoEvent) => readonly string[],
  max: number,
) {
  const counts = new Map<string, number>();
  for (const event of events)
    for (const key of keysOf(event)) counts.set(key, (counts.get(key) ?? 0) + 1);
  const top = topN(counts, max, (a, b) => b[1] - a[1] || byName(a[0], b[0]));
  return { keys: top.map(([key]) => key), overflow: counts.size > max };
}

/** The categories with a lane and a histogram stack of their own; the rest are "Other". */
export interface CategoryGroups {
  /** In legend order. */
  own: readonly Category[];
  /** Whether some categories shown have no lane of their own and share "Other categories". */
  other: boolean;
}

/**
 * Every category of the legend when they fit. When they do not (a CSV column of 50,000 values),
 * the most common of those shown, so that ticking a few rare ones gives each its lane.
 */
export function categoryGroups(
  dataset: Pick<Dataset, 'categories' | 'categoryCounts'>,
  shown: readonly string[] | null,
  max = MAX_LANES,
): CategoryGroups {
  if (dataset.categories.length <= max) return { own: dataset.categories, other: false };
  const wanted = shown && idSet(shown);
  const candidates = wanted
    ? dataset.categories.filter((category) => wanted.has(category.id))
    : dataset.categories;
  if (candidates.length <= max) return { own: candidates, other: false };
  const own = mostCommon(candidates, (c) => dataset.categoryCounts.get(c.id) ?? 0, max - 1);
  return { own, other: true };
}

function categoryLanes(groups: CategoryGroups): LaneModel {
  const lanes: Lane[] = groups.own.map((category) => ({
    key: category.id,
    label: category.label,
    color: category.color,
  }));
  const index = new Map(groups.own.map((category, i) => [category.id, [i] as const]));
  if (!groups.other) return { lanes, lanesOf: (event) => index.get(event.category) ?? NONE };
  const other = [lanes.length] as const;
  lanes.push({ key: OTHER, label: 'Other categories', color: null });
  return { lanes, lanesOf: (event) => index.get(event.category) ?? other };
}

/** Lanes by category (see categoryGroups), or by the most frequent actors or countries plus "Other". */
export function buildLanes(
  mode: LaneMode,
  dataset: Dataset,
  groups: CategoryGroups = categoryGroups(dataset, null),
  maxLanes = MAX_LANES,
): LaneModel {
  if (mode === 'category') return categoryLanes(groups);
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
