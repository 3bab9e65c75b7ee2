/** How each kind of value is spelt in a link: dates, a camera, lists, a data address. */
import { isoDayText, isoInstantText, parseIsoDate } from '@/domain/events/dates';
import { DAY } from '@/domain/time/units';
import type { Camera } from '@/store/slices/map-slice';

export const MAX_LIST_ITEMS = 100;

/** A value as a reason quotes it: cut short, so a long value does not swamp the notice. */
export const quote = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);

/** A date means the whole day: as a start it is its midnight, as an end the next midnight. */
export function parseBound(value: string, as: 'start' | 'end'): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return null;
  const parsed = parseIsoDate(value);
  if (!parsed) return null;
  if (parsed.resolution === 'instant') return parsed.start;
  return as === 'start' ? parsed.start : parsed.end;
}

/** Whole days as dates; anything finer as a minute- (or second-) precise UTC date-time. */
export function formatBound(ms: number, as: 'start' | 'end'): string {
  if (ms % DAY === 0) return isoDayText(as === 'end' ? ms - DAY : ms);
  return isoInstantText(ms);
}

export function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_LIST_ITEMS);
}

export function parseCamera(value: string): Camera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85.06 || lat > 85.06 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

export function formatCamera({ zoom, lat, lon }: Camera): string {
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `${trim(zoom, 2)}/${trim(lat, 4)}/${trim(lon, 4)}`;
}

/** Relative paths and absolute http(s) URLs only: no javascript:, data: or file:. */
export function isAllowedDataUrl(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return /^https?:\/\//i.test(value);
  return !value.startsWith('//') && ![...value].some((char) => char.charCodeAt(0) < 0x20);
}

/** `1` or `true` is on; anything else (`0`, `no`) is off. */
export const isOn = (value: string) => value === '1' || value === 'true';
