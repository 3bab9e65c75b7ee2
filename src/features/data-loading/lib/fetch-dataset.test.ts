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
