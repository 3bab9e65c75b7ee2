import type { BuildResult } from './build-dataset';
import { DatasetError, MAX_BYTES } from './dataset-error';
import { parseChronomapJson, parseJsonText } from './parse-json';
import type { RecordKind } from './types';

export interface ParseInput {
  bytes: ArrayBuffer;
  /** File name or URL, for the format guess. */
  name: string;
  contentType?: string | null;
}

export interface ParseOutput extends BuildResult {
  format: 'json' | 'geojson' | 'csv';
  recordKind: RecordKind;
}

export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    // fatal: a binary file should be reported as such, not parsed as mojibake.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new DatasetError('The file is not UTF-8 text. Is it a JSON, GeoJSON or CSV file?');
  }
}

/** Parses a whole dataset file of any supported format; throws DatasetError when it cannot be used. */
export function parseDataset({ bytes, name }: ParseInput): ParseOutput {
  if (bytes.byteLength > MAX_BYTES) {
    throw new DatasetError(
      `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB.`,
      'too-large',
    );
  }
  const text = decodeUtf8(bytes);
  if (text.trim() === '')
    throw new DatasetError(`The file ${name ? `"${name}" ` : ''}is empty.`, 'empty');
  const value = parseJsonText(text);
  return { ...parseChronomapJson(value), format: 'json', recordKind: 'event' };
}
