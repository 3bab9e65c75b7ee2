/**
 * Spreadsheets of the reader's own making ask, and their proposal read unchanged gives the
 * right events; Chronomap's own format loads directly unless the reader asks to choose; a link's
 * reading is used when the file still has its columns.
 */
import { describe, expect, it } from 'vitest';

import {
  eventOfRecord,
  eventsFixture,
  formatFixture,
  openAccepting,
  textInput,
} from './format-fixtures.test-support';
import { openDataset } from './open-dataset';

const GAZETTEER_TIMEOUT = { timeout: 30_000 };

describe('a German spreadsheet (custom-dayfirst.csv)', () => {
  it('asks, proposing the right reading', async () => {
    const opened = await openDataset(formatFixture('custom-dayfirst.csv'));
    if (opened.kind !== 'needs-reading') throw new Error('expected a question');
    expect(opened.fileFormat).toBe('csv');
    expect(opened.head.columns).toEqual([
      'Datum',
      'Ort',
      'Breite',
      'Länge',
      'Kategorie',
      'Beschreibung',
    ]);
    expect(opened.proposal.format).toBeNull();
    expect(opened.proposal.reading).toEqual({
      date: 'Datum',
      dateOrder: 'dmy',
      title: '{Beschreibung}',
      lat: 'Breite',
      lon: 'Länge',
      place: 'Ort',
      category: 'Kategorie',
    });
    // Days above 12 settle the order: nothing to ask.
    expect(opened.proposal.questions).toEqual({ dateOrder: false, swapped: false });
  });

  it('reads dd.mm.yyyy day first and decimal commas', async () => {
    const { output } = await openAccepting(formatFixture('custom-dayfirst.csv'));
    const berlin = eventOfRecord(output, 1);
    expect(berlin.date).toBe('2023-03-14');
    expect(berlin.datePrecision).toBe('day');
    expect(berlin.location).toEqual({
      lat: 52.52,
      lon: 13.405,
      name: 'Berlin',
      precision: 'exact',
    });
    expect(berlin.category).toBe('Demonstration');
    // 05.04.2023 and 02.05.2023 would read as May 4 and Feb 5 month first.
    expect(eventOfRecord(output, 2).date).toBe('2023-04-05');
    expect(eventOfRecord(output, 4).date).toBe('2023-05-02');
    expect(eventOfRecord(output, 4).location).toMatchObject({
      name: 'Köln',
      lat: 50.9375,
      lon: 6.9603,
    });
    expect(eventOfRecord(output, 12).date).toBe('2023-12-01');
    expect(eventOfRecord(output, 10).title).toBe(
      'Synthetischer Testeintrag: Demonstration, "friedlich" laut Veranstaltern.',
    );
    expect(output.dataset.categories.map((c) => c.id).sort()).toEqual([
      'Demonstration',
      'Kundgebung',
      'Polizeieinsatz',
    ]);
    expect(output.dataset.title).toBe('custom-dayfirst.csv');
  });
});

describe('an English sheet with place names only (custom-places-only.csv)', () => {
  it('asks, proposing place and country and no coordinates', async () => {
    const opened = await openDataset(formatFixture('custom-places-only.csv'));
    if (opened.kind !== 'needs-reading') throw new Error('expected a question');
    expect(opened.proposal.reading).toEqual({
      date: 'Event date',
      title: '{What happened}',
      place: 'City',
      country: 'Country',
    });
    expect(opened.proposal.questions).toEqual({ dateOrder: false, swapped: false });
  });

  it('reads "Jan 10, 2024" and places names from the gazetteer', GAZETTEER_TIMEOUT, async () => {
    const { output } = await openAccepting(formatFixture('custom-places-only.csv'));
    const muscat = eventOfRecord(output, 1);
    expect(muscat.date).toBe('2024-01-10');
    expect(muscat.location).toMatchObject({
      name: 'Muscat',
      country: 'Oman',
      precision: 'approximate',
    });
    expect(muscat.location?.lat).toBeCloseTo(23.58, 1);
    expect(muscat.location?.lon).toBeCloseTo(58.4, 1);
    expect(muscat.location?.note).toMatch(/GeoNames.*geonames\.org\/\d+/);
    expect(eventOfRecord(output, 4).location).toMatchObject({ name: 'Paris', country: 'France' });
    expect(eventOfRecord(output, 4).location?.lat).toBeCloseTo(48.85, 1);
    expect(eventOfRecord(output, 5).date).toBe('2024-02-02');
    // The ambiguous and the unknown names load, without a place.
    expect(eventOfRecord(output, 6).location).toBeUndefined();
    expect(eventOfRecord(output, 10).location).toBeUndefined();
    expect(eventOfRecord(output, 10).date).toBe('2024-03-20');
  });
});

