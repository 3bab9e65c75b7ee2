/**
 * The one entry for a file of any shape (used by the dataset worker): Chronomap's own format
 * loads directly; a known format is read without asking; anything else comes back with a
 * proposal for the reader to confirm, and is read whole only then (`finish`).
 */
import { isFeatureCollection } from '../events/parse-geojson';
import { parseJsonText } from '../events/parse-json';
import {
  datasetText,
  detectFormat,
  parseCsvDataset,
  parseJsonDataset,
  titled,
  type ParseInput,
  type ParseOutput,
} from '../events/parse-dataset';

import type { Proposal } from './propose-reading';
import { encodeReading } from './reading-param';
import {
  isChronomapCsv,
  isChronomapFeatures,
  proposalFor,
  readTable,
  wholeTable,
  type TableSource,
} from './read-file';
import type { Reading, Table } from './types';

export type Opened =
  | { kind: 'loaded'; output: ParseOutput }
  | {
      kind: 'needs-reading';
      head: Table;
      proposal: Proposal;
      fileFormat: 'csv' | 'geojson';
      finish: (reading: Reading) => Promise<ParseOutput>;
    };

type Json = Record<string, unknown>;

/** The file as a table to read, or (`own`) the parsed value of a file in Chronomap's format. */
function tableSource(
  input: ParseInput,
  text: string,
  ask: boolean,
): TableSource | { kind: 'own'; value: unknown } {
  if (detectFormat(input.name, input.contentType, text) === 'csv') return { kind: 'csv', text };
  const value = parseJsonText(text);
  if (!isFeatureCollection(value)) return { kind: 'own', value };
  const features = (value as Json)['features'];
  if (!Array.isArray(features) || features.length === 0) return { kind: 'own', value };
  if (!ask && isChronomapFeatures(features)) return { kind: 'own', value };
  const metadata = (value as Json)['metadata'];
  const title =
    metadata && typeof metadata === 'object'
      ? (metadata as Json)['title']
      : (value as Json)['title'];
  return { kind: 'geojson', features, ...(typeof title === 'string' ? { title } : {}) };
}

async function readWith(
  input: ParseInput,
  source: TableSource,
  reading: Reading,
  readAs?: string,
): Promise<ParseOutput> {
  const title = source.kind === 'geojson' ? source.title : undefined;
  const read = await readTable(wholeTable(source), reading, title);
  const format = source.kind === 'csv' ? 'csv' : 'geojson';
  return titled(
    {
      ...read,
      read: encodeReading(reading),
      format,
      recordKind: source.kind === 'csv' ? 'row' : 'feature',
      ...(readAs ? { readAs } : {}),
    },
    input.name,
  );
}

export interface OpenOptions {
  /** How to read it (a link's reading): used without asking when the file has its columns. */
  reading?: Reading;
  /** Ask even when the file is in Chronomap's format or a known one (the reader wants to choose). */
  ask?: boolean;
}

const loaded = (output: ParseOutput, name: string): Opened => ({
  kind: 'loaded',
  output: titled(output, name),
});

/** Opens a file: directly, with a known or given reading, or with a question for the reader. */
export async function openDataset(
  input: ParseInput,
  { reading, ask = false }: OpenOptions = {},
): Promise<Opened> {
  const text = datasetText(input);
  const source = tableSource(input, text, ask);
  if (source.kind === 'own') return loaded(parseJsonDataset(source.value), input.name);
  const { head, proposal } = proposalFor(source);
  // A link's reading for a file whose columns have changed since is no reading at all.
  if (reading && head.columns.includes(reading.date)) {
    return { kind: 'loaded', output: await readWith(input, source, reading) };
  }
  if (!ask && proposal.format) {
    const output = await readWith(input, source, proposal.reading, proposal.format.name);
    return { kind: 'loaded', output };
  }
  if (!ask && source.kind === 'csv' && isChronomapCsv(head)) {
    return loaded(parseCsvDataset(text), input.name);
  }
  return {
    kind: 'needs-reading',
    head,
    proposal,
    fileFormat: source.kind === 'csv' ? 'csv' : 'geojson',
    finish: (chosen) => readWith(input, source, chosen),
  };
}
