import { DatasetError } from '@/domain/events/dataset-error';
import type { AppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';
import { markOnce, resetMilestones } from '@/utils/perf-marks';

import { loadDataset, urlRequest, type LoadRequest, type Progress } from './load-dataset';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

interface RunOptions {
  /** Start from a clean view (a dataset the user picked), rather than the one a link asked for. */
  resetView: boolean;
}

interface Request {
  source: DatasetSource;
  request: LoadRequest;
  options: RunOptions;
}

let generation = 0;
let lastRequest: Request | null = null;
let inFlight: AbortController | null = null;

/** Progress of this load, while it is still the latest (`readDataset` already throttles it). */
function reportProgress(store: AppStore, source: DatasetSource, current: number) {
  return (progress: Progress) => {
    if (current === generation)
      store.getState().setLoad({ status: 'loading', source, ...progress });
  };
}

async function run(store: AppStore, { source, request, options }: Request) {
  const current = ++generation;
  // A new load replaces the one in flight: its download and parsing stop.
  inFlight?.abort();
  const controller = new AbortController();
  inFlight = controller;
  resetMilestones();
  lastRequest = { source, request, options };
  store
    .getState()
    .setLoad({ status: 'loading', source, loadedBytes: 0, totalBytes: null, phase: 'download' });
  try {
    const result = await loadDataset(request, {
      onProgress: reportProgress(store, source, current),
      signal: controller.signal,
    });
    if (current !== generation) return;
    store
      .getState()
      .setDataset(result.dataset, result.problems, result.recordKind, source, options);
    markOnce('dataset-ready');
  } catch (error) {
    if (current !== generation) return;
    const message =
      error instanceof DatasetError
        ? error.message
        : `The dataset could not be loaded: ${String(error)}`;
    store.getState().setLoad({
      status: 'error',
      source,
      message,
      ...(error instanceof DatasetError ? { errorKind: error.kind } : {}),
    });
  } finally {
    if (inFlight === controller) inFlight = null;
  }
}

/** A dataset at an address; a link's `?data=` keeps the rest of the link's view. */
export function loadFromUrl(
  store: AppStore,
  url: string,
  options: RunOptions = { resetView: false },
) {
  const source: DatasetSource =
    url === DEFAULT_DATASET_URL ? { kind: 'default', url } : { kind: 'url', url };
  return run(store, { source, request: urlRequest(url), options });
}

export function loadDefault(store: AppStore, options: RunOptions = { resetView: false }) {
  return loadFromUrl(store, DEFAULT_DATASET_URL, options);
}

export function loadFromFile(store: AppStore, file: File) {
  return run(store, {
    source: { kind: 'file', name: file.name },
    request: { kind: 'file', file },
    options: { resetView: true },
  });
}

/** Tries the last request again, for the view it was meant for. */
export function retryLastLoad(store: AppStore) {
  return lastRequest ? run(store, lastRequest) : loadDefault(store);
}
