import { DatasetError } from '@/domain/events/dataset-error';
import type { ParseInput } from '@/domain/events/parse-dataset';
import type { AppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';
import { markOnce, resetMilestones } from '@/utils/perf-marks';

import { fetchDatasetBytes, parseOffMainThread, type Progress } from './load-dataset';

export const DEFAULT_DATASET_URL = `${import.meta.env.BASE_URL}data/events.json`;

interface RunOptions {
  /** Start from a clean view (a dataset the user picked), rather than the one a link asked for. */
  resetView: boolean;
}

interface Request {
  source: DatasetSource;
  read: () => Promise<ParseInput>;
  options: RunOptions;
}

let generation = 0;
let lastRequest: Request | null = null;

/** Progress reports arrive per chunk; the store needs far fewer updates than that. */
function throttledProgress(store: AppStore, source: DatasetSource, current: number) {
  let last = 0;
  return (progress: Progress) => {
    const now = performance.now();
    if (now - last < 100 || current !== generation) return;
    last = now;
    store.getState().setLoad({ status: 'loading', source, ...progress });
  };
}

async function run(
  store: AppStore,
  source: DatasetSource,
  read: (onProgress: (p: Progress) => void) => Promise<ParseInput>,
  options: RunOptions,
) {
  const current = ++generation;
  resetMilestones();
  const onProgress = throttledProgress(store, source, current);
  lastRequest = { source, read: () => read(onProgress), options };
  store
    .getState()
    .setLoad({ status: 'loading', source, loadedBytes: 0, totalBytes: null, phase: 'download' });
  try {
    const input = await read(onProgress);
    if (current !== generation) return;
    store.getState().setLoad({
      status: 'loading',
      source,
      loadedBytes: input.bytes.byteLength,
      totalBytes: input.bytes.byteLength,
      phase: 'parse',
    });
    const result = await parseOffMainThread(input);
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
    store.getState().setLoad({ status: 'error', source, message });
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
  return run(store, source, (onProgress) => fetchDatasetBytes(url, { onProgress }), options);
}

export function loadDefault(store: AppStore, options: RunOptions = { resetView: false }) {
  return loadFromUrl(store, DEFAULT_DATASET_URL, options);
}

export function loadFromFile(store: AppStore, file: File) {
  return run(
    store,
    { kind: 'file', name: file.name },
    async (onProgress) => {
      onProgress({ loadedBytes: 0, totalBytes: file.size, phase: 'download' });
      const bytes = await file.arrayBuffer();
      return { bytes, name: file.name, contentType: file.type };
    },
    { resetView: true },
  );
}

/** Tries the last request again, for the view it was meant for. */
export function retryLastLoad(store: AppStore) {
  if (!lastRequest) return loadDefault(store);
  const { source, read, options } = lastRequest;
  return run(store, source, () => read(), options);
}
