import { utcDay, utcHour, utcMonth, utcWeek, utcYear, type CountableTimeInterval } from 'd3-time';

import { lowerBound, upperBound } from '@/domain/events/time-index';

interface BinUnit {
  interval: CountableTimeInterval;
  approxMs: number;
  label: string;
}

const H = 3_600_000;
const UNITS: BinUnit[] = [
  { interval: utcHour, approxMs: H, label: 'hour' },
  { interval: utcHour.every(3) as CountableTimeInterval, approxMs: 3 * H, label: '3 hours' },
  { interval: utcHour.every(6) as CountableTimeInterval, approxMs: 6 * H, label: '6 hours' },
  { interval: utcHour.every(12) as CountableTimeInterval, approxMs: 12 * H, label: '12 hours' },
  { interval: utcDay, approxMs: 24 * H, label: 'day' },
  { interval: utcWeek, approxMs: 7 * 24 * H, label: 'week' },
  { interval: utcMonth, approxMs: 30.4 * 24 * H, label: 'month' },
  { interval: utcMonth.every(3) as CountableTimeInterval, approxMs: 91 * 24 * H, label: 'quarter' },
  { interval: utcYear, approxMs: 365 * 24 * H, label: 'year' },
  {
    interval: utcYear.every(10) as CountableTimeInterval,
    approxMs: 3652 * 24 * H,
    label: 'decade',
  },
];

/**
 * The finest calendar unit that keeps bars at least `minBarPx` wide, and never finer than the
 * data itself: day-precision events are not split into hours.
 */
export function chooseBinUnit(
  domain: [number, number],
  width: number,
  finestMs = 0,
  minBarPx = 5.5,
): BinUnit {
  const msPerPx = (domain[1] - domain[0]) / Math.max(width, 1);
  return (
    UNITS.find((unit) => unit.approxMs >= finestMs * 0.99 && unit.approxMs / msPerPx >= minBarPx) ??
    (UNITS[UNITS.length - 1] as BinUnit)
  );
}

/** The shortest span among events, capped at a day: the finest unit worth binning by. */
export function finestResolution(events: readonly { start: number; end: number }[]): number {
  let finest = 24 * H;
  for (const event of events) {
    const span = event.end - event.start;
    if (span < finest) finest = span;
    if (finest <= 1) break;
  }
  return finest;
}

/** Calendar-aligned bin edges covering the domain. */
export function binEdges(domain: [number, number], unit: BinUnit): number[] {
  const first = unit.interval.floor(new Date(domain[0]));
  const edges = unit.interval.range(first, new Date(domain[1])).map(Number);
  if (edges[0] !== +first) edges.unshift(+first);
  edges.push(+unit.interval.offset(new Date(edges[edges.length - 1] as number), 1));
  return edges;
}

/**
 * counts[i] = how many sorted times fall in [edges[i], edges[i+1]). A binary search per edge:
 * the cost follows the number of bins, not the number of events.
 */
export function binCounts(sortedTimes: ArrayLike<number>, edges: readonly number[]): Uint32Array {
  const counts = new Uint32Array(Math.max(edges.length - 1, 0));
  let previous = lowerBound(sortedTimes, edges[0] as number);
  for (let i = 1; i < edges.length; i++) {
    const next = lowerBound(sortedTimes, edges[i] as number, previous);
    counts[i - 1] = next - previous;
    previous = next;
  }
  return counts;
}

/** Where an event sits on the timeline: from its start and end, UTC ms, to a time to draw at. */
export type EventPlace = (start: number, end: number) => number;

/** The middle of an event's span: where it sits when there are no bins to agree with. */
export const spanMiddle: EventPlace = (start, end) => (start + end) / 2;

/**
 * The one rule for where an event sits, shared by the bars that count it (by its start) and the
 * mark that draws it: in the bin where it starts, at the middle of the part of it inside that
 * bin. A date-only event sits at noon in day bars and at 00:30 in hour bars, an instant at its
 * instant, a month at mid-month in month bars: never over a bar that did not count it.
 */
export function binPlace(edges: readonly number[]): EventPlace {
  return (start, end) => {
    const binEnd = edges[upperBound(edges, start)] ?? Infinity;
    return (start + Math.min(end, binEnd)) / 2;
  };
}
