import { utcDay } from 'd3-time';
import { utcFormat } from 'd3-time-format';

import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';

const fourDigitYear = utcFormat('%Y');

/**
 * A d3 UTC format whose `%Y` is the whole year: d3 keeps four digits, so year 10000 would read
 * "0000" (a timeline padded past a year-9999 date reaches it). Unpadded, the year is written as
 * a number ("0", "500"), as an axis should: "0000" at the start of a timeline reads as no date.
 */
export function utcFormatFullYear(
  specifier: string,
  { padded = true }: { padded?: boolean } = {},
): (date: Date) => string {
  const parts = specifier.split('%Y').map((part) => utcFormat(part));
  return (date) => {
    const year = date.getUTCFullYear();
    const text = year > 9999 || !padded ? String(year) : fourDigitYear(date);
    return parts.map((format) => format(date)).join(text);
  };
}

const formatDate = utcFormatFullYear('%-d %b %Y');
const formatDateTime = utcFormatFullYear('%-d %b %Y %H:%M');
const formatMonth = utcFormatFullYear('%B %Y');
const formatYear = utcFormatFullYear('%Y');

/** "1 Jan 2024"; with the time when it is not midnight UTC. */
export function formatInstant(ms: number): string {
  const date = new Date(ms);
  return utcDay(date) < date ? formatDateTime(date) : formatDate(date);
}

/** A [start, end) window as people say it: "1 Jan 2024 – 31 Jan 2024" (end inclusive). */
export function formatWindow(start: number, end: number): string {
  const endIsMidnight = end % DAY === 0;
  const startIsMidnight = start % DAY === 0;
  if (endIsMidnight && startIsMidnight) {
    const last = end - DAY;
    if (last <= start) return formatDate(new Date(start));
    return `${formatDate(new Date(start))} – ${formatDate(new Date(last))}`;
  }
  return `${formatInstant(start)} – ${formatInstant(end)}`;
}

/** The last moment a [start, end) window covers, as a date: "31 Jan 2024". */
export function formatWindowEnd(end: number): string {
  return end % DAY === 0 ? formatDate(new Date(end - DAY)) : formatInstant(end);
}

/** An event's date as a reader should understand it, precision included. */
export function formatEventDate(
  event: Pick<ChronoEvent, 'start' | 'end' | 'datePrecision' | 'endDate'>,
): string {
  if (event.datePrecision === 'month') return formatMonth(new Date(event.start));
  if (event.datePrecision === 'year') return formatYear(new Date(event.start));
  const span = event.end - event.start;
  const text = span <= DAY ? formatInstant(event.start) : formatWindow(event.start, event.end);
  return event.datePrecision === 'approximate' ? `about ${text}` : text;
}

/** Local wall-clock date and time at the place, e.g. "10 Jan 2024, 04:00 (UTC+4)". */
export function formatInZone(ms: number, timeZone: string): string | null {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
      timeZoneName: 'shortOffset',
    }).formatToParts(new Date(ms));
    const get = (type: string) => parts.find((part) => part.type === type)?.value ?? '';
    const offset = get('timeZoneName').replace('GMT', 'UTC') || 'UTC';
    return `${get('day')} ${get('month')} ${get('year')}, ${get('hour')}:${get('minute')} (${offset})`;
  } catch {
    return null;
  }
}
