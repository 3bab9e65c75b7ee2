/**
 * Derived data, computed once per change of its inputs and shared by every view, so map,
 * timeline, list and counts always agree.
 */
import { categoryStartTimes } from '@/domain/events/category-starts';
import { EMPTY_EVENT_SET, inWindow, toEventSet } from '@/domain/events/event-set';
import { eventPredicate, hasFilters, type EventFilters } from '@/domain/events/filter-events';
import { effectiveWindow, type TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent, EventSet } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';

import type { AppState } from './app-store';
import { memoizeOn } from './memo';
import type { Bounds } from './slices/map-slice';

/** Events passing the category, actor and text filters (what the map draws before the time window). */
export const selectMatchingEvents = memoizeOn(
  (s: AppState) => [s.dataset, s.categories, s.actors, s.query] as const,
  ([dataset, categories, actors, query]): EventSet => {
    if (!dataset) return EMPTY_EVENT_SET;
    if (categories === null && actors.length === 0 && query.trim() === '') {
      // The index alone: views spread this set into their own data.
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

/** The window the views filter by (from the start of time in cumulative mode); null for all time. */
export const selectEffectiveWindow = memoizeOn(
  (s: AppState) => [s.window, s.mode] as const,
  ([window, mode]): TimeWindow | null => effectiveWindow(window, mode),
);

/** Everything that passes all filters, the time window included, in date order. */
export const selectVisibleEvents = memoizeOn(
  (s: AppState) => [selectBaseEvents(s), selectEffectiveWindow(s)] as const,
  ([base, window]): ChronoEvent[] => inWindow(base, window),
);

/**
 * The matching events in the time window, the map view not applied: what the map draws (it is
 * the map view, so "only events in map view" cannot narrow it).
 */
export const selectMatchingInWindow = memoizeOn(
  (s: AppState) => [selectMatchingEvents(s), selectEffectiveWindow(s)] as const,
  ([matching, window]): ChronoEvent[] => inWindow(matching, window),
);

/**
 * Each category's sorted start times among the events the timeline stacks (`selectBaseEvents`):
 * the dataset's own when nothing narrows them, else rebuilt once per change of the events. Like
 * the dataset's, only the most common categories' when there are many (MAX_CATEGORY_STARTS).
 */
export const selectCategoryStarts = memoizeOn(
  (s: AppState) => [selectBaseEvents(s), s.dataset] as const,
  ([base, dataset]): ReadonlyMap<string, Float64Array> => {
    if (!dataset) return new Map();
    if (base.events === dataset.events) return dataset.categoryStarts;
    const counts = new Map<string, number>();
    for (const event of base.events)
      counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    return categoryStartTimes(base.events, counts);
  },
);

/** Each category's colour by id, made once per dataset (a file may have 50,000 categories). */
export const selectCategoryColors = memoizeOn(
  (s: AppState) => [s.dataset?.categories] as const,
  ([categories]): ReadonlyMap<string, string> =>
    new Map((categories ?? []).map((category) => [category.id, category.color])),
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
    const windowed = inWindow(dataset, effectiveWindow(window, mode));
    return bounds ? windowed.filter((event) => inBounds(event, bounds)) : windowed;
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

/** The events the story's step is about: the map and the timeline ring them. */
export const selectMarkedEvents = memoizeOn(
  (state: AppState) => [state.storyMarks, state.dataset] as const,
  ([ids, dataset]): ChronoEvent[] => ids.flatMap((id) => dataset?.byId.get(id) ?? []),
);
