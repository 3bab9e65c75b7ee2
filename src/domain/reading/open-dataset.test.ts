/**
 * Every file in e2e/fixtures/formats/ opened as the dataset worker opens it, with the proposal
 * accepted unchanged where the file asks: each row loads with the file's own dates, places,
 * categories, actors, sources and tolls. Known formats load without asking.
 */
import { describe, expect, it } from 'vitest';

import {
  eventById,
  fixtureRowCount,
  FORMAT_FIXTURES,
  formatFixture,
  openAccepting,
} from './format-fixtures.test-support';

/** Rows the README says are deliberately incomplete, and the problems they may bring. */
const EXPECTED_PROBLEMS: Record<string, { record: number; message: RegExp }[]> = {
  'custom-places-only.csv': [
    // Springfield, United States: many Springfields in the US, none dominant.
    { record: 5, message: /"Springfield" could be/ },
    // Springfield without a country.
    { record: 6, message: /"Springfield" could be/ },
    { record: 10, message: /"Fictionburg" is not in the gazetteer/ },
  ],
};

const KNOWN: Record<string, string> = {
  'usgs-feed.geojson': 'a USGS earthquake feed',
  'acled-export.csv': 'an ACLED export',
  'acled-api.csv': 'an ACLED export',
  'gdelt-events.tsv': 'a GDELT events export',
  'gdelt-bigquery.csv': 'a GDELT events export',
  'timemap-sheet.csv': 'a timemap sheet',
};

describe('every fixture in e2e/fixtures/formats', () => {
  it('is covered by this test', () => {
    expect(FORMAT_FIXTURES.sort()).toEqual(
      [...Object.keys(KNOWN), 'custom-dayfirst.csv', 'custom-places-only.csv'].sort(),
    );
  });

  // The first gazetteer load (places-only sheet) builds its chunks: seconds, once.
  it.each(FORMAT_FIXTURES)(
    '%s: every row loads, with problems only where meant',
    { timeout: 30_000 },
    async (name) => {
      const { output, asked } = await openAccepting(formatFixture(name));
      expect(output.dataset.events).toHaveLength(fixtureRowCount(name));
      const expected = EXPECTED_PROBLEMS[name] ?? [];
      expect(output.problems.map((p) => p.record)).toEqual(expected.map((p) => p.record));
      output.problems.forEach((problem, i) => {
        expect(problem.severity).toBe('warning');
        expect(problem.message).toMatch(expected[i]?.message ?? /^$/);
      });
      expect(asked).toBe(!(name in KNOWN));
      expect(output.readAs).toBe(KNOWN[name]);
      // The reading travels with the output, for the link and the dialog's "change reading".
      expect(output.reading?.date).toBeTruthy();
      expect(output.read).toMatch(/^(format:\w+;)?date:/);
      expect(output.skippedRows ?? null).toBeNull();
    },
  );
});

describe('USGS feed', () => {
  it('reads epoch milliseconds as the UTC instant, the geometry as the place', async () => {
    const { output } = await openAccepting(formatFixture('usgs-feed.geojson'));
    expect(output.format).toBe('geojson');
    expect(output.recordKind).toBe('feature');
    expect(output.dataset.title).toBe('USGS All Earthquakes, Past Month (synthetic)');
    const first = eventById(output, 'ak5f8syn28');
    expect(first.record).toBe(1);
    // time 1706640068313
    expect(first.date).toBe('2024-01-30T18:41:08.313Z');
    expect(first.start).toBe(1706640068313);
    expect(first.title).toBe('M 6.0 - 69 km ESE of Placeholder Bay (synthetic)');
    expect(first.location).toMatchObject({
      lat: 61.1683,
      lon: -150.6449,
      name: '69 km ESE of Placeholder Bay (synthetic)',
    });
    expect(first.category).toBe('earthquake');
    expect(first.sources).toEqual([
      { href: 'https://example.org/earthquakes/eventpage/ak5f8syn28' },
    ]);
    // Southern and western hemispheres keep their signs.
    expect(eventById(output, 'us5essyn12').location).toMatchObject({
      lat: -31.2658,
      lon: -72.3703,
    });
  });

  it('keeps the feed’s event types as categories', async () => {
    const { output } = await openAccepting(formatFixture('usgs-feed.geojson'));
    expect(output.dataset.categories.map((c) => c.id).sort()).toEqual(
      ['earthquake', 'explosion', 'ice quake', 'other event', 'quarry blast'].sort(),
    );
    expect(eventById(output, 'us5eksyn4').category).toBe('quarry blast');
    expect(eventById(output, 'ci5eosyn8').date).toBe('2024-01-13T15:33:03.451Z');
  });
});

