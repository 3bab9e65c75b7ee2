import { DatasetError, MAX_BYTES } from '@/domain/events/dataset-error';
import type { ParseInput, ParseOutput } from '@/domain/events/parse-dataset';
import type { WorkerReply } from '@/domain/events/parse-worker';
import type { ChronoEvent } from '@/domain/events/types';

export interface Progress {
  loadedBytes: number;
  totalBytes: number | null;
  phase: 'download' | 'parse';
}

export interface LoadOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
  /** Give up when no byte arrives for this long. */
  stallTimeoutMs?: number;
}

const DEFAULT_STALL_MS = 20_000;

declare global {
  interface Window {
    /** Optional settings a host page (or a test) may set before the app starts. */
    chronomapConfig?: { stallTimeoutMs?: number };
  }
}

/** How long a dataset download may go without receiving a byte before it counts as failed. */
function stallTimeout(options: LoadOptions): number {
  const configured = globalThis.window?.chronomapConfig?.stallTimeoutMs;
  return options.stallTimeoutMs ?? (configured && configured > 0 ? configured : DEFAULT_STALL_MS);
}

function describeUrl(url: string): string {
  try {
    const parsed = new URL(url, location.href);
    return parsed.origin === location.origin ? parsed.pathname : parsed.href;
  } catch {
    return url;
  }
}

function httpMessage(status: number, url: string): string {
  if (status === 404) return `The dataset was not found at ${describeUrl(url)} (HTTP 404).`;
  if (status === 401 || status === 403)
    return `The server refused access to ${describeUrl(url)} (HTTP ${status}).`;
  if (status >= 500)
    return `The server failed while sending ${describeUrl(url)} (HTTP ${status}). Try again later.`;
  return `The server answered HTTP ${status} for ${describeUrl(url)}.`;
}

/** Reads a response body with byte progress, failing when the stream stalls or grows too large. */
async function readBody(
  response: Response,
  url: string,
  options: LoadOptions,
): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  const totalBytes = Number.isFinite(declared) && declared > 0 ? declared : null;
  if (totalBytes !== null && totalBytes > MAX_BYTES) {
    throw new DatasetError(
      `The dataset is ${(totalBytes / 1048576).toFixed(0)} MB; the limit is 100 MB.`,
      'too-large',
    );
  }
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  const stallMs = stallTimeout(options);
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DatasetError(
              `The download of ${describeUrl(url)} stopped: no data for ${stallMs / 1000} s.`,
              'timeout',
            ),
          ),
        stallMs,
      );
    });
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await Promise.race([reader.read(), stalled]);
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      if (error instanceof DatasetError) throw error;
      throw new DatasetError(
        `The download of ${describeUrl(url)} was interrupted. Check the connection and retry.`,
        'network',
      );
    } finally {
      clearTimeout(timer);
    }
    if (chunk.done) break;
    chunks.push(chunk.value);
    loadedBytes += chunk.value.byteLength;
    if (loadedBytes > MAX_BYTES) {
      void reader.cancel().catch(() => undefined);
      throw new DatasetError('The dataset is over 100 MB, the limit.', 'too-large');
    }
    options.onProgress?.({ loadedBytes, totalBytes, phase: 'download' });
  }
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

export async function fetchDatasetBytes(
  url: string,
  options: LoadOptions = {},
): Promise<ParseInput> {
  let response: Response;
  const controller = new AbortController();
  const abort = () => controller.abort();
  options.signal?.addEventListener('abort', abort);
  const stallMs = stallTimeout(options);
  const timer = setTimeout(abort, stallMs);
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
  } catch {
    if (options.signal?.aborted) throw new DatasetError('Loading was cancelled.', 'network');
    if (controller.signal.aborted) {
      throw new DatasetError(
        `${describeUrl(url)} did not answer within ${stallMs / 1000} s.`,
        'timeout',
      );
    }
    throw new DatasetError(
      `Could not load ${describeUrl(url)}: the server could not be reached, or it does not allow other sites to load its data (CORS).`,
      'network',
    );
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', abort);
  }
  if (!response.ok) throw new DatasetError(httpMessage(response.status, url), 'http');
  const bytes = await readBody(response, url, options);
  return {
    bytes,
    name: new URL(url, location.href).pathname,
    contentType: response.headers.get('content-type'),
  };
}

/** Parses in a Web Worker so a large file never freezes the page; falls back to this thread. */
export function parseOffMainThread(input: ParseInput): Promise<ParseOutput> {
  if (typeof Worker === 'undefined') {
    // Only where workers are missing (tests in Node) does the parser join the main bundle.
    return import('@/domain/events/parse-dataset').then(({ parseDataset }) => parseDataset(input));
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('../../../domain/events/parse-worker.ts', import.meta.url), {
      type: 'module',
      name: 'dataset-parser',
    });
    let header: Extract<WorkerReply, { kind: 'header' }> | null = null;
    const events: ChronoEvent[] = [];
    const byId = new Map<string, ChronoEvent>();
    worker.onmessage = (message: MessageEvent<WorkerReply>) => {
      const reply = message.data;
      switch (reply.kind) {
        case 'header':
          header = reply;
          return;
        case 'events':
          for (const event of reply.events) {
            events.push(event);
            byId.set(event.id, event);
          }
          return;
        case 'done': {
          worker.terminate();
          if (!header) {
            reject(new DatasetError('The file could not be parsed (incomplete reply).'));
            return;
          }
          const { dataset, problems, format, recordKind } = header;
          resolve({ dataset: { ...dataset, events, byId }, problems, format, recordKind });
          return;
        }
        case 'error':
          worker.terminate();
          reject(new DatasetError(reply.message, reply.errorKind));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new DatasetError(`The file could not be parsed (${event.message || 'worker error'}).`),
      );
    };
    worker.postMessage(input, [input.bytes]);
  });
}
