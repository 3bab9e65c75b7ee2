/**
 * A file read with a reading, exported as Chronomap's JSON and CSV, loads back as the same
 * events: the reading's work is not lost when the reader saves what they read.
 */
import { describe, expect, it } from 'vitest';

import { essencesById as byId } from '@/testing/event-essence';

import { toCsv, toDatasetJson } from '../events/export';
import { parseDataset } from '../events/parse-dataset';

import {
  FORMAT_FIXTURES,
  formatFixture,
  openAccepting,
  textInput,
} from './format-fixtures.test-support';

describe.each(FORMAT_FIXTURES)('%s, read and exported', (name) => {
  it('loads back from JSON as the same events', { timeout: 30_000 }, async () => {
    const { output } = await openAccepting(formatFixture(name));
    const json = toDatasetJson(output.dataset, output.dataset.events);
    const back = parseDataset(textInput(json, 'export.json'));
    expect(back.problems).toEqual([]);
    expect(byId(back.dataset.events)).toEqual(byId(output.dataset.events));
    expect(back.dataset.categories).toEqual(output.dataset.categories);
    expect(back.dataset.title).toBe(output.dataset.title);
  });

  it('loads back from CSV as the same events', { timeout: 30_000 }, async () => {
    const { output } = await openAccepting(formatFixture(name));
    const back = parseDataset(
      textInput(toCsv(output.dataset, output.dataset.events), 'export.csv'),
    );
    expect(back.problems).toEqual([]);
    expect(byId(back.dataset.events)).toEqual(byId(output.dataset.events));
    expect(back.dataset.categories).toEqual(output.dataset.categories);
    expect(back.dataset.title).toBe(output.dataset.title);
  });
});
