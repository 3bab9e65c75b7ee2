import { DAY } from '@/domain/time/units';

import { isoDayText } from './dates';
import type { ChronoEvent, DataProblem } from './types';

/**
 * A date is far off when it lies beyond the middle half of the dates by more than ten times that
 * half's span, and by ten years at least: a typo in the year (9999, 2204, 1024 for 2024) squeezes
 * every other event into a sliver of the timeline. The floor keeps a tight dataset (a week of
 * earthquakes, a crisis of two months) from calling an event a year away wrong; the ratio keeps
 * a long history from calling anything within its own span far.
 */
const SPAN_RATIO = 10;
const MIN_DISTANCE_MS = 10 * 365.25 * DAY;
/** With fewer dates the quartiles say nothing about the rest. */
const MIN_EVENTS = 4;

/** The range of dates that are not far off, from the sorted starts; null when too few to say. */
export function usualDateRange(starts: Float64Array): [number, number] | null {
  const n = starts.length;
  if (n < MIN_EVENTS) return null;
  // Lower quartiles on both sides, so a single far date among four cannot be its own quartile.
  const q1 = starts[Math.floor((n - 1) / 4)] ?? 0;
  const q3 = starts[Math.floor((3 * (n - 1)) / 4)] ?? 0;
  const reach = Math.max(SPAN_RATIO * (q3 - q1), MIN_DISTANCE_MS);
  return [q1 - reach, q3 + reach];
}

/**
 * A warning for each event whose date (or end date) is far from the rest; the events still load.
 * `events` are sorted by start, `starts` are theirs.
 */
export function farOffDates(events: readonly ChronoEvent[], starts: Float64Array): DataProblem[] {
  const range = usualDateRange(starts);
  if (!range) return [];
  const [low, high] = range;
  const far = (ms: number) => ms < low || ms > high;
  let first = Infinity;
  let last = -Infinity;
  for (const event of events) {
    if (far(event.start)) continue;
    first = Math.min(first, event.start);
    last = Math.max(last, far(event.end - 1) ? event.start : event.end - 1);
  }
  const others = `the other dates run from ${isoDayText(first)} to ${isoDayText(last)}`;
  const problems: DataProblem[] = [];
  for (const event of events) {
    const field = far(event.start)
      ? 'date'
      : event.endDate && far(event.end - 1)
        ? 'endDate'
        : null;
    if (!field) continue;
    const value = field === 'date' ? event.date : event.endDate;
    problems.push({
      record: event.record,
      id: event.id,
      field,
      message: `${JSON.stringify(value)} is far from the rest (${others}); check the year`,
      severity: 'warning',
    });
  }
  return problems;
}
