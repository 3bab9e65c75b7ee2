/**
 * A file read with a reading, exported as Chronomap's JSON and CSV, loads back as the same
 * events: the reading's work is not lost when the reader saves what they read.
 */
import { describe, expect, it } from 'vitest';

import { toCsv, toDatasetJson } from '../events/export';
import { parseDataset } from '../events/parse-dataset';
import type { ChronoEvent } from '../events/types';

import {
  FORMAT_FIXTURES,
  formatFixture,
  openAccepting,
  textInput,
} from './format-fixtures.test-support';

/** What an event is, without where it sits in the file or the dataset. */
function essence(event: ChronoEvent) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    start: event.start,
    end: event.end,
    category: event.category,
    location: event.location,
    actors: event.actors,
    sources: event.sources,
    casualties: event.casualties,
  };
}

const byId = (events: readonly ChronoEvent[]) =>
  [...events].sort((a, b) => (a.id < b.id ? -1 : 1)).map(essence);

describe.each(FORMAT_FIXTURES)('%s, read and exported', (name) => {
  it('loads back from JSON as the same events', { timeout: 30_000 }, async () => {
    const { output } = await openAccepting(formatFixture(name));
    const json = toDatasetJson(output.dataset, output.dataset.events);
    const back = parseDataset(textInput(json, 'export.json'));
    expect(back.problems).toEqual([]);
    expect(byId(back.dataset.events)).toEqual(byId(output.dataset.events));
    expect(back.dataset.categories).toEqual(output.dataset.categories);
  });

  it('loads back from CSV as the same events', { timeout: 30_000 }, async () => {
    const { output } = await openAccepting(formatFixture(name));
    const back = parseDataset(textInput(toCsv(output.dataset.events), 'export.csv'));
    expect(back.problems).toEqual([]);
    expect(byId(back.dataset.events)).toEqual(byId(output.dataset.events));
    // A CSV has no category table: labels are made again from the ids, as the reading made them.
    const labels = (categories: { id: string; label: string }[]) =>
      categories.map(({ id, label }) => ({ id, label })).sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(labels(back.dataset.categories)).toEqual(labels(output.dataset.categories));
  });
});
