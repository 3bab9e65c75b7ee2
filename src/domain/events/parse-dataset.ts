import { DEFAULT_TITLE, type BuildResult } from './build-dataset';
import { colouredByCount } from './categories';
import { DatasetError, MAX_BYTES } from './dataset-error';
import { parseCsv } from './parse-csv';
import { isFeatureCollection, parseGeoJson } from './parse-geojson';
import { parseChronomapJson, parseJsonText } from './parse-json';
import type { Reading } from '../reading/types';

import type { SkippedRows } from './skipped-rows';
import type { RecordKind } from './types';

export interface ParseInput {
  bytes: ArrayBuffer;
  /** File name or URL path, for the format guess and a fallback title. */
  name: string;
  contentType?: string | null;
}

export type DatasetFormat = 'json' | 'geojson' | 'csv';

export interface ParseOutput extends BuildResult {
  format: DatasetFormat;
  recordKind: RecordKind;
  /** How the file's columns were read, when it is not in Chronomap's own format. */
  reading?: Reading;
  /** The same, as a link's `read=` value. */
  read?: string;
  /** The recognised format's name, for the notice: "an ACLED export". */
  readAs?: string;
  /** The raw cells of the rows that did not load. */
  skippedRows?: SkippedRows | null;
}

export function decodeUtf8(bytes: ArrayBuffer): string {
  try {
    // fatal: a binary file should be reported as such, not parsed as mojibake.
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text;
  } catch {
    throw new DatasetError('The file is not UTF-8 text. Is it a JSON, GeoJSON or CSV file?');
  }
}

function extensionOf(name: string): string {
  const path = name.split(/[?#]/)[0] ?? '';
  const dot = path.lastIndexOf('.');
  return dot < 0 ? '' : path.slice(dot + 1).toLowerCase();
}

/**
 * The file's format: its extension when it has one we know, otherwise what the text looks like
 * (a server's content type is often wrong: CSV sent as JSON, JSON sent as HTML).
 */
export function detectFormat(
  name: string,
  contentType: string | null | undefined,
  text: string,
): 'json' | 'csv' {
  const extension = extensionOf(name);
  if (extension === 'csv' || extension === 'tsv' || extension === 'txt') return 'csv';
  if (extension === 'json' || extension === 'geojson') return 'json';
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') return 'json';
  const type = (contentType ?? '').toLowerCase();
  return type.includes('json') && !text.includes(',') ? 'json' : 'csv';
}

export function baseName(name: string): string {
  const path = name.split(/[?#]/)[0] ?? '';
  return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1)) || DEFAULT_TITLE;
}

/** The file's text, once it is known to be a text file of a size we can read, and not a web page. */
export function datasetText({ bytes, name }: ParseInput): string {
  if (bytes.byteLength > MAX_BYTES) {
    throw new DatasetError(
      `The file is ${(bytes.byteLength / 1024 / 1024).toFixed(0)} MB; the limit is ${MAX_BYTES / 1024 / 1024} MB.`,
      'too-large',
    );
  }
  const text = decodeUtf8(bytes).replace(/^\uFEFF/, '');
  if (text.trim() === '')
    throw new DatasetError(`The file ${name ? `"${baseName(name)}" ` : ''}is empty.`, 'empty');
  if (/^\s*<(!doctype|html|\?xml|svg)/i.test(text)) {
    throw new DatasetError('This is a web page or XML, not a dataset. Is the address right?');
  }
  return text;
}

/** The file's own title, or its name when it has none. */
export function titled(output: ParseOutput, name: string): ParseOutput {
  if (output.dataset.title === DEFAULT_TITLE && name) output.dataset.title = baseName(name);
  return output;
}

/** A CSV declares no categories: they are coloured by size, as a reading's are. */
export function parseCsvDataset(text: string): ParseOutput {
  const output = parseCsv(text);
  const { dataset } = output;
  dataset.categories = colouredByCount(dataset.categories, dataset.categoryCounts);
  return { ...output, format: 'csv', recordKind: 'row' };
}

/** A parsed JSON value in Chronomap's own format: a FeatureCollection, a dataset or a list. */
export function parseJsonDataset(value: unknown): ParseOutput {
  return isFeatureCollection(value)
    ? {
        ...parseGeoJson(value as Record<string, unknown>),
        format: 'geojson',
        recordKind: 'feature',
      }
    : { ...parseChronomapJson(value), format: 'json', recordKind: 'event' };
}

/** Parses a file in Chronomap's own format (JSON, GeoJSON or CSV); throws DatasetError when it cannot be used. */
export function parseDataset(input: ParseInput): ParseOutput {
  const text = datasetText(input);
  const output =
    detectFormat(input.name, input.contentType, text) === 'csv'
      ? parseCsvDataset(text)
      : parseJsonDataset(parseJsonText(text));
  return titled(output, input.name);
}
