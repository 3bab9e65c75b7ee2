import { afterEach, describe, expect, it, vi } from 'vitest';

import { fetchDatasetBytes, type Progress } from './fetch-dataset';

const body = JSON.stringify({ events: [] }) + ' '.repeat(1000);

function serve(headers: Record<string, string>) {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { headers })));
}

async function progressOf(headers: Record<string, string>): Promise<Progress[]> {
  serve(headers);
  const reports: Progress[] = [];
  await fetchDatasetBytes('https://example.org/data.json', {
    stallTimeoutMs: 5000,
    onProgress: (progress) => reports.push(progress),
  });
  return reports;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('download progress', () => {
  it('knows the total from the declared length', async () => {
    const reports = await progressOf({ 'content-length': String(body.length) });
    expect(reports.at(-1)).toEqual({
      loadedBytes: body.length,
      totalBytes: body.length,
      phase: 'download',
    });
  });

  it('does not take a compressed length for the file size', async () => {
    // The length is the compressed body's; the bytes read are the file's, and would overrun it.
    const reports = await progressOf({ 'content-length': '40', 'content-encoding': 'gzip' });
    expect(reports.every((report) => report.totalBytes === null)).toBe(true);
    expect(reports.at(-1)?.loadedBytes).toBe(body.length);
  });

  it('refuses a declared length over the limit before reading it', async () => {
    serve({ 'content-length': String(200 * 1024 * 1024) });
    await expect(
      fetchDatasetBytes('https://example.org/data.json', { stallTimeoutMs: 5000 }),
    ).rejects.toThrow('the limit is 100 MB');
  });
});

describe('a download that gets no answer', () => {
  /** The browser's fetch: the download fails, and each probe answers as given (null: fails too). */
  function network(answers: {
    manual: Partial<Response> | null;
    noCors: Partial<Response> | null;
  }) {
    vi.stubGlobal('fetch', (_url: string, init: RequestInit = {}) => {
      const answer =
        init.redirect === 'manual'
          ? answers.manual
          : init.mode === 'no-cors'
            ? answers.noCors
            : null;
      return answer ? Promise.resolve(answer) : Promise.reject(new TypeError('Failed to fetch'));
    });
  }
  const load = (url: string) => fetchDatasetBytes(url, { stallTimeoutMs: 5000 });

  it('names a redirect loop for what it is, not the server or CORS', async () => {
    vi.stubGlobal('location', { origin: 'https://chronomap.example' });
    network({ manual: { type: 'opaqueredirect' }, noCors: null });
    await expect(load('https://chronomap.example/data/loop.json')).rejects.toThrow(
      'Could not load /data/loop.json: the server redirects it in a loop (too many redirects), or to an address that could not be reached.',
    );
  });

  it('says when a redirect leads to a server that refuses cross-origin reads', async () => {
    network({ manual: { type: 'opaqueredirect' }, noCors: { type: 'opaque' } });
    await expect(load('https://example.org/moved.json')).rejects.toThrow(
      'it redirects to another address, which does not allow other sites to load its data (CORS)',
    );
  });

  it('does not blame CORS for an address on the page’s own server', async () => {
    vi.stubGlobal('location', { origin: 'https://chronomap.example' });
    network({ manual: null, noCors: null });
    await expect(load('https://chronomap.example/data/x.json')).rejects.toThrow(
      /^Could not load \/data\/x\.json: the server could not be reached\.$/,
    );
    await expect(load('https://example.org/x.json')).rejects.toThrow(
      'the server could not be reached, or it does not allow other sites to load its data (CORS)',
    );
  });
});
