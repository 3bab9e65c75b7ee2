/** Event by event, in date order: the two ways the app moves the selection along. */
import { DAY } from '@/domain/time/units';

import type { IndexedEvents } from './event-set';
import { lowerBound } from './time-index';
import { overlaps, type TimeWindow } from './time-window';
import type { ChronoEvent } from './types';

/** The events before and after the selection among those the filters let through, in date order. */
export function neighbours(
  events: readonly ChronoEvent[],
  selected: ChronoEvent | null,
): { previous: ChronoEvent | null; next: ChronoEvent | null; position: number } {
  if (!selected) return { previous: null, next: events[0] ?? null, position: -1 };
  const index = events.indexOf(selected);
  if (index < 0) {
    // The selection is filtered out: step from where it would sit in date order.
    const after = events.findIndex(
      (event) =>
        event.start > selected.start || (event.start === selected.start && event.id > selected.id),
    );
    const at = after < 0 ? events.length : after;
    return { previous: events[at - 1] ?? null, next: events[at] ?? null, position: -1 };
  }
  return { previous: events[index - 1] ?? null, next: events[index + 1] ?? null, position: index };
}

export interface StepResult {
  event: ChronoEvent;
  /** The window moved to show the event, when it had a window and the event was outside it. */
  window: TimeWindow | null;
}

/**
 * The next (or previous) event in date order from the selection, or from the window's start
 * when nothing is selected. The window jumps over empty stretches to keep the event inside it,
 * at the same width.
 */
export function stepEvent(
  set: Pick<IndexedEvents, 'events' | 'starts'>,
  selected: ChronoEvent | null,
  window: TimeWindow | null,
  direction: 1 | -1,
): StepResult | null {
  const { events, starts } = set;
  if (events.length === 0) return null;
  let index: number;
  const current = selected ? events.indexOf(selected) : -1;
  if (current >= 0) index = current + direction;
  else if (window)
    index = direction > 0 ? lowerBound(starts, window.start) : lowerBound(starts, window.end) - 1;
  else index = direction > 0 ? 0 : events.length - 1;
  const event = events[index];
  if (!event) return null;
  if (!window || overlaps(event, window)) return { event, window: null };
  const width = window.end - window.start;
  const day = Math.floor(event.start / DAY) * DAY;
  const start = direction > 0 ? day : Math.min(day, event.end - width);
  return { event, window: { start, end: start + width } };
}
