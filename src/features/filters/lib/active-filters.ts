import { queryTerms } from '@/domain/events/filter-events';

interface FilterState {
  categories: readonly string[] | null;
  actors: readonly string[];
  query: string;
  inView: boolean;
}

/**
 * How many kinds of filter narrow the events now (search, categories, actors, map view), for a
 * closed filters drawer to say that something is hidden. The time window shows on the timeline.
 */
export function activeFilterCount(state: FilterState): number {
  return [
    queryTerms(state.query).length > 0,
    state.categories !== null,
    state.actors.length > 0,
    state.inView,
  ].filter(Boolean).length;
}
