import { DatasetError, nothingLoaded } from '@/domain/events/dataset-error';
import type { ParseOutput } from '@/domain/events/parse-dataset';
import type { AppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';
import { markOnce, resetMilestones } from '@/utils/perf-marks';

import type { Reading, ReadingQuestion } from '@/domain/reading/types';

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
/** The answer the reading dialog gives, for the load that asked. */
let answerPending: ((reading: Reading | null) => void) | null = null;

/** The file name a reader knows a source by. */
function fileNameOf(source: DatasetSource): string {
  if (source.kind === 'file') return source.name;
  const path = source.url.split(/[?#]/)[0] ?? '';
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || source.url;
}

/** Shows the reading dialog for a file and waits for the reader's choice. */
function askForReading(store: AppStore, source: DatasetSource, current: number) {
  return (question: ReadingQuestion) =>
    new Promise<Reading | null>((resolve) => {
      if (current !== generation) return resolve(null);
      answerPending?.(null);
      answerPending = resolve;
      store.getState().setPendingReading({ ...question, fileName: fileNameOf(source) });
    });
}

/** The reading dialog's answer: read the file this way, or (null) do not load it. */
export function answerReading(store: AppStore, reading: Reading | null) {
  const answer = answerPending;
  answerPending = null;
  store.getState().setPendingReading(null);
  answer?.(reading);
}

/** The source as a link names it: a file read with a reading carries it, so it opens the same way. */
function sourceWithReading(source: DatasetSource, result: ParseOutput): DatasetSource {
  if (source.kind !== 'url' || !result.reading || result.readAs) return source;
  return { ...source, read: result.read ?? source.read };
}

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
  // A new load answers a reading question still open for the one before: it is not wanted now.
  if (answerPending) answerReading(store, null);
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
    const previous = store.getState().load;
    const result = await loadDataset(request, {
      onProgress: reportProgress(store, source, current),
      signal: controller.signal,
      chooseReading: askForReading(store, source, current),
    }).catch((error: unknown) => {
      // Choosing not to read a file leaves the dataset that was there.
      if (error instanceof DatasetError && error.kind === 'cancelled' && store.getState().dataset) {
        if (current === generation && previous.status === 'ready')
          store.getState().setLoad(previous);
        return null;
      }
      throw error;
    });
    if (current !== generation || !result) return;
    const state = store.getState();
    if (result.dataset.events.length === 0) {
      // Nothing to show: the dataset that was there stays, and the error tells why.
      const error = nothingLoaded(result.problems, result.recordKind);
      state.setLoad({
        status: 'error',
        source,
        message: error.message,
        errorKind: error.kind,
        report: {
          problems: result.problems,
          recordKind: result.recordKind,
          skippedRows: result.skippedRows ?? null,
          title: result.dataset.title,
        },
      });
      return;
    }
    state.setDataset(
      result.dataset,
      result.problems,
      result.recordKind,
      sourceWithReading(source, result),
      options,
    );
    state.setSkippedRows(result.skippedRows ?? null);
    state.setReadAs(result.readAs ?? null);
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

/**
 * A dataset at an address; a link's `?data=` keeps the rest of the link's view, and its `read=`
 * says how to read a file that is not in Chronomap's format.
 */
export function loadFromUrl(
  store: AppStore,
  url: string,
  options: RunOptions = { resetView: false },
  read?: string,
) {
  const source: DatasetSource =
    url === DEFAULT_DATASET_URL
      ? { kind: 'default', url }
      : { kind: 'url', url, ...(read ? { read } : {}) };
  return run(store, { source, request: urlRequest(url, read), options });
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

/** Loads the last file again through the reading step, whatever its format, to read it differently. */
export function readLastDifferently(store: AppStore) {
  if (!lastRequest) return Promise.resolve();
  const { read: _read, ...request } = lastRequest.request;
  void _read;
  const source =
    lastRequest.source.kind === 'url'
      ? { kind: 'url' as const, url: lastRequest.source.url }
      : lastRequest.source;
  return run(store, { ...lastRequest, source, request: { ...request, ask: true } });
}

/** Tries the last request again, for the view it was meant for. */
export function retryLastLoad(store: AppStore) {
  return lastRequest ? run(store, lastRequest) : loadDefault(store);
}
