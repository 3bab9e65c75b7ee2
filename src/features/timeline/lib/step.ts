import type { TimeWindow } from '@/domain/events/filter-events';
import { lowerBound } from '@/domain/events/time-index';
import type { ChronoEvent } from '@/domain/events/types';

import { DAY } from './time-scale';

export interface StepResult {
  event: ChronoEvent;
  /** The window moved to show the event, when it had a window and the event was outside it. */
  window: TimeWindow | null;
}

/**
 * Event by event: the next (or previous) event in date order from the selection, or from the
 * window's start when nothing is selected. The window jumps over empty stretches to keep the
 * event inside it, at the same width.
 */
export function stepEvent(
  events: readonly ChronoEvent[],
  starts: ArrayLike<number>,
  selected: ChronoEvent | null,
  window: TimeWindow | null,
  direction: 1 | -1,
): StepResult | null {
  if (events.length === 0) return null;
  let index: number;
  const current = selected ? events.indexOf(selected) : -1;
  if (current >= 0) index = current + direction;
  else if (window)
    index = direction > 0 ? lowerBound(starts, window.start) : lowerBound(starts, window.end) - 1;
  else index = direction > 0 ? 0 : events.length - 1;
  const event = events[index];
  if (!event) return null;
  if (!window || (event.start < window.end && event.end > window.start))
    return { event, window: null };
  const width = window.end - window.start;
  const day = Math.floor(event.start / DAY) * DAY;
  const start = direction > 0 ? day : Math.min(day, event.end - width);
  return { event, window: { start, end: start + width } };
}