describe('Chronomap’s own format', () => {
  const ownJson = textInput(
    JSON.stringify({
      version: 1,
      title: 'Own',
      events: [{ id: 'a', title: 'First', date: '2024-01-10', location: { lat: 1, lon: 2 } }],
    }),
    'own.json',
  );

  it('loads a CSV and a JSON directly, without a reading', async () => {
    const csv = await openDataset(eventsFixture('events.csv'));
    if (csv.kind !== 'loaded') throw new Error('expected a loaded dataset');
    expect(csv.output.reading).toBeUndefined();
    expect(csv.output.readAs).toBeUndefined();
    expect(csv.output.dataset.byId.get('talks')?.actors).toEqual(['Oman', 'Iran', 'United States']);
    const json = await openDataset(ownJson);
    if (json.kind !== 'loaded') throw new Error('expected a loaded dataset');
    expect(json.output.format).toBe('json');
    expect(json.output.dataset.events.map((e) => e.id)).toEqual(['a']);
    const geojson = await openDataset(eventsFixture('events.geojson'));
    expect(geojson.kind).toBe('loaded');
  });

  it('asks for a CSV or GeoJSON when the reader wants to choose', async () => {
    const csv = await openDataset(eventsFixture('events.csv'), { ask: true });
    if (csv.kind !== 'needs-reading') throw new Error('expected a question');
    expect(csv.proposal.reading).toMatchObject({
      date: 'date',
      title: '{title}',
      lat: 'lat',
      lon: 'lon',
    });
    const output = await csv.finish(csv.proposal.reading);
    // Read through the proposal, the same rows give the same events as Chronomap's own parser.
    const direct = await openDataset(eventsFixture('events.csv'));
    if (direct.kind !== 'loaded') throw new Error('expected a loaded dataset');
    const summary = (e: (typeof output.dataset.events)[number]) => [
      e.id,
      e.date,
      e.title,
      e.location?.lat,
      e.actors,
    ];
    expect(output.dataset.events.map(summary)).toEqual(direct.output.dataset.events.map(summary));
    const geojson = await openDataset(eventsFixture('events.geojson'), { ask: true });
    expect(geojson.kind).toBe('needs-reading');
  });

  it('asks even for a known format when the reader wants to choose', async () => {
    const opened = await openDataset(formatFixture('acled-api.csv'), { ask: true });
    if (opened.kind !== 'needs-reading') throw new Error('expected a question');
    expect(opened.proposal.format?.id).toBe('acled');
  });

  it('loads a Chronomap JSON directly even when asked: it has no columns to choose', async () => {
    expect((await openDataset(ownJson, { ask: true })).kind).toBe('loaded');
  });
});

describe('a link’s reading', () => {
  const sheet = textInput(
    'Wann;Was;Breite;Länge\n10.01.2024;Eins;52,5;13,4\n11.01.2024;Zwei;48,1;11,6\n',
    'x.csv',
  );

  it('reads without asking when the file has its columns', async () => {
    const reading = {
      date: 'Wann',
      dateOrder: 'dmy' as const,
      title: '{Was}',
      lat: 'Breite',
      lon: 'Länge',
    };
    const opened = await openDataset(sheet, { reading });
    if (opened.kind !== 'loaded') throw new Error('expected a loaded dataset');
    expect(opened.output.dataset.events.map((e) => e.date)).toEqual(['2024-01-10', '2024-01-11']);
    expect(opened.output.read).toBe('date:Wann;order:dmy;title:{Was};lat:Breite;lon:Länge');
  });

  it('falls back to asking when the file lacks its date column', async () => {
    const opened = await openDataset(sheet, { reading: { date: 'Datum', title: '{Was}' } });
    if (opened.kind !== 'needs-reading') throw new Error('expected a question');
    expect(opened.proposal.reading.date).toBe('Wann');
  });

  it('is used over a known format’s own reading', async () => {
    const reading = { date: 'event_date', title: '{location}' };
    const opened = await openDataset(formatFixture('acled-api.csv'), { reading });
    if (opened.kind !== 'loaded') throw new Error('expected a loaded dataset');
    expect(opened.output.dataset.events.find((e) => e.record === 1)?.title).toBe('Aden');
    expect(opened.output.readAs).toBeUndefined();
  });
});
