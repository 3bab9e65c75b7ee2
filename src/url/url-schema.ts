/**
 * The URL contract (docs/url.md): a pure parse/serialise pair. Human-readable keys, defaults left
 * out, unknown keys ignored, invalid values dropped with a note saying what was ignored.
 */
import { parseIsoDate } from '@/domain/events/dates';
import { DAY, MINUTE, SECOND } from '@/domain/time/units';

export type LaneMode = 'category' | 'actor' | 'country';
export type PlaybackSpeed = 'day' | 'week' | 'month';

export interface UrlCamera {
  zoom: number;
  lat: number;
  lon: number;
}

export interface UrlState {
  /** Window start, UTC ms (inclusive). */
  from?: number;
  /** Window end, UTC ms (exclusive). */
  to?: number;
  mode?: 'window' | 'cumulative';
  categories?: string[];
  actors?: string[];
  query?: string;
  event?: string;
  camera?: UrlCamera;
  /** The timeline's visible domain. */
  domain?: [number, number];
  lanes?: LaneMode;
  speed?: PlaybackSpeed;
  playing?: boolean;
  inView?: boolean;
  data?: string;
  /** How to read `data` when it is not in Chronomap's format (reading-param.ts). */
  read?: string;
  embed?: boolean;
}

export interface ParsedUrl {
  state: UrlState;
  /** What was ignored and why, for the notice. */
  ignored: string[];
}

export const MAX_VALUE_LENGTH = 2000;
export const MAX_QUERY_LENGTH = 200;
export const MAX_LIST_ITEMS = 100;
const SPEEDS: readonly PlaybackSpeed[] = ['day', 'week', 'month'];
const LANES: readonly LaneMode[] = ['category', 'actor', 'country'];

/** The order keys appear in, so the same view always gives the same link. */
const KEY_ORDER = [
  'data',
  'read',
  'from',
  'to',
  'mode',
  'cat',
  'actor',
  'q',
  'event',
  'map',
  't',
  'lanes',
  'speed',
  'play',
  'inview',
  'embed',
];

