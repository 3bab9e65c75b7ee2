/**
 * Times of day as files write them, apart from the date (a "time" column) or after it
 * ("2024-01-10 06:30", "10/01/2024 2:30 PM", "Wed, 10 Jan 2024 06:30:00 +0000").
 */
import { zoneOffsetMinutes } from '../events/dates';

import { pad2 } from './calendar';

export interface TimeOfDay {
  /** Milliseconds since midnight. */
  ms: number;
  /** `Z` or `+HH:MM`; null when the time names no zone (then it is read as UTC). */
  zone: string | null;
}

const ZONE = String.raw`(z|utc|gmt|[+-]\d{2}(?::?\d{2})?)`;
const MERIDIEM = String.raw`(?:([ap])\.?\s?m\.?)`;
const CLOCK = new RegExp(
  String.raw`^(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*${MERIDIEM}?\s*${ZONE}?$`,
  'i',
);
const HOUR_AND_MERIDIEM = new RegExp(String.raw`^(\d{1,2})\s*${MERIDIEM}$`, 'i');
/** HHMM without a colon, as ACLED-like exports and military notation write it. */
const COMPACT = new RegExp(String.raw`^(\d{1,2})(\d{2})\s*${ZONE}?$`, 'i');

/**
 * A zone as the parser wants it (`Z` or `+HH:MM`), or null when it is no real offset (the rule
 * is `zoneOffsetMinutes`'s, the same for Chronomap's own dates).
 */
export function normalizeZone(zone: string): string | null {
  const upper = zone.toUpperCase();
  if (upper === 'Z' || upper === 'UTC' || upper === 'GMT') return 'Z';
  const offset = zoneOffsetMinutes(zone);
  if (offset === null) return null;
  const size = Math.abs(offset);
  return `${zone[0]}${pad2(Math.floor(size / 60))}:${pad2(size % 60)}`;
}

function timeOf(
  hourText: string,
  minuteText: string | undefined,
  secondText: string | undefined,
  fraction: string | undefined,
  meridiem: string | undefined,
  zoneText: string | undefined,
): TimeOfDay | null {
  let hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (meridiem !== undefined) {
    // 12 AM is midnight and 12 PM noon; "0 PM" or "13 PM" mean nothing.
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  const zone = zoneText === undefined ? null : normalizeZone(zoneText);
  if (zone === null && zoneText !== undefined) return null;
  const ms = fraction === undefined ? 0 : Number(fraction.slice(0, 3).padEnd(3, '0'));
  return { ms: ((hour * 60 + minute) * 60 + second) * 1000 + ms, zone };
}

/** Reads `14:30`, `14:30:05.250`, `2:30 PM`, `2 pm`, `0230`, `14:30Z`, `14:30 +03:00`; else null. */
export function readTimeOfDay(cell: string): TimeOfDay | null {
  const text = cell.trim();
  const clock = CLOCK.exec(text);
  if (clock) return timeOf(clock[1] ?? '', clock[2], clock[3], clock[4], clock[5], clock[6]);
  const compact = COMPACT.exec(text);
  if (compact)
    return timeOf(compact[1] ?? '', compact[2], undefined, undefined, undefined, compact[3]);
  const hour = HOUR_AND_MERIDIEM.exec(text);
  if (hour) return timeOf(hour[1] ?? '', undefined, undefined, undefined, hour[2], undefined);
  return null;
}

/**
 * A date cell that ends in a time of day, split into the two: the time must have a colon, so
 * nothing else a date cell holds (epoch numbers, serial days, "20240110") is mistaken for one,
 * and a "T" separates only after a digit, so "10 OCT 12:30" keeps its month.
 */
const DATE_THEN_TIME = /^(.*?[^\s,])(?:[\s,]+|(?<=\d)[Tt])(\d{1,2}:\d{2}\S*(?:\s+\S+){0,2})$/;

export function splitTimeOfDay(text: string): { date: string; time: string } | null {
  if (!text.includes(':')) return null;
  const match = DATE_THEN_TIME.exec(text);
  return match ? { date: match[1] ?? '', time: match[2] ?? '' } : null;
}
