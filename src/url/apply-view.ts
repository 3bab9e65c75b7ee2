/**
 * What a link's view does to the store, as patches: url-sync applies a link's at start and on
 * Back/Forward, and a story's step applies its own the same way (story-view.ts), in one change.
 */
import type { TimeWindow } from '@/domain/events/time-window';
import type { Dataset } from '@/domain/events/types';
import type { AppState } from '@/store/app-store';

import { URL_DEFAULTS, type UrlState } from './url-params';

/** The parts of a link that do not depend on the data; absent keys mean defaults. */
export function viewPatch(state: UrlState): Partial<AppState> {
  return {
    window:
      state.from !== undefined && state.to !== undefined
        ? { start: state.from, end: state.to }
        : null,
    mode: state.mode ?? URL_DEFAULTS.mode,
    query: state.query ?? '',
    camera: state.camera ?? null,
    cameraOrigin: 'app',
    domain: state.domain ?? null,
    lanes: state.lanes ?? URL_DEFAULTS.lanes,
    speed: state.speed ?? URL_DEFAULTS.speed,
    playing: state.playing ?? URL_DEFAULTS.playing,
    inView: state.inView ?? URL_DEFAULTS.inView,
    embed: state.embed ?? URL_DEFAULTS.embed,
  };
}

export interface DataPatch {
  patch: Pick<AppState, 'categories' | 'actors' | 'selectedId' | 'window'>;
  /** What the link named that this dataset does not have. */
  ignored: string[];
}

const quoteAll = (values: string[]) => values.map((value) => JSON.stringify(value)).join(', ');

/**
 * The parts that name things in the dataset (event, categories, actors, a one-sided window),
 * checked against it: what does not exist is dropped and reported. `window` is the window the
 * view patch gave, which a one-sided link completes with the edge of the data.
 */
export function dataPatch(state: UrlState, dataset: Dataset, window: TimeWindow | null): DataPatch {
  const ignored: string[] = [];
  const categoryIds = new Set(dataset.categories.map((c) => c.id));
  let categories: string[] | null = null;
  if (state.categories) {
    const unknown = state.categories.filter((id) => !categoryIds.has(id));
    if (unknown.length) ignored.push(`no category ${quoteAll(unknown)} in this dataset`);
    categories = state.categories.filter((id) => categoryIds.has(id));
    if (categories.length === categoryIds.size) categories = null;
    if (categories?.length === 0 && state.categories.length > 0) categories = null;
  }
  const actorNames = new Set(dataset.actors.map((a) => a.name));
  const unknownActors = (state.actors ?? []).filter((name) => !actorNames.has(name));
  if (unknownActors.length) ignored.push(`no actor ${quoteAll(unknownActors)} in this dataset`);
  const actors = (state.actors ?? []).filter((name) => actorNames.has(name));
  let selectedId: string | null = null;
  if (state.event) {
    if (dataset.byId.has(state.event)) selectedId = state.event;
    else ignored.push(`no event ${JSON.stringify(state.event)} in this dataset`);
  }
  if (!window && (state.from !== undefined || state.to !== undefined) && dataset.extent) {
    // A link may give only one end; the other is the edge of the data.
    window = { start: state.from ?? dataset.extent[0], end: state.to ?? dataset.extent[1] };
    if (window.end <= window.start) window = null;
  }
  return { patch: { categories, actors, selectedId, window }, ignored };
}
