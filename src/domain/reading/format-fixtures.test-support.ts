/**
 * The fixtures in the shapes users bring (e2e/fixtures/formats/, see its README), as the input
 * the dataset worker gives openDataset, and a way through the reading step that accepts the
 * proposal unchanged, as a reader pressing "Load" without touching the dialog does.
 */
import { readdirSync, readFileSync } from 'node:fs';

import type { ParseInput, ParseOutput } from '../events/parse-dataset';
import type { ChronoEvent } from '../events/types';

import { openDataset, type Opened, type OpenOptions } from './open-dataset';

const FORMATS_DIR = new URL('../../../e2e/fixtures/formats/', import.meta.url);
const EVENTS_FIXTURES_DIR = new URL('../events/fixtures/', import.meta.url);

export const FORMAT_FIXTURES = readdirSync(FORMATS_DIR).filter((name) => !name.endsWith('.md'));

function arrayBufferOf(buffer: Buffer): ArrayBuffer {
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer;
}

export function formatFixture(name: string): ParseInput {
  return {
    bytes: arrayBufferOf(readFileSync(new URL(name, FORMATS_DIR))),
    name,
    contentType: null,
  };
}

export function eventsFixture(name: string): ParseInput {
  return {
    bytes: arrayBufferOf(readFileSync(new URL(name, EVENTS_FIXTURES_DIR))),
    name,
    contentType: null,
  };
}

export function textInput(text: string, name: string): ParseInput {
  return { bytes: new TextEncoder().encode(text).buffer as ArrayBuffer, name, contentType: null };
}

/** The number of data rows (or features) in a fixture, counted independently of the reader. */
export function fixtureRowCount(name: string): number {
  const text = readFileSync(new URL(name, FORMATS_DIR), 'utf8');
  if (name.endsWith('.geojson'))
    return (JSON.parse(text) as { features: unknown[] }).features.length;
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '').length;
  // Quoted cells in these fixtures hold no line breaks; the raw GDELT file has no header row.
  return name.endsWith('.tsv') ? lines : lines - 1;
}

export interface OpenedFully {
  opened: Opened;
  output: ParseOutput;
  asked: boolean;
}

/** Opens a file; when it asks, accepts the proposal exactly as proposed. */
export async function openAccepting(
  input: ParseInput,
  options?: OpenOptions,
): Promise<OpenedFully> {
  const opened = await openDataset(input, options);
  if (opened.kind === 'loaded') return { opened, output: opened.output, asked: false };
  return { opened, output: await opened.finish(opened.proposal.reading), asked: true };
}

/** The event read from a row of the file, by its 1-based row (or feature) number. */
export function eventOfRecord(output: ParseOutput, record: number): ChronoEvent {
  const event = output.dataset.events.find((candidate) => candidate.record === record);
  if (!event) throw new Error(`no event from record ${record}`);
  return event;
}

export function eventById(output: ParseOutput, id: string): ChronoEvent {
  const event = output.dataset.byId.get(id);
  if (!event) throw new Error(`no event ${id}`);
  return event;
}
