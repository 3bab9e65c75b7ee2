import { inWindow, type IndexedEvents } from '@/domain/events/event-set';
import type { TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent } from '@/domain/events/types';

/** Places closer than this many degrees are one place: no zoom draws them apart. */
const SAME_PLACE = 1e-6;

type Place = { lon: number; lat: number };

const samePlace = (a: Place, b: Place) =>
  Math.abs(a.lat - b.lat) < SAME_PLACE && Math.abs(a.lon - b.lon) < SAME_PLACE;

/** Whether zooming in could ever draw these events apart. */
export function atOnePlace(events: readonly ChronoEvent[]): boolean {
  const first = events[0]?.location;
  return !!first && events.every((event) => !!event.location && samePlace(event.location, first));
}

/**
 * Every one of the events of the time window at a place, in date order. The map's own pieces
 * cannot say it: a cluster hands out a limited number of its events, in no order.
 */
export function eventsAtPlace(
  data: IndexedEvents,
  window: TimeWindow | null,
  place: Place,
): ChronoEvent[] {
  return inWindow(data, window).filter(
    (event) => !!event.location && samePlace(event.location, place),
  );
}
