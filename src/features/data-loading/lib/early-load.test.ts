import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { WorkerReply } from './dataset-worker';
import { startEarlyLoad, takeEarlyLoad } from './early-load';
import { loadDataset } from './load-dataset';
import type { UrlLoadRequest } from './read-dataset';

/** Stands in for a dataset worker: records what it is sent and says what a test tells it to. */
class FakeWorker {
  static created: FakeWorker[] = [];
  onmessage: ((event: MessageEvent) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: unknown[] = [];
  terminated = false;

  constructor() {
    FakeWorker.created.push(this);
  }

  postMessage(message: unknown) {
    this.sent.push(message);
  }

  terminate() {
    this.terminated = true;
  }

  say(reply: WorkerReply) {
    this.onmessage?.(new MessageEvent('message', { data: reply }));
  }
}

const request = (url: string): UrlLoadRequest => ({ kind: 'url', url, stallTimeoutMs: 20_000 });
const progress: WorkerReply = {
  kind: 'progress',
  progress: { loadedBytes: 10, totalBytes: 100, phase: 'download' },
};

describe('the early load', () => {
  beforeEach(() => {
    FakeWorker.created = [];
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    takeEarlyLoad(request('about:blank'));
    vi.unstubAllGlobals();
  });

  it('is taken over, with what it said so far, by a load of the same address', async () => {
    startEarlyLoad(request('https://example.org/a.json'));
    const [worker] = FakeWorker.created;
    if (!worker) throw new Error('no worker');
    expect(worker.sent).toEqual([request('https://example.org/a.json')]);
    worker.say(progress);

    const onProgress = vi.fn();
    const loaded = loadDataset(request('https://example.org/a.json'), {
      onProgress,
      signal: new AbortController().signal,
      chooseReading: () => Promise.resolve(null),
    });
    expect(FakeWorker.created).toHaveLength(1);
    expect(onProgress).toHaveBeenCalledWith(progress.progress);
    worker.say({ kind: 'error', message: 'The server failed.', errorKind: 'network' });
    await expect(loaded).rejects.toThrow('The server failed.');
    expect(worker.terminated).toBe(true);
  });

  it('is stopped when the app asks for something else, which gets a worker of its own', () => {
    startEarlyLoad(request('https://example.org/a.json'));
    const [early] = FakeWorker.created;
    void loadDataset(request('https://example.org/b.json'), {
      onProgress: () => undefined,
      signal: new AbortController().signal,
      chooseReading: () => Promise.resolve(null),
    }).catch(() => undefined);
    expect(early?.terminated).toBe(true);
    expect(FakeWorker.created).toHaveLength(2);
    expect(FakeWorker.created[1]?.sent).toEqual([request('https://example.org/b.json')]);
  });

  it('is taken over once only', () => {
    startEarlyLoad(request('https://example.org/a.json'));
    expect(takeEarlyLoad(request('https://example.org/a.json'))).not.toBeNull();
    expect(takeEarlyLoad(request('https://example.org/a.json'))).toBeNull();
  });
});
