import { overlaps, type TimeWindow } from './time-window';
import type { ChronoEvent, Dataset } from './types';

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

/** Reference implementation: every filter, no index. Used by tests to check the fast path. */
export function filterEventsNaive(
  dataset: Dataset,
  filters: EventFilters,
  window: TimeWindow | null,
): ChronoEvent[] {
  const matches = eventPredicate(filters);
  return dataset.events.filter((event) => matches(event) && (!window || overlaps(event, window)));
}
