import type { WorkerReply } from './dataset-worker';
import type { LoadRequest, UrlLoadRequest } from './read-dataset';

/** A dataset worker, already given its request. */
export function spawnDatasetWorker(request: LoadRequest): Worker {
  const worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), {
    type: 'module',
    name: 'dataset-loader',
  });
  worker.postMessage(request);
  return worker;
}

interface EarlyLoad {
  url: string;
  read: string | undefined;
  worker: Worker;
  /** `performance.now()` when it started. */
  startedAt: number;
  /** What the worker said before the app took it over, in order. */
  pending: ({ reply: WorkerReply } | { error: ErrorEvent })[];
}

let early: EarlyLoad | null = null;

/**
 * Starts downloading and parsing the dataset a page was opened for while the app is still
 * starting (rendering, creating the map). Its replies wait for the app (`takeEarlyLoad`).
 */
export function startEarlyLoad(request: UrlLoadRequest) {
  if (typeof Worker === 'undefined' || early) return;
  const worker = spawnDatasetWorker(request);
  const pending: EarlyLoad['pending'] = [];
  // Reading `data` now receives each message in its own task, as the app would.
  worker.onmessage = (event: MessageEvent<WorkerReply>) => void pending.push({ reply: event.data });
  worker.onerror = (error) => void pending.push({ error });
  early = { url: request.url, read: request.read, worker, startedAt: performance.now(), pending };
}

/**
 * The early load, when it is for `request`, with what it has said so far. Asked once, by the
 * app's first load: an early load for anything else is stopped.
 */
export function takeEarlyLoad(request: LoadRequest): Omit<EarlyLoad, 'url' | 'read'> | null {
  const taken = early;
  early = null;
  if (!taken) return null;
  if (request.kind === 'url' && request.url === taken.url && request.read === taken.read)
    return taken;
  taken.worker.terminate();
  return null;
}
