/// <reference lib="webworker" />
// Downloading, parsing and indexing off the main thread keeps the page drawing and answering
// input while a large dataset loads.
import { DatasetError } from '@/domain/events/dataset-error';
import type { ParseOutput } from '@/domain/events/parse-dataset';
import type { Dataset } from '@/domain/events/types';
import { openDataset } from '@/domain/reading/open-dataset';
import { decodeReading } from '@/domain/reading/reading-param';
import type { Reading, ReadingQuestion } from '@/domain/reading/types';

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
  | ({ kind: 'needs-reading' } & ReadingQuestion)
  | {
      kind: 'header';
      dataset: DatasetHeader;
      problems: ParseOutput['problems'];
      format: ParseOutput['format'];
      recordKind: ParseOutput['recordKind'];
      reading?: Reading;
      read?: string;
      readAs?: string;
      skippedRows?: ParseOutput['skippedRows'];
    }
  | { kind: 'events'; packed: PackedEvents }
  | { kind: 'done' }
  | { kind: 'error'; message: string; errorKind: DatasetError['kind'] };

/** The page's answer to a reading question: read the whole file this way. */
export interface ReadingAnswer {
  kind: 'reading';
  reading: Reading;
}

/**
 * Each message is one task on the page. At 1M events, batches of 10,000 made tasks of up to
 * 166 ms (unpacking, and the garbage collection it set off); at 5,000 the app's longest was about
 * 130 ms (docs/performance.md).
 */
const EVENTS_PER_MESSAGE = 5_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (reply: WorkerReply, transfer: Transferable[] = []) =>
  scope.postMessage(reply, transfer);

/** The file waiting for its reading, while the reader chooses one. */
let finishReading: ((reading: Reading) => Promise<ParseOutput>) | null = null;

function send(output: ParseOutput) {
  // The page builds its own id map as the events arrive: a Map does not travel cheaply.
  const { events, byId, ...header } = output.dataset;
  const { problems, format, recordKind, reading, read, readAs, skippedRows } = output;
  const buffers = [header.starts, ...header.categoryStarts.values()].map((array) => array.buffer);
  post(
    {
      kind: 'header',
      dataset: header,
      problems,
      format,
      recordKind,
      ...(reading ? { reading } : {}),
      ...(read ? { read } : {}),
      ...(readAs ? { readAs } : {}),
      ...(skippedRows ? { skippedRows } : {}),
    },
    buffers,
  );
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const packed = packEvents(events.slice(i, i + EVENTS_PER_MESSAGE));
    post({ kind: 'events', packed }, packedBuffers(packed));
  }
  post({ kind: 'done' });
}

const parsing = (size: number) =>
  post({ kind: 'progress', progress: { loadedBytes: size, totalBytes: size, phase: 'parse' } });

async function load(request: LoadRequest) {
  const input = await readDataset(request, (progress) => post({ kind: 'progress', progress }));
  parsing(input.bytes.byteLength);
  const decoded = request.read ? decodeReading(request.read) : null;
  const linkReading = decoded && 'reading' in decoded ? decoded.reading : undefined;
  const opened = await openDataset(input, {
    ...(linkReading ? { reading: linkReading } : {}),
    ask: request.ask === true,
  });
  if (opened.kind === 'loaded') {
    send(opened.output);
    return;
  }
  finishReading = opened.finish;
  // The recognised format carries functions, which cannot travel; a question has none anyway.
  const { reading, questions, noDate } = opened.proposal;
  post({
    kind: 'needs-reading',
    head: opened.head,
    proposal: { reading, questions, ...(noDate ? { noDate } : {}) },
    fileFormat: opened.fileFormat,
    ...(linkReading ? { linkReadingIgnored: true } : {}),
  });
}

async function answer({ reading }: ReadingAnswer) {
  const finish = finishReading;
  if (!finish) throw new DatasetError('There is no file waiting to be read.');
  post({ kind: 'progress', progress: { loadedBytes: 0, totalBytes: null, phase: 'parse' } });
  send(await finish(reading));
}

function reportError(error: unknown) {
  post(
    error instanceof DatasetError
      ? { kind: 'error', message: error.message, errorKind: error.kind }
      : {
          kind: 'error',
          message: `The file could not be read: ${String(error)}`,
          errorKind: 'format',
        },
  );
}

self.onmessage = (message: MessageEvent<LoadRequest | ReadingAnswer>) => {
  const data = message.data;
  const work = 'kind' in data && data.kind === 'reading' ? answer(data) : load(data as LoadRequest);
  work.catch(reportError);
};
