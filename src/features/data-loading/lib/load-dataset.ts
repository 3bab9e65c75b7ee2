import { DatasetError } from '@/domain/events/dataset-error';
import type { ParseOutput } from '@/domain/events/parse-dataset';
import type { ChronoEvent } from '@/domain/events/types';
import { configuredMs } from '@/utils/host-config';
import { markOnce } from '@/utils/perf-marks';

import type { ReadingAnswer, WorkerReply } from './dataset-worker';
import { spawnDatasetWorker, takeEarlyLoad } from './early-load';
import { EventsById } from './events-by-id';
import { notChosen, type LoadOptions } from './load-options';
import { unpackEvents } from './packed-events';
import type { LoadRequest, UrlLoadRequest } from './read-dataset';

export type { Progress } from './fetch-dataset';
export type { LoadRequest } from './read-dataset';
export type { ReadingQuestion } from '@/domain/reading/types';

const DEFAULT_STALL_MS = 20_000;

/** A request for the dataset at `url` (relative to the page), with the configured stall timeout. */
export function urlRequest(url: string, read?: string): UrlLoadRequest {
  return {
    kind: 'url',
    url: new URL(url, location.href).href,
    stallTimeoutMs: configuredMs('stallTimeoutMs') ?? DEFAULT_STALL_MS,
    ...(read ? { read } : {}),
  };
}

/**
 * Downloads (or reads) and parses a dataset in a Web Worker, so neither the download nor the
 * parsing of a large file competes with the page for its thread.
 */
export function loadDataset(request: LoadRequest, options: LoadOptions): Promise<ParseOutput> {
  if (typeof Worker === 'undefined') {
    // Only where workers are missing (tests in Node) do the reader and parser join the page.
    return import('./load-on-this-thread').then((module) =>
      module.loadOnThisThread(request, options),
    );
  }
  return new Promise((resolve, reject) => {
    const early = takeEarlyLoad(request);
    if (early) markOnce('early-start', early.startedAt);
    const worker = early?.worker ?? spawnDatasetWorker(request);
    const stop = () => {
      worker.terminate();
      options.signal.removeEventListener('abort', cancel);
    };
    const cancel = () => {
      stop();
      reject(new DatasetError('Loading was cancelled.', 'network'));
    };
    options.signal.addEventListener('abort', cancel);
    let header: Extract<WorkerReply, { kind: 'header' }> | null = null;
    const events: ChronoEvent[] = [];
    const byId = new EventsById();
    const onReply = (reply: WorkerReply) => {
      switch (reply.kind) {
        case 'progress':
          options.onProgress(reply.progress);
          return;
        case 'header':
          header = reply;
          return;
        case 'needs-reading': {
          const { kind: _kind, ...question } = reply;
          void _kind;
          options.chooseReading(question).then(
            (reading) => {
              if (options.signal.aborted) return;
              if (reading) worker.postMessage({ kind: 'reading', reading } satisfies ReadingAnswer);
              else {
                stop();
                reject(notChosen());
              }
            },
            (error: unknown) => {
              stop();
              reject(error instanceof Error ? error : new Error(String(error)));
            },
          );
          return;
        }
        case 'events': {
          const batch = unpackEvents(reply.packed);
          for (const event of batch) events.push(event);
          byId.add(batch);
          return;
        }
        case 'done': {
          stop();
          if (!header) {
            reject(new DatasetError('The file could not be parsed (incomplete reply).'));
            return;
          }
          const { kind: _kind, dataset, ...rest } = header;
          void _kind;
          resolve({ ...rest, dataset: { ...dataset, events, byId } });
          return;
        }
        case 'error':
          stop();
          reject(new DatasetError(reply.message, reply.errorKind));
      }
    };
    const onError = (event: ErrorEvent) => {
      stop();
      reject(
        new DatasetError(`The file could not be parsed (${event.message || 'worker error'}).`),
      );
    };
    for (const said of early?.pending ?? []) {
      if ('error' in said) onError(said.error);
      else onReply(said.reply);
    }
    worker.onmessage = (message: MessageEvent<WorkerReply>) => onReply(message.data);
    worker.onerror = onError;
  });
}
