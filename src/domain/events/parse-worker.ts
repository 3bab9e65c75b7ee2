/// <reference lib="webworker" />
// Parsing and indexing large files off the main thread keeps the page responsive.
import { DatasetError } from './dataset-error';
import { parseDataset, type ParseInput } from './parse-dataset';

export type WorkerReply =
  | { ok: true; result: ReturnType<typeof parseDataset> }
  | { ok: false; message: string; kind: DatasetError['kind'] };

self.onmessage = (message: MessageEvent<ParseInput>) => {
  let reply: WorkerReply;
  try {
    reply = { ok: true, result: parseDataset(message.data) };
  } catch (error) {
    reply =
      error instanceof DatasetError
        ? { ok: false, message: error.message, kind: error.kind }
        : { ok: false, message: `The file could not be read: ${String(error)}`, kind: 'format' };
  }
  (self as unknown as DedicatedWorkerGlobalScope).postMessage(reply);
};