const quote = (value: string) =>
  JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}…` : value);

/** A date means the whole day: as a start it is its midnight, as an end the next midnight. */
function parseBound(value: string, as: 'start' | 'end'): number | null {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(value)) return null;
  const parsed = parseIsoDate(value);
  if (!parsed) return null;
  if (parsed.resolution === 'instant') return parsed.start;
  return as === 'start' ? parsed.start : parsed.end;
}

function formatIsoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Whole days as dates; anything finer as a minute- (or second-) precise UTC date-time. */
function formatInstant(ms: number): string {
  const iso = new Date(ms).toISOString();
  if (ms % MINUTE === 0) return `${iso.slice(0, 16)}Z`;
  if (ms % SECOND === 0) return `${iso.slice(0, 19)}Z`;
  return iso;
}

export function formatBound(ms: number, as: 'start' | 'end'): string {
  if (ms % DAY === 0) return formatIsoDay(as === 'end' ? ms - DAY : ms);
  return formatInstant(ms);
}

function splitList(value: string): string[] {
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean),
    ),
  ].slice(0, MAX_LIST_ITEMS);
}

function parseCamera(value: string): UrlCamera | null {
  const parts = value.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return null;
  const [zoom, lat, lon] = parts.map(Number) as [number, number, number];
  if (zoom < 0 || zoom > 22 || lat < -85.06 || lat > 85.06 || lon < -180 || lon > 180) return null;
  return { zoom, lat, lon };
}

export function formatCamera({ zoom, lat, lon }: UrlCamera): string {
  const trim = (n: number, digits: number) => String(Number(n.toFixed(digits)));
  return `${trim(zoom, 2)}/${trim(lat, 4)}/${trim(lon, 4)}`;
}

/** Relative paths and absolute http(s) URLs only: no javascript:, data: or file:. */
export function isAllowedDataUrl(value: string): boolean {
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return /^https?:\/\//i.test(value);
  return !value.startsWith('//') && ![...value].some((char) => char.charCodeAt(0) < 0x20);
}

type Reader = (value: string, state: UrlState) => string | null;

/** Each reader fills its part of the state, or returns why the value was ignored. */
const READERS: Record<string, Reader> = {
  from: (value, state) => {
    const start = parseBound(value, 'start');
    if (start === null) return `from ${quote(value)} is not a date (use YYYY-MM-DD)`;
    state.from = start;
    return null;
  },
  to: (value, state) => {
    const end = parseBound(value, 'end');
    if (end === null) return `to ${quote(value)} is not a date (use YYYY-MM-DD)`;
    state.to = end;
    return null;
  },
  mode: (value, state) => {
    if (value !== 'window' && value !== 'cumulative')
      return `mode ${quote(value)} is not window or cumulative`;
    state.mode = value;
    return null;
  },
  cat: (value, state) => {
    state.categories = splitList(value);
    return null;
  },
  actor: (value, state) => {
    state.actors = splitList(value);
    return null;
  },
  q: (value, state) => {
    if (value.length > MAX_QUERY_LENGTH)
      return `the search text is longer than ${MAX_QUERY_LENGTH} characters`;
    state.query = value;
    return null;
  },
  event: (value, state) => {
    state.event = value;
    return null;
  },
  map: (value, state) => {
    const camera = parseCamera(value);
    if (!camera) return `map ${quote(value)} is not zoom/latitude/longitude within range`;
    state.camera = camera;
    return null;
  },
  t: (value, state) => {
    const parts = value.split('/');
    const [a = '', b = ''] = parts;
    const start = parseBound(a, 'start');
    const end = parseBound(b, 'end');
    // A third date is not silently dropped: the link meant something else, so it says so.
    if (parts.length !== 2 || start === null || end === null || end <= start)
      return `t ${quote(value)} is not a start/end date pair`;
    state.domain = [start, end];
    return null;
  },
  lanes: (value, state) => {
    if (!LANES.includes(value as LaneMode))
      return `lanes ${quote(value)} is not category, actor or country`;
    state.lanes = value as LaneMode;
    return null;
  },
  speed: (value, state) => {
    if (!SPEEDS.includes(value as PlaybackSpeed))
      return `speed ${quote(value)} is not day, week or month`;
    state.speed = value as PlaybackSpeed;
    return null;
  },
  play: (value, state) => {
    state.playing = value === '1' || value === 'true';
    return null;
  },
  inview: (value, state) => {
    state.inView = value === '1' || value === 'true';
    return null;
  },
  data: (value, state) => {
    if (!isAllowedDataUrl(value)) return `data ${quote(value)} is not an http(s) address`;
    state.data = value;
    return null;
  },
  read: (value, state) => {
    // The full check is the dataset worker's (reading-param.ts): its code is not needed at first paint.
    if (!/(^|;)date:[^;]/.test(value) || !/(^|;)title:[^;]/.test(value))
      return `read ${quote(value)} is not a reading (it needs a date and a title)`;
    state.read = value;
    return null;
  },
  embed: (value, state) => {
    state.embed = value === '1' || value === 'true';
    return null;
  },
};

/** Reads a query string. Never throws: what cannot be used is listed in `ignored`. */
export function parseUrlState(search: string): ParsedUrl {
  const state: UrlState = {};
  const ignored: string[] = [];
  let params: URLSearchParams;
  try {
    // However long the link, each value is checked on its own: one oversized value costs only
    // itself (reading the whole query is linear, and browsers cap an address at a few MB).
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: ['the link could not be read'] };
  }
  const note = (problem: string) => {
    if (!ignored.includes(problem)) ignored.push(problem);
  };
  for (const [key, raw] of params) {
    const reader = READERS[key];
    if (!reader) continue;
    if (raw.length > MAX_VALUE_LENGTH) {
      note(`${key} is too long (over ${MAX_VALUE_LENGTH.toLocaleString('en')} characters)`);
      continue;
    }
    const value = raw.trim();
    // An empty `cat=` means no category at all; other empty values mean nothing.
    if (value === '' && key !== 'cat') continue;
    const problem = reader(value, state);
    if (problem) note(problem);
  }
  if (state.from !== undefined && state.to !== undefined && state.from >= state.to) {
    ignored.push(
      `from ${formatBound(state.from, 'start')} is after to ${formatBound(state.to, 'end')}`,
    );
    delete state.from;
    delete state.to;
  }
  return { state, ignored };
}

function encode(value: string): string {
  // Keep links readable: commas, slashes and colons need no escaping in a query value.
  return encodeURIComponent(value)
    .replace(/%2C/gi, ',')
    .replace(/%2F/gi, '/')
    .replace(/%3A/gi, ':')
    .replace(/%3B/gi, ';')
    .replace(/%7B/gi, '{')
    .replace(/%7D/gi, '}');
}

/** Writes a query string (without "?"), leaving defaults out. */
export function serializeUrlState(state: UrlState): string {
  const entries: [string, string][] = [];
  const add = (key: string, value: string | undefined | false) => {
    if (value) entries.push([key, value]);
  };
  add('data', state.data);
  add('read', state.data && state.read);
  if (state.from !== undefined && Number.isFinite(state.from))
    add('from', formatBound(state.from, 'start'));
  if (state.to !== undefined && Number.isFinite(state.to)) add('to', formatBound(state.to, 'end'));
  add('mode', state.mode === 'cumulative' && 'cumulative');
  if (state.categories) entries.push(['cat', state.categories.join(',')]);
  add('actor', state.actors?.length ? state.actors.join(',') : undefined);
  add('q', state.query);
  add('event', state.event);
  add('map', state.camera && formatCamera(state.camera));
  add(
    't',
    state.domain &&
      `${formatBound(state.domain[0], 'start')}/${formatBound(state.domain[1], 'end')}`,
  );
  add('lanes', state.lanes !== 'category' && state.lanes);
  add('speed', state.speed !== 'week' && state.speed);
  add('play', state.playing && '1');
  add('inview', state.inView && '1');
  add('embed', state.embed && '1');
  entries.sort((a, b) => KEY_ORDER.indexOf(a[0]) - KEY_ORDER.indexOf(b[0]));
  return entries.map(([key, value]) => `${key}=${encode(value)}`).join('&');
}
