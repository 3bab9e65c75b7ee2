/**
 * Downloads a dataset with byte progress and messages a reader can act on. It runs in the
 * dataset worker, so it must not touch `window` or the DOM.
 */
import { DatasetError, MAX_BYTES } from '@/domain/events/dataset-error';
import type { ParseInput } from '@/domain/events/parse-dataset';

export interface Progress {
  loadedBytes: number;
  totalBytes: number | null;
  phase: 'download' | 'parse';
}

export interface FetchOptions {
  /** Give up when no byte arrives for this long. */
  stallTimeoutMs: number;
  onProgress?: (progress: Progress) => void;
}

function isSameOrigin(url: string): boolean {
  try {
    return new URL(url).origin === location.origin;
  } catch {
    return false;
  }
}

function describeUrl(url: string): string {
  try {
    return isSameOrigin(url) ? new URL(url).pathname : new URL(url).href;
  } catch {
    return url;
  }
}

/** A request that only looks at the answer's headers (the body, if any, is never downloaded). */
async function probe(url: string, init: RequestInit, timeoutMs: number): Promise<Response | null> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, { ...init, signal: controller.signal, credentials: 'omit' });
    controller.abort();
    return response;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Why a fetch failed without an answer. The browser says only "failed": a redirect loop, a
 * server that cannot be reached and a cross-origin refusal (CORS) look alike. Two cheap probes
 * tell them apart where they can: does the address answer with a redirect (`manual`), and does
 * the redirect lead anywhere when CORS is set aside (`no-cors`, whose answer cannot be read)?
 */
async function unreachableMessage(url: string, timeoutMs: number): Promise<string> {
  const where = `Could not load ${describeUrl(url)}`;
  const first = await probe(url, { redirect: 'manual' }, timeoutMs);
  if (first?.type === 'opaqueredirect') {
    const followed = await probe(url, { mode: 'no-cors' }, timeoutMs);
    return followed
      ? `${where}: it redirects to another address, which does not allow other sites to load its data (CORS).`
      : `${where}: the server redirects it in a loop (too many redirects), or to an address that could not be reached.`;
  }
  // One's own server cannot refuse a cross-origin read: CORS is no reason for a same-origin address.
  if (isSameOrigin(url)) return `${where}: the server could not be reached.`;
  return `${where}: the server could not be reached, or it does not allow other sites to load its data (CORS).`;
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
  { stallTimeoutMs, onProgress }: FetchOptions,
): Promise<ArrayBuffer> {
  const declared = Number(response.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > MAX_BYTES) {
    throw new DatasetError(
      `The dataset is ${(declared / 1048576).toFixed(0)} MB; the limit is 100 MB.`,
      'too-large',
    );
  }
  // A compressed body's length is not the file's: the bytes read (decompressed) would overrun it.
  const encoding = (response.headers.get('content-encoding') ?? 'identity').trim().toLowerCase();
  const totalBytes =
    Number.isFinite(declared) && declared > 0 && encoding === 'identity' ? declared : null;
  if (!response.body) return response.arrayBuffer();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loadedBytes = 0;
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new DatasetError(
              `The download of ${describeUrl(url)} stopped: no data for ${stallTimeoutMs / 1000} s.`,
              'timeout',
            ),
          ),
        stallTimeoutMs,
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
    onProgress?.({ loadedBytes, totalBytes, phase: 'download' });
  }
  const bytes = new Uint8Array(loadedBytes);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes.buffer;
}

/** `url` must be absolute: in a worker, relative addresses resolve against the worker's script. */
export async function fetchDatasetBytes(url: string, options: FetchOptions): Promise<ParseInput> {
  let response: Response;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.stallTimeoutMs);
  try {
    response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
  } catch {
    if (controller.signal.aborted) {
      throw new DatasetError(
        `${describeUrl(url)} did not answer within ${options.stallTimeoutMs / 1000} s.`,
        'timeout',
      );
    }
    throw new DatasetError(await unreachableMessage(url, options.stallTimeoutMs), 'network');
  } finally {
    clearTimeout(timer);
  }
  if (!response.ok) throw new DatasetError(httpMessage(response.status, url), 'http');
  const bytes = await readBody(response, url, options);
  return { bytes, name: new URL(url).pathname, contentType: response.headers.get('content-type') };
}
