import { STEP_VIEW_EXCLUDED_KEYS } from '@/domain/stories/types';
import type { AppState } from '@/store/app-store';

import { URL_PARAMS, type UrlState } from './url-params';
import { serializeUrlState } from './url-schema';
import { urlStateOf } from './url-state';

const excluded: readonly string[] = STEP_VIEW_EXCLUDED_KEYS;
/** The fields of the link's state that a step's view leaves out (the data, the story, the page). */
const EXCLUDED_FIELDS = URL_PARAMS.filter((param) => excluded.includes(param.key)).map(
  (param) => param.field,
);

/**
 * The current view as a story step's `view`: the query string the link would carry, without
 * what names the data, the story or the page, so the step opens the same way in any copy of the
 * dataset and in an embedded player.
 */
export function stepViewOf(state: AppState): string {
  const view: UrlState = { ...urlStateOf(state) };
  for (const field of EXCLUDED_FIELDS) delete view[field];
  return serializeUrlState(view);
}
