/**
 * A date-sorted set of events with its time index (the `EventSet` of types.ts): the dataset,
 * or a filtered part of it. The window search reads the index, so its cost follows the window,
 * not the set.
 */
import { lowerBound } from './time-index';
import type { TimeWindow } from './time-window';
import type { ChronoEvent, EventSet } from './types';

/** A set's index as the search reads it: the map keeps its starts in a plain array. */
export type IndexedEvents = Pick<EventSet, 'events' | 'maxSpan'> & { starts: ArrayLike<number> };

export const EMPTY_EVENT_SET: EventSet = { events: [], starts: new Float64Array(0), maxSpan: 0 };

/** Indexes events already sorted by start. */
export function toEventSet(events: readonly ChronoEvent[]): EventSet {
  const starts = new Float64Array(events.length);
  let maxSpan = 0;
  events.forEach((event, i) => {
    starts[i] = event.start;
    maxSpan = Math.max(maxSpan, event.end - event.start);
  });
  return { events, starts, maxSpan };
}

/**
 * Where the events overlapping a window lie among events sorted by start: `[from, to)`, less
 * those that end at or before `endsAfter` (an event may start up to `maxSpan` before the window).
 */
export interface WindowCandidates {
  from: number;
  to: number;
  endsAfter: number;
}

export function candidates(
  set: Pick<IndexedEvents, 'starts' | 'maxSpan'>,
  window: TimeWindow,
): WindowCandidates {
  return {
    from: lowerBound(set.starts, window.start - set.maxSpan),
    to: lowerBound(set.starts, window.end),
    endsAfter: window.start,
  };
}

/** The set's events whose span overlaps the window, in date order; all of them for no window. */
export function inWindow(set: IndexedEvents, window: TimeWindow | null): ChronoEvent[] {
  if (!window) return set.events.slice();
  const { from, to, endsAfter } = candidates(set, window);
  const out: ChronoEvent[] = [];
  for (let i = from; i < to; i++) {
    const event = set.events[i] as ChronoEvent;
    if (event.end > endsAfter) out.push(event);
  }
  return out;
}
