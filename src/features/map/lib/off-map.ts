import type { ChronoEvent } from '@/domain/events/types';
import { inBounds } from '@/store/selectors';
import type { Bounds } from '@/store/slices/map-slice';

export interface OffMap {
  /** Events with a place that the map's view does not show. */
  outside: number;
  /** Events with no place at all: the map can never show them. */
  unplaced: ChronoEvent[];
}

/** Of the events shown elsewhere (list, timeline), those the map view cannot show. */
export function offMap(events: readonly ChronoEvent[], bounds: Bounds | null): OffMap {
  let outside = 0;
  const unplaced: ChronoEvent[] = [];
  for (const event of events) {
    if (!event.location) unplaced.push(event);
    else if (bounds && !inBounds(event, bounds)) outside += 1;
  }
  return { outside, unplaced };
}
