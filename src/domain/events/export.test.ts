import { describe, expect, it } from 'vitest';

import type { Story } from '@/domain/stories/types';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { citation } from './citation';
import { toCsv, toDatasetJson, toGeoJson, toRecord } from './export';
import { parseDataset } from './parse-dataset';

const dataset = makeDataset([
  rawEvent({
    id: 'a',
    title: 'Tanker hit, crew safe',
    date: '2024-01-26',
    category: 'maritime',
    location: {
      lat: 12.7855,
      lon: 45.0187,
      name: 'Off Aden',
      country: 'Yemen',
      precision: 'approximate',
      radiusKm: 111,
      note: 'About 60 nm SE of Aden',
    },
    actors: ['Houthis'],
    summary: 'Line one;\nline two, with "quotes".',
    casualties: { killed: 0, injured: 2 },
    confidence: 'medium',
    disputed: 'Two agencies differ.',
    sources: [
      { title: 'First', publisher: 'Agency A', url: 'https://example.org/a' },
      { title: 'Second', publisher: 'Agency B', url: 'https://example.org/b' },
    ],
  }),
  {
    ...rawEvent({
      id: 'b',
      title: '=HYPERLINK("http://evil.example","click")',
      date: '2024-02',
      datePrecision: 'month',
      category: 'diplomacy',
      related: [{ id: 'a', relation: 'follow-up' }],
    }),
    location: undefined,
  },
  rawEvent({ id: 'c', date: '2024-02-01', endDate: '2024-02-04', category: 'strikes' }),
  rawEvent({ id: 'd', date: '2023', category: 'strikes' }),
  // Fields the CSV columns do not carry yet: JSON and GeoJSON keep them.
  rawEvent({
    id: 'e',
    date: '2024-03-06T11:30+03:00',
    category: 'maritime',
    location: { lat: 12.8, lon: 45.0, name: 'Off Aden', precision: 'region', sea: 'Gulf of Aden' },
    casualties: { killed: 3, injured: 4, byParty: [{ party: 'Crew', killed: 3, injured: 4 }] },
    confidence: 'medium',
    confidenceNote: 'One agency reported the injuries.',
    sources: [{ title: 'Release', url: 'https://example.org/e', kind: 'primary' }],
  }),
]);

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const comparable = (events: typeof dataset.events) =>
  events.map(({ index: _index, record: _record, ...rest }) => rest);

describe('exports load back in unchanged', () => {
  it.each([
    ['json', (d: typeof dataset) => toDatasetJson(d, d.events), 'export.json'],
    ['geojson', (d: typeof dataset) => toGeoJson(d, d.events), 'export.geojson'],
  ])('%s', (_format, write, name) => {
    const back = parseDataset({ bytes: bytes(write(dataset)), name });
    expect(back.problems).toEqual([]);
    expect(comparable(back.dataset.events)).toEqual(comparable(dataset.events));
    expect(back.dataset.categories).toEqual(dataset.categories);
  });

  it('csv: the same events, title and categories; formulas are text in a spreadsheet', () => {
    const csv = toCsv(dataset, dataset.events);
    const back = parseDataset({ bytes: bytes(csv), name: 'export.csv' });
    expect(back.problems).toEqual([]);
    expect(comparable(back.dataset.events)).toEqual(comparable(dataset.events));
    expect(back.dataset.title).toBe('Test');
    expect(back.dataset.categories).toEqual(dataset.categories);
    expect(back.dataset.byId.get('b')?.title).toBe('=HYPERLINK("http://evil.example","click")');
    // In the file, the cell starts with the apostrophe that makes a spreadsheet show it as text.
    expect(csv).toContain(`,"'=HYPERLINK(""http://evil.example"",""click"")",`);
    expect(csv).not.toMatch(/^=|,=/m);
  });

  it('a year alone stays a year, its precision implied as for a month', () => {
    const year = dataset.events.find((e) => e.id === 'd');
    expect(year?.datePrecision).toBe('year');
    expect(toRecord(year as (typeof dataset.events)[number])).not.toHaveProperty('datePrecision');
    const back = parseDataset({ bytes: bytes(toCsv(dataset, dataset.events)), name: 'export.csv' });
    const loaded = back.dataset.events.find((e) => e.id === 'd');
    expect(loaded && { date: loaded.date, precision: loaded.datePrecision }).toEqual({
      date: '2023',
      precision: 'year',
    });
  });
});

const stories: Story[] = [
  {
    id: 'road-to-muscat',
    title: 'The road to *Muscat*',
    summary: 'From the contacts to the strikes.',
    steps: [
      {
        title: 'Off Aden',
        text: 'A tanker is hit.\n\nSee [the report](https://example.org/a).',
        view: 'from=2024-01-01&to=2024-01-31&event=a&map=5/12.8/45',
        events: ['a', 'c'],
      },
      { title: 'Everything', text: '', view: '', events: [] },
    ],
  },
  {
    id: 'second',
    title: 'Second',
    steps: [{ title: 'Only', text: 'x', view: 'q=oman', events: [] }],
  },
];

describe('stories in exports', () => {
  it.each([
    ['json', toDatasetJson, 'export.json'],
    ['geojson', toGeoJson, 'export.geojson'],
  ])('%s: a file saved with its stories loads back with them', (_format, write, name) => {
    const back = parseDataset({
      bytes: bytes(write(dataset, dataset.events, 'Saved', stories)),
      name,
    });
    expect(back.problems).toEqual([]);
    expect(back.dataset.stories).toEqual(stories);
  });

  it("writes the dataset's own stories unless given others, and no member when there are none", () => {
    const withStories = { ...dataset, stories };
    expect(JSON.parse(toDatasetJson(withStories, dataset.events)).stories).toHaveLength(2);
    expect(JSON.parse(toDatasetJson(withStories, dataset.events, 'T', []))).not.toHaveProperty(
      'stories',
    );
    expect(JSON.parse(toGeoJson(dataset, dataset.events))).not.toHaveProperty('stories');
  });
});

describe('citation', () => {
  it('names the dataset, the scope, the date of access and the permalink', () => {
    expect(
      citation({
        title: 'Middle East crisis 2023–24',
        shown: 12,
        total: 101,
        windowText: '1 Jan 2024 – 31 Jan 2024',
        filtersText: 'categories: Attacks on shipping',
        accessed: new Date(Date.UTC(2026, 10, 26)),
        link: 'https://chronomap.example/?from=2024-01-01&to=2024-01-31&cat=maritime',
      }),
    ).toBe(
      '“Middle East crisis 2023–24” (12 of 101 events, 1 Jan 2024 – 31 Jan 2024, categories: Attacks on shipping). Chronomap view. Accessed 26 November 2026. https://chronomap.example/?from=2024-01-01&to=2024-01-31&cat=maritime',
    );
  });

  it('says "event" for a dataset of one', () => {
    const text = citation({
      title: 'One',
      shown: 1,
      total: 1,
      windowText: null,
      filtersText: null,
      accessed: new Date(Date.UTC(2026, 10, 26)),
      link: 'https://chronomap.example/',
    });
    expect(text).toContain('(1 of 1 event)');
  });
});
