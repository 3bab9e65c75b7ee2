/// <reference lib="webworker" />
// Parsing and indexing large files off the main thread keeps the page responsive.
import { DatasetError } from './dataset-error';
import { parseDataset, type ParseInput, type ParseOutput } from './parse-dataset';
import type { ChronoEvent, Dataset } from './types';

/** What the main thread needs besides the events themselves. */
export type DatasetHeader = Omit<Dataset, 'events' | 'byId'>;

/**
 * The reply comes in parts: a header, the events in chunks, then `done`. Cloning a million
 * events in one message would freeze the page for seconds while it is received; chunks are
 * received as many short tasks, between which the page keeps drawing and answering input.
 */
export type WorkerReply =
  | {
      kind: 'header';
      dataset: DatasetHeader;
      problems: ParseOutput['problems'];
      format: ParseOutput['format'];
      recordKind: ParseOutput['recordKind'];
      total: number;
    }
  | { kind: 'events'; events: ChronoEvent[] }
  | { kind: 'done' }
  | { kind: 'error'; message: string; errorKind: DatasetError['kind'] };

/** About 50 ms to receive on a slow machine. */
export const EVENTS_PER_MESSAGE = 4_000;

const scope = self as unknown as DedicatedWorkerGlobalScope;

self.onmessage = (message: MessageEvent<ParseInput>) => {
  let output: ParseOutput;
  try {
    output = parseDataset(message.data);
  } catch (error) {
    const reply: WorkerReply =
      error instanceof DatasetError
        ? { kind: 'error', message: error.message, errorKind: error.kind }
        : {
            kind: 'error',
            message: `The file could not be read: ${String(error)}`,
            errorKind: 'format',
          };
    scope.postMessage(reply);
    return;
  }
  const { events, title, description, categories, starts, maxSpan, extent, actors } =
    output.dataset;
  const header: DatasetHeader = { title, categories, starts, maxSpan, extent, actors };
  if (description !== undefined) header.description = description;
  const first: WorkerReply = {
    kind: 'header',
    dataset: header,
    problems: output.problems,
    format: output.format,
    recordKind: output.recordKind,
    total: events.length,
  };
  scope.postMessage(first, [header.starts.buffer]);
  for (let i = 0; i < events.length; i += EVENTS_PER_MESSAGE) {
    const reply: WorkerReply = { kind: 'events', events: events.slice(i, i + EVENTS_PER_MESSAGE) };
    scope.postMessage(reply);
  }
  scope.postMessage({ kind: 'done' } satisfies WorkerReply);
};
