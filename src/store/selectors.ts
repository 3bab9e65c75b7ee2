/**
 * Derived data, computed once per change of its inputs and shared by every view, so map,
 * timeline, list and counts always agree.
 */
import {
  effectiveWindow,
  eventPredicate,
  eventsInWindow,
  hasFilters,
  type EventFilters,
} from '@/domain/events/filter-events';
import type { ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';

import type { AppState } from './app-store';
import { memoizeOn } from './memo';
import type { Bounds } from './slices/map-slice';

/** A date-sorted subset of the dataset with its own time index. */
export interface EventSet {
  events: ChronoEvent[];
  starts: Float64Array;
  maxSpan: number;
}

const EMPTY_SET: EventSet = { events: [], starts: new Float64Array(0), maxSpan: 0 };

function toEventSet(events: ChronoEvent[]): EventSet {
  const starts = new Float64Array(events.length);
  let maxSpan = 0;
  events.forEach((event, i) => {
    starts[i] = event.start;
    maxSpan = Math.max(maxSpan, event.end - event.start);
  });
  return { events, starts, maxSpan };
}

/** Events passing the category, actor and text filters (what the map draws before the time window). */
export const selectMatchingEvents = memoizeOn(
  (s: AppState) => [s.dataset, s.categories, s.actors, s.query] as const,
  ([dataset, categories, actors, query]): EventSet => {
    if (!dataset) return EMPTY_SET;
    if (categories === null && actors.length === 0 && query.trim() === '') {
      return { events: dataset.events, starts: dataset.starts, maxSpan: dataset.maxSpan };
    }
    return toEventSet(dataset.events.filter(eventPredicate({ categories, actors, query })));
  },
);

export function inBounds(event: ChronoEvent, [west, south, east, north]: Bounds): boolean {
  const location = event.location;
  if (!location) return false;
  // Where the map draws it: a pole is in view when the edge of the map is.
  const lat = drawnLatitude(location.lat);
  if (lat < south || lat > north) return false;
  // A view across the antimeridian has west > east.
  return west <= east
    ? location.lon >= west && location.lon <= east
    : location.lon >= west || location.lon <= east;
}

/** Matching events, limited to the map view when "only events in map view" is on. */
export const selectBaseEvents = memoizeOn(
  (s: AppState) => [selectMatchingEvents(s), s.inView ? s.bounds : null] as const,
  ([matching, bounds]): EventSet =>
    bounds ? toEventSet(matching.events.filter((event) => inBounds(event, bounds))) : matching,
);

/** Everything that passes all filters, the time window included, in date order. */
export const selectVisibleEvents = memoizeOn(
  (s: AppState) => [selectBaseEvents(s), s.window, s.mode] as const,
  ([base, window, mode]): ChronoEvent[] =>
    eventsInWindow(base.events, base.starts, base.maxSpan, effectiveWindow(window, mode)),
);

export const selectTotalCount = (s: AppState): number => s.dataset?.events.length ?? 0;

export const selectSelectedEvent = (s: AppState): ChronoEvent | null =>
  (s.selectedId && s.dataset?.byId.get(s.selectedId)) || null;

export const selectHoveredEvent = (s: AppState): ChronoEvent | null =>
  (s.hoveredId && s.dataset?.byId.get(s.hoveredId)) || null;

function predicateOrNull(filters: EventFilters): ((event: ChronoEvent) => boolean) | null {
  return hasFilters(filters) ? eventPredicate(filters) : null;
}

/**
 * Events in the window (and map view) passing every filter but one: the counts each facet shows.
 * Counts every event when `matches` is null.
 */
function facetCounts(
  events: readonly ChronoEvent[],
  facet: 'category' | 'actors',
  /** Null when nothing else narrows the events down (a million calls saved on large datasets). */
  matches: ((event: ChronoEvent) => boolean) | null,
): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) {
    if (matches && !matches(event)) continue;
    if (facet === 'category') counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    else for (const actor of event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return counts;
}

const selectWindowedEvents = memoizeOn(
  (s: AppState) => [s.dataset, s.window, s.mode, s.inView ? s.bounds : null] as const,
  ([dataset, window, mode, bounds]): ChronoEvent[] => {
    if (!dataset) return [];
    const inWindow = eventsInWindow(
      dataset.events,
      dataset.starts,
      dataset.maxSpan,
      effectiveWindow(window, mode),
    );
    return bounds ? inWindow.filter((event) => inBounds(event, bounds)) : inWindow;
  },
);

/** How many events each category would show, given every other filter (the legend's counts). */
export const selectCategoryCounts = memoizeOn(
  (s: AppState) => [selectWindowedEvents(s), s.actors, s.query, s.dataset] as const,
  ([events, actors, query, dataset]): ReadonlyMap<string, number> => {
    const matches = predicateOrNull({ categories: null, actors, query });
    if (!matches && dataset && events.length === dataset.events.length) {
      return dataset.categoryCounts;
    }
    return facetCounts(events, 'category', matches);
  },
);

/** How many events each actor would show, given every other filter. */
export const selectActorCounts = memoizeOn(
  (s: AppState) => [selectWindowedEvents(s), s.categories, s.query, s.dataset] as const,
  ([events, categories, query, dataset]): ReadonlyMap<string, number> => {
    const matches = predicateOrNull({ categories, actors: [], query });
    if (!matches && dataset && events.length === dataset.events.length) {
      return new Map(dataset.actors.map(({ name, count }) => [name, count]));
    }
    return facetCounts(events, 'actors', matches);
  },
);
