/** The time window the views filter by, and the one rule for what lies in it. */

export interface TimeWindow {
  /** Inclusive start, UTC ms. */
  start: number;
  /** Exclusive end, UTC ms. */
  end: number;
}

/** How the window filters: the events in it, or every event up to its end. */
export const WINDOW_MODES = ['window', 'cumulative'] as const;
export type WindowMode = (typeof WINDOW_MODES)[number];

/** The window actually applied: cumulative mode starts at the beginning of time. */
export function effectiveWindow(window: TimeWindow | null, mode: WindowMode): TimeWindow | null {
  if (!window) return null;
  return mode === 'cumulative' ? { start: -Infinity, end: window.end } : window;
}

/** Whether a [start, end) span, an event's for one, shares any time with the window. */
export function overlaps(span: { start: number; end: number }, window: TimeWindow): boolean {
  return span.start < window.end && span.end > window.start;
}

/** Same bounds (null for no window): the store keeps one object while they stay the same. */
export function sameWindow(a: TimeWindow | null, b: TimeWindow | null): boolean {
  return a === b || (!!a && !!b && a.start === b.start && a.end === b.end);
}
