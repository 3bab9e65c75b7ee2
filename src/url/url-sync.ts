import type { Dataset } from '@/domain/events/types';
import type { AppStore } from '@/store/app-store';
import { EchoGuard } from '@/utils/echo-guard';

import { DISCRETE_KEYS, URL_DEFAULTS, type UrlState } from './url-params';
import { parseUrlState, serializeUrlState } from './url-schema';
import { urlStateOf } from './url-state';

const REPLACE_THROTTLE_MS = 250;

function keysOf(search: string): Map<string, string> {
  return new Map(new URLSearchParams(search));
}

/** Which keys differ between two query strings. */
export function changedKeys(a: string, b: string): string[] {
  const left = keysOf(a);
  const right = keysOf(b);
  return [...new Set([...left.keys(), ...right.keys()])].filter(
    (key) => left.get(key) !== right.get(key),
  );
}

/** Applies the parts of a link that do not depend on the data; absent keys mean defaults. */
function applyViewState(store: AppStore, state: UrlState) {
  store.setState({
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
  });
}

/**
 * The parts that name things in the dataset (event, categories, actors, a one-sided window),
 * checked against it: what does not exist is dropped and reported.
 */
function applyDataState(store: AppStore, state: UrlState, dataset: Dataset): string[] {
  const ignored: string[] = [];
  const categoryIds = new Set(dataset.categories.map((c) => c.id));
  let categories: string[] | null = null;
  if (state.categories) {
    const unknown = state.categories.filter((id) => !categoryIds.has(id));
    if (unknown.length)
      ignored.push(
        `no category ${unknown.map((id) => JSON.stringify(id)).join(', ')} in this dataset`,
      );
    categories = state.categories.filter((id) => categoryIds.has(id));
    if (categories.length === categoryIds.size) categories = null;
    if (categories?.length === 0 && state.categories.length > 0) categories = null;
  }
  const actorNames = new Set(dataset.actors.map((a) => a.name));
  const unknownActors = (state.actors ?? []).filter((name) => !actorNames.has(name));
  if (unknownActors.length)
    ignored.push(
      `no actor ${unknownActors.map((n) => JSON.stringify(n)).join(', ')} in this dataset`,
    );
  const actors = (state.actors ?? []).filter((name) => actorNames.has(name));
  let selectedId: string | null = null;
  if (state.event) {
    if (dataset.byId.has(state.event)) selectedId = state.event;
    else ignored.push(`no event ${JSON.stringify(state.event)} in this dataset`);
  }
  let window = store.getState().window;
  if (!window && (state.from !== undefined || state.to !== undefined) && dataset.extent) {
    // A link may give only one end; the other is the edge of the data.
    window = { start: state.from ?? dataset.extent[0], end: state.to ?? dataset.extent[1] };
    if (window.end <= window.start) window = null;
  }
  store.setState({ categories, actors, selectedId, window });
  return ignored;
}

/** How to fetch the data a link names; given by the app so this module stays UI-free. */
export interface DatasetLoaders {
  loadUrl: (url: string, read?: string) => void;
  loadDefault: () => void;
}

export interface UrlSync {
  stop: () => void;
  /** Writes any pending replace now (tests and "Copy link" want the latest). */
  flush: () => void;
}

/**
 * The one writer of the URL: reads it at start, mirrors the store into it (push for steps,
 * throttled replace for continuous changes) and restores the store on Back/Forward.
 */
export function startUrlSync(store: AppStore, loaders: DatasetLoaders): UrlSync {
  // The store changes the link sets off are not written back into it.
  const echo = new EchoGuard();
  let pendingData: UrlState | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastPushedKeys: string[] = [];
  let lastPushAt = 0;

  const readLocation = (origin: 'start' | 'history') => {
    const { state, ignored } = parseUrlState(location.search);
    echo.apply(() => applyViewState(store, state));
    store.getState().addNotices(ignored);
    const current = store.getState();
    const wantedData = state.data ?? null;
    const loadedData = current.load.status === 'idle' ? undefined : current.load.source;
    const sameData =
      loadedData !== undefined &&
      (wantedData === null
        ? loadedData.kind === 'default' || loadedData.kind === 'file'
        : loadedData.kind === 'url' &&
          loadedData.url === wantedData &&
          (state.read === undefined || loadedData.read === state.read));
    if (origin === 'start' || !sameData) {
      pendingData = state;
      if (wantedData) loaders.loadUrl(wantedData, state.read);
      else if (origin === 'start' || loadedData?.kind !== 'file') loaders.loadDefault();
      else pendingData = null;
    }
    if (!pendingData && current.dataset) {
      const dataset = current.dataset;
      echo.apply(() => store.getState().addNotices(applyDataState(store, state, dataset)));
    }
  };

  const write = (mode: 'push' | 'replace') => {
    clearTimeout(timer);
    timer = undefined;
    const search = serializeUrlState(urlStateOf(store.getState()));
    const current = location.search.replace(/^\?/, '');
    if (search === current) return;
    const url = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  };

  const onStoreChange = () => {
    if (echo.echoing || pendingData) return;
    const search = serializeUrlState(urlStateOf(store.getState()));
    const current = location.search.replace(/^\?/, '');
    if (search === current) return;
    const changed = changedKeys(current, search);
    const discrete = changed.filter((key) => DISCRETE_KEYS.includes(key));
    if (discrete.length === 0) {
      timer ??= setTimeout(() => write('replace'), REPLACE_THROTTLE_MS);
      return;
    }
    // Typing a search is one step, not one per keystroke.
    const typing =
      discrete.length === 1 &&
      discrete[0] === 'q' &&
      lastPushedKeys.join() === 'q' &&
      performance.now() - lastPushAt < 1500;
    lastPushedKeys = discrete;
    lastPushAt = performance.now();
    write(typing ? 'replace' : 'push');
  };

  const onDataReady = () => {
    const state = store.getState();
    if (state.load.status !== 'ready' || !state.dataset) return;
    const wanted = pendingData;
    pendingData = null;
    // The link's view belongs to the data it named; another dataset (the user chose it) starts clean.
    const source = state.load.source;
    const isWanted = wanted?.data
      ? source.kind === 'url' && source.url === wanted.data
      : source.kind === 'default';
    if (wanted && isWanted) {
      const dataset = state.dataset;
      echo.apply(() => state.addNotices(applyDataState(store, wanted, dataset)));
    }
    write('replace');
  };

  const onPopState = () => {
    clearTimeout(timer);
    timer = undefined;
    readLocation('history');
  };

  readLocation('start');
  const unsubscribeStore = store.subscribe(onStoreChange);
  const unsubscribeData = store.subscribe((s) => s.load.status, onDataReady);
  window.addEventListener('popstate', onPopState);
  return {
    stop: () => {
      clearTimeout(timer);
      unsubscribeStore();
      unsubscribeData();
      window.removeEventListener('popstate', onPopState);
    },
    flush: () => {
      if (timer) write('replace');
    },
  };
}
