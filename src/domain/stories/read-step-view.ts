/**
 * A step's view, checked when its file loads: read as a link is (url-schema.ts), against the
 * dataset it is in (apply-view.ts), and kept as the link of what could be used, so that the
 * player applies exactly what the Data problems report says it will.
 */
import { show } from '@/domain/events/schema-parts';
import { safeHttpUrl } from '@/domain/events/safe-url';
import type { Dataset } from '@/domain/events/types';
import { countOf } from '@/utils/plural';
import { dataPatch } from '@/url/apply-view';
import { URL_PARAMS } from '@/url/url-params';
import { parseUrlState, serializeUrlState, type UrlState } from '@/url/url-schema';

import { STEP_VIEW_EXCLUDED_KEYS } from './types';

type ExcludedKey = (typeof STEP_VIEW_EXCLUDED_KEYS)[number];

const WHY_EXCLUDED: Record<ExcludedKey, string> = {
  data: 'a step shows the dataset it is in',
  read: 'a step shows the dataset it is in',
  story: 'a step is already in its story',
  step: 'a step is already in its story',
  embed: 'the page stays as its reader has it',
};

const LINK_KEYS = new Set<string>(URL_PARAMS.map((param) => param.key));

/** What one view may report: enough to mend it, however many keys a hostile view repeats. */
export const MAX_VIEW_PROBLEMS = 10;

/**
 * The query a view means: as written, after a leading "?", or that of a whole http(s) link (an
 * author may paste the address bar). Any other text is read as a query string.
 */
export function queryOf(written: string): string {
  if (written.startsWith('?')) return written.slice(1);
  if (/^https?:\/\//i.test(written)) {
    const href = safeHttpUrl(written);
    if (href) return new URL(href).search.slice(1);
  }
  return written;
}

/** "a", "b", "c" and 4 more: a list a message can hold, however long the file's. */
export function quoteSome(values: readonly string[], max = 5): string {
  const shown = values.slice(0, max).map(show).join(', ');
  return values.length > max
    ? `${shown} and ${(values.length - max).toLocaleString('en')} more`
    : shown;
}

export interface StepView {
  /** The normalised query string (no "?") of what the view keeps. */
  view: string;
  /** What was left out, and why, in the words a link's notice uses. */
  leftOut: string[];
}

/** The names the dataset has, as the step will apply them; the others left out. */
function keepNames(state: UrlState, dataset: Dataset): string[] {
  const { patch, ignored } = dataPatch(state, dataset, null);
  if (patch.categories) state.categories = patch.categories;
  else delete state.categories;
  if (patch.actors.length) state.actors = patch.actors;
  else delete state.actors;
  if (patch.selectedId) state.event = patch.selectedId;
  else delete state.event;
  return ignored;
}

export function readStepView(written: string, dataset: Dataset): StepView {
  const leftOut: string[] = [];
  const params = new URLSearchParams(queryOf(written));
  for (const key of STEP_VIEW_EXCLUDED_KEYS) {
    if (!params.has(key)) continue;
    leftOut.push(`${key} is not allowed in a step's view (${WHY_EXCLUDED[key]})`);
    params.delete(key);
  }
  const unknown = [...new Set(params.keys())].filter((key) => !LINK_KEYS.has(key));
  if (unknown.length) {
    leftOut.push(
      `${quoteSome(unknown)} ${unknown.length > 1 ? 'are not keys' : 'is not a key'} of a Chronomap link`,
    );
  }
  const { state, ignored } = parseUrlState(params.toString());
  leftOut.push(...ignored, ...keepNames(state, dataset));
  if (leftOut.length > MAX_VIEW_PROBLEMS) {
    const more = leftOut.length - MAX_VIEW_PROBLEMS + 1;
    leftOut.splice(MAX_VIEW_PROBLEMS - 1, Infinity, `${countOf(more, 'more part')} it cannot use`);
  }
  return { view: serializeUrlState(state), leftOut };
}
