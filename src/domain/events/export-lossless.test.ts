/**
 * Export → load is lossless in every format: whatever valid dataset a file held, its JSON,
 * GeoJSON and CSV exports load back (through the dataset worker's own entry, openDataset) as the
 * same events, title, description and categories, and with no problem the first load had not.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { arbitraryDatasetFile } from '@/testing/arbitrary-dataset';
import { essencesById } from '@/testing/event-essence';

import { openDataset } from '../reading/open-dataset';

import { toCsv, toDatasetJson, toGeoJson } from './export';
import { parseJsonDataset, titled } from './parse-dataset';
import type { ChronoEvent, DataProblem, Dataset } from './types';

const WRITERS = {
  json: { name: 'export.json', write: toDatasetJson },
  geojson: { name: 'export.geojson', write: toGeoJson },
  csv: { name: 'export.csv', write: toCsv },
} satisfies Record<
  string,
  { name: string; write: (dataset: Dataset, events: readonly ChronoEvent[]) => string }
>;

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** A problem as a reader reads it, wherever its record sits in the file. */
const said = (problem: DataProblem) => `${problem.id ?? ''} ${problem.field} ${problem.message}`;

/** The categories an export of these events declares: the ones they use, in legend order. */
const used = (dataset: Dataset) =>
  dataset.categories.filter((category) => dataset.categoryCounts.has(category.id));

describe.each(Object.entries(WRITERS))('%s export → load', (_format, { name, write }) => {
  it('gives back the same dataset, whatever it holds', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDatasetFile, async (file) => {
        // As the app loads it: a file without a title is titled by its name.
        const first = titled(parseJsonDataset(file), 'original.json');
        const original = first.dataset;
        fc.pre(original.events.length > 0);
        const opened = await openDataset({
          bytes: bytes(write(original, original.events)),
          name,
        });
        expect(opened.kind).toBe('loaded');
        if (opened.kind !== 'loaded') return;
        const back = opened.output.dataset;
        expect(essencesById(back.events)).toEqual(essencesById(original.events));
        expect(back.title).toBe(original.title);
        expect(back.description).toBe(original.description);
        expect(back.categories).toEqual(used(original));
        const before = new Set(first.problems.map(said));
        expect(opened.output.problems.map(said).filter((text) => !before.has(text))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
