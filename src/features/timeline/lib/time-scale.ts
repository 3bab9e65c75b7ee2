import { scaleUtc, type ScaleTime } from 'd3-scale';
import { utcDay, utcHour, utcMinute, utcMonth, utcYear } from 'd3-time';
import { utcFormat } from 'd3-time-format';

import { DAY, HOUR } from '@/domain/time/units';
import { utcFormatFullYear } from '@/utils/time-format';

export type TimeScale = ScaleTime<number, number>;

/** The data's extent with room on both sides, so the first and last marks are not cut in half. */
export function paddedExtent([start, end]: [number, number], fraction = 0.03): [number, number] {
  const span = Math.max(end - start, DAY);
  const pad = span * fraction;
  return [start - pad, start + span + pad];
}

export function createTimeScale(domain: [number, number], range: [number, number]): TimeScale {
  return scaleUtc().domain(domain).range(range);
}

/**
 * The scale as plain arithmetic (a UTC time scale is linear in milliseconds): the same positions
 * without d3's work per call, for loops over a million events.
 */
export function linearPositions(scale: TimeScale): (ms: number) => number {
  const [d0 = 0, d1 = 1] = scale.domain().map(Number);
  const [r0 = 0, r1 = 1] = scale.range();
  // As d3 does for a domain of one instant: everything at the middle.
  if (d1 === d0) return () => (r0 + r1) / 2;
  const perMs = (r1 - r0) / (d1 - d0);
  return (ms) => r0 + (ms - d0) * perMs;
}

const formatYear = utcFormatFullYear('%Y', { padded: false });
const formatMonth = utcFormat('%b');
const formatMonthYear = utcFormatFullYear('%b %Y', { padded: false });
const formatDay = utcFormat('%-d %b');
const formatHour = utcFormat('%H:%M');

/** One label per tick, as short as its resolution allows, so labels never run into each other. */
export function formatTick(date: Date): string {
  if (utcMinute(date) < date) return utcFormat('%H:%M:%S')(date);
  if (utcHour(date) < date) return formatHour(date);
  if (utcDay(date) < date) return formatHour(date);
  if (utcMonth(date) < date) return formatDay(date);
  if (utcYear(date) < date) return formatMonth(date);
  return formatYear(date);
}

/**
 * Labels that are never ambiguous: the first tick, and the first of each year, also name the year;
 * a new year on a month or day axis reads "Jan 2024" or "1 Jan 2024", not a bare "2024".
 */
export function tickLabels(ticks: Date[]): string[] {
  const step = ticks.length > 1 ? +(ticks[1] as Date) - +(ticks[0] as Date) : Infinity;
  return ticks.map((tick, i) => {
    let label = formatTick(tick);
    const bareYear = /^-?\d+$/.test(label);
    if (bareYear && step >= 300 * DAY) return label;
    if (bareYear) label = step < 28 * DAY ? formatDay(tick) : formatMonth(tick);
    const startsYear =
      tick.getUTCMonth() === 0 && tick.getUTCDate() === 1 && tick.getUTCHours() === 0;
    if (i === 0 || startsYear) {
      if (/^[A-Z][a-z]{2}$/.test(label)) return formatMonthYear(tick);
      if (/^\d{1,2} [A-Z][a-z]{2}$/.test(label)) return `${label} ${tick.getUTCFullYear()}`;
      if (/^\d{2}:\d{2}/.test(label)) return `${formatDay(tick)} ${label}`;
    }
    return label;
  });
}

/** About one tick per 90 px keeps labels like "Sep 2023" apart. */
export function tickCount(width: number): number {
  return Math.max(2, Math.floor(width / 90));
}

/** Snaps a time to the nearest day, or hour when zoomed in far enough to care. */
export function snapTime(ms: number, msPerPixel: number): number {
  const unit = msPerPixel > HOUR / 4 ? DAY : HOUR;
  return Math.round(ms / unit) * unit;
}
