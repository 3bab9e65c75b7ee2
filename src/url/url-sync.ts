import type { Dataset } from '@/domain/events/types';
import type { AppStore } from '@/store/app-store';
import { EchoGuard } from '@/utils/echo-guard';

import { dataPatch, viewPatch } from './apply-view';
import { goToStoryStep, hasOwnView, storyPlacePatch } from './story-view';
import { DISCRETE_KEYS, type UrlState } from './url-params';
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

function applyViewState(store: AppStore, state: UrlState) {
  store.setState(viewPatch(state));
}

function applyDataState(store: AppStore, state: UrlState, dataset: Dataset): string[] {
  const { patch, ignored } = dataPatch(state, dataset, store.getState().window);
  store.setState(patch);
  return ignored;
}

/** Puts the telling where the link says, without the step's view (the link has its own). */
function applyStoryPlace(store: AppStore, state: UrlState, dataset: Dataset): string[] {
  const place = state.story ? { id: state.story, step: state.step ?? 1 } : null;
  const { patch, ignored } = storyPlacePatch(store.getState(), dataset, place);
  store.setState(patch);
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
  // A story link without a view of its own opens on its step's view; one with, on its own.
  let ownView = true;

  const readLocation = (origin: 'start' | 'history') => {
    const { state, ignored } = parseUrlState(location.search);
    ownView = hasOwnView(location.search);
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
      echo.apply(() => {
        const ignored = applyDataState(store, state, dataset);
        store.getState().addNotices([...ignored, ...applyStoryPlace(store, state, dataset)]);
      });
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
      echo.apply(() => {
        const ignored = applyDataState(store, wanted, dataset);
        const place = wanted.story ? { id: wanted.story, step: wanted.step ?? 1 } : null;
        const told = place && !ownView && goToStoryStep(store, place);
        state.addNotices([...ignored, ...(told ? [] : applyStoryPlace(store, wanted, dataset))]);
      });
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
