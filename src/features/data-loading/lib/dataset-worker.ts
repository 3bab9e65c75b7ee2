/// <reference lib="webworker" />
// Downloading, parsing and indexing off the main thread keeps the page drawing and answering
// input while a large dataset loads.
import { DatasetError } from '@/domain/events/dataset-error';
import { parseDataset, type ParseOutput } from '@/domain/events/parse-dataset';
import type { Dataset } from '@/domain/events/types';

import type { Progress } from './fetch-dataset';
import { packedBuffers, packEvents, type PackedEvents } from './packed-events';
import { readDataset, type LoadRequest } from './read-dataset';

/** What the main thread needs besides the events themselves. */
export type DatasetHeader = Omit<Dataset, 'events' | 'byId'>;

/**
 * Progress while reading, then the result in parts: a header, the events in packed chunks, `done`.
 * Receiving a million events in one message would freeze the page while it is received; chunks
 * are received as many short tasks, between which the page keeps drawing.
 */
export type WorkerReply =
  | { kind: 'progress'; progress: Progress }
  | {
      kind: 'header';
      dataset: DatasetHeader;
      problems: ParseOutput['problems'];
      format: ParseOutput['format'];
      recordKind: ParseOutput['recordKind'];
    }
  | { kind: 'events'; packed: PackedEvents }
  | { kind: 'done' }
  | { kind: 'error'; message: string; errorKind: DatasetError['kind'] };

/**
 * Each message is one task on the page. At 1M events, batches of 10,000 made tasks of up to
 * 166 ms (unpacking, and the garbage collection it set off); at 5,000 the app's longest was about
 * 130 ms (docs/performance.md).
 */
const EVENTS_PER_MESSAGE = 5_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  scope.postMessage(reply, transfer);

async function load(request: LoadRequest) {
  const input = await readDataset(request, (progress) => post({ kind: 'progress', progress }));
  const size = input.bytes.byteLength;
  post({ kind: 'progress', progress: { loadedBytes: size, totalBytes: size, phase: 'parse' } });
  const output = parseDataset(input);
  // The page builds its own id map as the events arrive: a Map does not travel cheaply.
  const { events, byId, ...header } = output.dataset;
  const { problems, format, recordKind } = output;
  const buffers = [header.starts, ...header.categoryStarts.values()].map((array) => array.buffer);
  post({ kind: 'header', dataset: header, problems, format, recordKind }, buffers);
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const packed = packEvents(events.slice(i, i + EVENTS_PER_MESSAGE));
    post({ kind: 'events', packed }, packedBuffers(packed));
  }
  post({ kind: 'done' });
}

self.onmessage = (message: MessageEvent<LoadRequest>) => {
  load(message.data).catch((error: unknown) => {
    post(
      error instanceof DatasetError
        ? { kind: 'error', message: error.message, errorKind: error.kind }
        : {
            kind: 'error',
            message: `The file could not be read: ${String(error)}`,
            errorKind: 'format',
          },
    );
  });
};
