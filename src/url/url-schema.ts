/**
 * The URL contract (docs/url.md): a pure parse/serialise pair over the keys of url-params.ts.
 * Human-readable keys, defaults left out, unknown keys ignored, invalid values dropped with a
 * note saying what was ignored.
 */
import { URL_PARAMS, type AnyUrlParam, type UrlState } from './url-params';
import { formatBound, quote } from './url-values';

export type { UrlState } from './url-params';
export { MAX_QUERY_LENGTH } from './url-params';
export { formatBound, formatCamera, isAllowedDataUrl, MAX_LIST_ITEMS } from './url-values';

export interface ParsedUrl {
  state: UrlState;
  /** What was ignored and why, for the notice. */
  ignored: string[];
}

export const MAX_VALUE_LENGTH = 2000;

const PARAMS_BY_KEY = new Map<string, AnyUrlParam>(URL_PARAMS.map((p) => [p.key, p]));

/** Fills the param's part of the state, or returns why the value was ignored. */
function readParam(param: AnyUrlParam, text: string, state: UrlState): string | null {
  const value = param.read(text);
  if (value === null) return param.ignored?.(quote(text)) ?? null;
  // Each param fills its own field with its own type; TypeScript cannot tie the two in a union.
  (state as Record<string, unknown>)[param.field] = value;
  return null;
}

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
    const param = PARAMS_BY_KEY.get(key);
    if (!param) continue;
    if (raw.length > MAX_VALUE_LENGTH) {
      note(`${key} is too long (over ${MAX_VALUE_LENGTH.toLocaleString('en')} characters)`);
      continue;
    }
    const value = raw.trim();
    if (value === '' && !param.keepsEmpty) continue;
    const problem = readParam(param, value, state);
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

/** The param's text in a link, or undefined when the link leaves it out. */
function writeParam(param: AnyUrlParam, state: UrlState): string | undefined {
  const value = state[param.field];
  if (value === undefined || value === param.default) return undefined;
  // As in readParam: the field's value has the param's own type.
  const text = (param.write as (value: unknown, state: UrlState) => string | undefined)(
    value,
    state,
  );
  return text === '' && !param.keepsEmpty ? undefined : text;
}

/** Writes a query string (without "?"), leaving defaults out. */
export function serializeUrlState(state: UrlState): string {
  return URL_PARAMS.flatMap((param) => {
    const text = writeParam(param, state);
    return text === undefined ? [] : [`${param.key}=${encode(text)}`];
  }).join('&');
}
