import { lowerBound } from './time-index';
import type { ChronoEvent, Dataset } from './types';

export interface TimeWindow {
  /** Inclusive start, UTC ms. */
  start: number;
  /** Exclusive end, UTC ms. */
  end: number;
}

/** How the window filters: the events in it, or every event up to its end. */
export const WINDOW_MODES = ['window', 'cumulative'] as const;
export type WindowMode = (typeof WINDOW_MODES)[number];

export interface EventFilters {
  /** null: every category. */
  categories: readonly string[] | null;
  /** Empty: every actor; otherwise events involving any of them. */
  actors: readonly string[];
  query: string;
}

export const NO_FILTERS: EventFilters = { categories: null, actors: [], query: '' };

export function queryTerms(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

const idSets = new WeakMap<readonly string[], ReadonlySet<string>>();

/**
 * A list of ids as a Set, made once per list (the store's lists are never changed in place): a
 * filter of 50,000 categories is read by several views, and each Set of them takes a while.
 */
export function idSet(ids: readonly string[]): ReadonlySet<string> {
  let set = idSets.get(ids);
  if (!set) {
    set = new Set(ids);
    idSets.set(ids, set);
  }
  return set;
}

/** Builds the category/actor/text predicate once, so the per-event test stays cheap. */
export function eventPredicate(filters: EventFilters): (event: ChronoEvent) => boolean {
  const categories = filters.categories ? idSet(filters.categories) : null;
  const actors = filters.actors.length > 0 ? idSet(filters.actors) : null;
  const terms = queryTerms(filters.query);
  return (event) =>
    (!categories || categories.has(event.category)) &&
    (!actors || event.actors.some((actor) => actors.has(actor))) &&
    terms.every((term) => event.searchText.includes(term));
}

export function hasFilters(filters: EventFilters): boolean {
  return (
    filters.categories !== null || filters.actors.length > 0 || queryTerms(filters.query).length > 0
  );
}

/** The window actually applied: cumulative mode starts at the beginning of time. */
export function effectiveWindow(window: TimeWindow | null, mode: WindowMode): TimeWindow | null {
  if (!window) return null;
  return mode === 'cumulative' ? { start: -Infinity, end: window.end } : window;
}

export function overlaps(event: ChronoEvent, window: TimeWindow): boolean {
  return event.start < window.end && event.end > window.start;
}

/**
 * Events whose span overlaps the window, in date order. The sorted start index narrows the
 * search to [start - maxSpan, end), so the cost follows the window, not the dataset.
 */
/**
 * Where the events overlapping a window lie among events sorted by start: `[from, to)`, less
 * those that end at or before `endsAfter` (an event may start up to `maxSpan` before the window).
 */
export interface WindowCandidates {
  from: number;
  to: number;
  endsAfter: number;
}

export function windowCandidates(
  starts: ArrayLike<number>,
  maxSpan: number,
  window: TimeWindow,
): WindowCandidates {
  return {
    from: lowerBound(starts, window.start - maxSpan),
    to: lowerBound(starts, window.end),
    endsAfter: window.start,
  };
}

export function eventsInWindow(
  events: readonly ChronoEvent[],
  starts: ArrayLike<number>,
  maxSpan: number,
  window: TimeWindow | null,
): ChronoEvent[] {
  if (!window) return events.slice();
  const { from, to, endsAfter } = windowCandidates(starts, maxSpan, window);
  const out: ChronoEvent[] = [];
  for (let i = from; i < to; i++) {
    const event = events[i] as ChronoEvent;
    if (event.end > endsAfter) out.push(event);
  }
  return out;
}

/** Reference implementation: every filter, no index. Used by tests to check the fast path. */
export function filterEventsNaive(
  dataset: Dataset,
  filters: EventFilters,
  window: TimeWindow | null,
): ChronoEvent[] {
  const matches = eventPredicate(filters);
  return dataset.events.filter((event) => matches(event) && (!window || overlaps(event, window)));
}