describe('ACLED', () => {
  it('reads the export tool’s "01 January 2024" and the precision codes', async () => {
    const { output } = await openAccepting(formatFixture('acled-export.csv'));
    const clash = eventById(output, 'YEM90000');
    expect(clash.date).toBe('2024-01-01');
    expect(clash.datePrecision).toBe('day');
    expect(clash.title).toBe('Armed clash — Sanaa');
    expect(clash.category).toBe('Battles');
    expect(clash.location).toMatchObject({
      lat: 15.3547,
      lon: 44.2067,
      name: 'Sanaa',
      country: 'Yemen',
      precision: 'exact',
    });
    expect(clash.actors).toEqual(['Synthetic Armed Group A', 'Synthetic Militia B']);
    expect(clash.casualties).toEqual({ killed: 2 });
    // time_precision 2 (a week), 3 (the month); geo_precision 2 and 3.
    expect(eventById(output, 'IRQ90004').datePrecision).toBe('approximate');
    expect(eventById(output, 'YEM90006').datePrecision).toBe('month');
    expect(eventById(output, 'OMN90005').location?.precision).toBe('approximate');
    expect(eventById(output, 'YEM90008').location?.precision).toBe('region');
    expect(eventById(output, 'IRQ90015').date).toBe('2024-02-22');
  });

  it('splits associated actors on "; " and reads sources as publishers', async () => {
    const { output } = await openAccepting(formatFixture('acled-export.csv'));
    const protest = eventById(output, 'OMN90005');
    expect(protest.actors).toEqual(['Protesters (Oman)', 'Students (Oman)', 'Teachers (%C)']);
    expect(eventById(output, 'IRQ90002').sources).toEqual([
      { publisher: 'Synthetic Wire' },
      { publisher: 'Example Daily' },
    ]);
    // The note with quotes and commas survives whole.
    expect(eventById(output, 'YEM90003').summary).toBe(
      'Synthetic row for tests, not a real report: on 22 January 2024, "unknown" persons attacked a house near Aden, 3 killed.',
    );
    expect(eventById(output, 'YEM90003').casualties).toEqual({ killed: 3 });
  });

  it('reads the API’s ISO dates the same way', async () => {
    const { output } = await openAccepting(formatFixture('acled-api.csv'));
    const shelling = eventById(output, 'YEM90100');
    expect(shelling.date).toBe('2024-01-02');
    expect(shelling.casualties).toEqual({ killed: 3 });
    expect(shelling.sources).toEqual([
      { publisher: 'Synthetic Wire' },
      { publisher: 'Example Daily' },
    ]);
    expect(eventById(output, 'OMN90102').location).toMatchObject({ lat: 23.588, lon: 58.3829 });
    expect(eventById(output, 'IRQ90101').date).toBe('2024-01-09');
  });
});

describe.each(['gdelt-events.tsv', 'gdelt-bigquery.csv'])('GDELT (%s)', (name) => {
  const id = (n: number) => String((name.endsWith('.tsv') ? 1150000000 : 1150000100) + n);

  it('reads SQLDATE as the day, CAMEO roots as category names', async () => {
    const { output } = await openAccepting(formatFixture(name));
    const protest = eventById(output, id(1));
    expect(protest.date).toBe('2024-01-10');
    expect(protest.datePrecision).toBe('day');
    expect(protest.category).toBe('Protest');
    expect(protest.actors).toEqual(['PROTESTER', 'POLICE']);
    expect(protest.title).toBe('PROTESTER – POLICE · Baghdad, Baghdad, Iraq');
    expect(protest.sources).toEqual([
      { href: `https://example.org/news/synthetic-report-${id(1)}` },
    ]);
    expect(protest.location).toMatchObject({ lat: 33.3386, lon: 44.3939, precision: 'exact' });
    expect(eventById(output, id(2)).category).toBe('Fight');
    expect(eventById(output, id(3)).category).toBe('Express intent to cooperate');
    expect(eventById(output, id(5)).date).toBe('2024-01-14');
  });

  it('places country centroids as regions and loads the row with no place', async () => {
    const { output } = await openAccepting(formatFixture(name));
    expect(eventById(output, id(6)).location).toMatchObject({
      lat: 15,
      lon: 48,
      name: 'Yemen',
      precision: 'region',
    });
    const nowhere = eventById(output, id(7));
    expect(nowhere.location).toBeUndefined();
    expect(nowhere.date).toBe('2024-01-11');
    expect(nowhere.category).toBe('Coerce');
    if (name.endsWith('.tsv')) {
      expect(eventById(output, id(14)).location).toMatchObject({
        name: 'Ninawa, Iraq',
        precision: 'region',
      });
    }
  });
});

describe('timemap sheet', () => {
  it('reads MM/DD/YYYY with the time of day, the first association as category', async () => {
    const { output } = await openAccepting(formatFixture('timemap-sheet.csv'));
    const [first, second] = output.dataset.events;
    expect(first?.date).toBe('2023-03-02T07:00:00Z');
    expect(first?.category).toBe('tear_gas');
    expect(first?.location).toMatchObject({
      lat: 31.3485,
      lon: 34.7874,
      name: 'Site A (synthetic)',
    });
    expect(first?.sources).toEqual([{ publisher: 'src1' }]);
    expect(second?.date).toBe('2023-03-09T12:15:00Z');
    // 04/14/2023: a 14 in second place, month first.
    expect(output.dataset.events.find((e) => e.record === 8)?.date).toBe('2023-04-14T18:45:00Z');
  });
});
