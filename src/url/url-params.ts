/**
 * One descriptor per key of a link (docs/url.md): how its value is read and written, what it is
 * when the link leaves it out, and whether changing it is a step for the Back button. The parser,
 * the writer, the keys' order and the history rule are all derived from this list.
 */
import { WINDOW_MODES, type WindowMode } from '@/domain/events/time-window';
import type { Camera } from '@/store/slices/map-slice';
import {
  LANE_MODES,
  PLAYBACK_SPEEDS,
  TIME_DEFAULTS,
  type LaneMode,
  type PlaybackSpeed,
} from '@/store/slices/time-slice';

import {
  formatBound,
  formatCamera,
  isAllowedDataUrl,
  isOn,
  parseBound,
  parseCamera,
  splitList,
} from './url-values';

export interface UrlState {
  /** Window start, UTC ms (inclusive). */
  from?: number;
  /** Window end, UTC ms (exclusive). */
  to?: number;
  mode?: WindowMode;
  categories?: string[];
  actors?: string[];
  query?: string;
  event?: string;
  camera?: Camera;
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
  /** The story being told (its id), and its step, 1-based. */
  story?: string;
  step?: number;
}

export const MAX_QUERY_LENGTH = 200;

/** What the view shows for a key a link leaves out (the store's own starting values): never written. */
export const URL_DEFAULTS = {
  mode: TIME_DEFAULTS.mode,
  lanes: TIME_DEFAULTS.lanes,
  speed: TIME_DEFAULTS.speed,
  playing: TIME_DEFAULTS.playing,
  inView: false,
  embed: false,
} as const satisfies UrlState;

type Value<F extends keyof UrlState> = NonNullable<UrlState[F]>;

export interface UrlParam<F extends keyof UrlState = keyof UrlState> {
  key: string;
  field: F;
  /** The value a link's text stands for; null when it stands for none (then `ignored` says why). */
  read: (text: string) => Value<F> | null;
  /** Why a text `read` refused was ignored; `quoted` is the text as a notice shows it. */
  ignored?: (quoted: string) => string;
  /** The value as a link spells it; undefined or '' leaves the key out. */
  write: (value: Value<F>, state: UrlState) => string | undefined;
  default?: Value<F>;
  /** A change is a step worth a Back-button entry; the others (moves, scrubbing) replace it. */
  discrete: boolean;
  /** Its empty value means something (an empty `cat=`: no category at all); others' mean nothing. */
  keepsEmpty?: true;
}

/** "a, b or c", as the reasons list the values a key takes. */
const oneOf = (values: readonly string[]) =>
  values.length > 1 ? `${values.slice(0, -1).join(', ')} or ${values.at(-1)}` : (values[0] ?? '');

const among =
  <T extends string>(values: readonly T[]) =>
  (text: string): T | null =>
    values.includes(text as T) ? (text as T) : null;

const param = <F extends keyof UrlState>(descriptor: UrlParam<F>) => descriptor;

const flag = <F extends 'playing' | 'inView' | 'embed'>(key: string, field: F, discrete = true) =>
  param({ key, field, read: isOn, write: () => '1', default: URL_DEFAULTS[field], discrete });

/** A key that takes one of a few words; its default is left out of the link. */
const choice = <F extends 'mode' | 'lanes' | 'speed'>(
  key: string,
  field: F,
  values: readonly Value<F>[],
) =>
  param({
    key,
    field,
    read: among(values),
    ignored: (quoted) => `${key} ${quoted} is not ${oneOf(values)}`,
    write: (value) => value,
    default: URL_DEFAULTS[field],
    discrete: true,
  });

const bound = (key: 'from' | 'to', as: 'start' | 'end') =>
  param({
    key,
    field: key,
    read: (text) => parseBound(text, as),
    ignored: (quoted) => `${key} ${quoted} is not a date (use YYYY-MM-DD)`,
    write: (ms) => (Number.isFinite(ms) ? formatBound(ms, as) : undefined),
    discrete: false,
  });

function readDomain(text: string): [number, number] | null {
  const parts = text.split('/');
  const [a = '', b = ''] = parts;
  const start = parseBound(a, 'start');
  const end = parseBound(b, 'end');
  // A third date is not silently dropped: the link meant something else, so it says so.
  if (parts.length !== 2 || start === null || end === null || end <= start) return null;
  return [start, end];
}

/** Every key, in the order a link writes them, so the same view always gives the same link. */
export const URL_PARAMS = [
  param({
    key: 'data',
    field: 'data',
    read: (text) => (isAllowedDataUrl(text) ? text : null),
    ignored: (quoted) => `data ${quoted} is not an http(s) address`,
    write: (url) => url,
    discrete: true,
  }),
  param({
    key: 'read',
    field: 'read',
    // The full check is the dataset worker's (reading-param.ts): its code is not needed at first paint.
    read: (text) => (/(^|;)date:[^;]/.test(text) && /(^|;)title:[^;]/.test(text) ? text : null),
    ignored: (quoted) => `read ${quoted} is not a reading (it needs a date and a title)`,
    write: (reading, state) => (state.data ? reading : undefined),
    discrete: true,
  }),
  param({ key: 'story', field: 'story', read: (id) => id, write: (id) => id, discrete: true }),
  param({
    key: 'step',
    field: 'step',
    read: (text) => (/^[1-9]\d{0,5}$/.test(text) ? Number(text) : null),
    ignored: (quoted) => `step ${quoted} is not a step number (1, 2, 3…)`,
    write: (step, state) => (state.story ? String(step) : undefined),
    default: 1,
    discrete: true,
  }),
  bound('from', 'start'),
  bound('to', 'end'),
  choice('mode', 'mode', WINDOW_MODES),
  param({
    key: 'cat',
    field: 'categories',
    read: splitList,
    write: (ids) => ids.join(','),
    discrete: true,
    keepsEmpty: true,
  }),
  param({
    key: 'actor',
    field: 'actors',
    read: splitList,
    write: (names) => names.join(','),
    discrete: true,
  }),
  param({
    key: 'q',
    field: 'query',
    read: (text) => (text.length > MAX_QUERY_LENGTH ? null : text),
    ignored: () => `the search text is longer than ${MAX_QUERY_LENGTH} characters`,
    write: (query) => query,
    discrete: true,
  }),
  param({ key: 'event', field: 'event', read: (id) => id, write: (id) => id, discrete: true }),
  param({
    key: 'map',
    field: 'camera',
    read: parseCamera,
    ignored: (quoted) => `map ${quoted} is not zoom/latitude/longitude within range`,
    write: formatCamera,
    discrete: false,
  }),
  param({
    key: 't',
    field: 'domain',
    read: readDomain,
    ignored: (quoted) => `t ${quoted} is not a start/end date pair`,
    write: ([start, end]) => `${formatBound(start, 'start')}/${formatBound(end, 'end')}`,
    discrete: false,
  }),
  choice('lanes', 'lanes', LANE_MODES),
  choice('speed', 'speed', PLAYBACK_SPEEDS),
  flag('play', 'playing'),
  flag('inview', 'inView'),
  flag('embed', 'embed'),
] as const;

export type AnyUrlParam = (typeof URL_PARAMS)[number];

/** Keys whose change is a step worth a Back-button entry; the rest (moves, scrubbing) replace it. */
export const DISCRETE_KEYS: readonly string[] = URL_PARAMS.filter((p) => p.discrete).map(
  (p) => p.key,
);
