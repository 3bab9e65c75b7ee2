import type { ParseInput } from '@/domain/events/parse-dataset';

import { fetchDatasetBytes, type Progress } from './fetch-dataset';

export interface UrlLoadRequest {
  kind: 'url';
  /** Absolute. */
  url: string;
  stallTimeoutMs: number;
  /** How to read the file's columns (a link's `read=`), when it is not in Chronomap's format. */
  read?: string;
  /** Show the reading step even for a file in Chronomap's format or a known one. */
  ask?: boolean;
}

/** What to load: sent to the dataset worker, which reads it and parses it. */
export type LoadRequest =
  UrlLoadRequest | { kind: 'file'; file: File; read?: string; ask?: boolean };

/** The page needs a few progress reports a second, not one per network chunk. */
function throttled(report: (progress: Progress) => void) {
  let last = -Infinity;
  return (progress: Progress) => {
    const now = performance.now();
    if (now - last < 100) return;
    last = now;
    report(progress);
  };
}

/** The bytes of a dataset, from the network or from a file the user picked. */
export async function readDataset(
  request: LoadRequest,
  onProgress: (progress: Progress) => void,
): Promise<ParseInput> {
  if (request.kind === 'url') {
    return fetchDatasetBytes(request.url, {
      stallTimeoutMs: request.stallTimeoutMs,
      onProgress: throttled(onProgress),
    });
  }
  const { file } = request;
  onProgress({ loadedBytes: 0, totalBytes: file.size, phase: 'download' });
  return { bytes: await file.arrayBuffer(), name: file.name, contentType: file.type };
}
