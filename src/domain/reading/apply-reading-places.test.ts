/**
 * Where rows are placed: coordinates in two columns or one, GeoJSON geometry, or a place name
 * looked up in the real offline gazetteer (GeoNames), reported when it cannot be placed.
 */
import { beforeAll, describe, expect, it } from 'vitest';

import { buildDataset } from '../events/build-dataset';
import type { DataProblem } from '../events/types';
import { loadGazetteer, type Gazetteer } from '../places/gazetteer';

import { readingRecords } from './apply-reading';
import { featureTable } from './table';
import type { Reading, Table } from './types';

const table = (columns: string[], ...rows: string[][]): Table => ({
  columns,
  rows,
  totalRows: rows.length,
});

function events(source: Table, reading: Reading, gazetteer: Gazetteer | null = null) {
  const problems: DataProblem[] = [];
  const built = buildDataset(
    { categories: [] },
    readingRecords(source, reading, problems, { gazetteer }),
  );
  const byRecord = (record: number) => built.dataset.events.find((e) => e.record === record);
  return { events: built.dataset.events, byRecord, problems: [...problems, ...built.problems] };
}

describe('coordinates', () => {
  it('reads decimal commas and degrees-minutes-seconds', () => {
    const sheet = table(
      ['d', 't', 'lat', 'lon'],
      ['2024-01-10', 'A', '52,5200', '13,4050'],
      ['2024-01-11', 'B', '33°18′44″N', '44°21′58″E'],
      ['2024-01-12', 'C', '33 18 44 S', '70 40 W'],
    );
    const { byRecord, problems } = events(sheet, {
      date: 'd',
      title: '{t}',
      lat: 'lat',
      lon: 'lon',
    });
    expect(problems).toEqual([]);
    expect(byRecord(1)?.location).toEqual({ lat: 52.52, lon: 13.405, precision: 'exact' });
    expect(byRecord(2)?.location?.lat).toBeCloseTo(33.3122, 4);
    expect(byRecord(2)?.location?.lon).toBeCloseTo(44.3661, 4);
    expect(byRecord(3)?.location?.lat).toBeCloseTo(-33.3122, 4);
    expect(byRecord(3)?.location?.lon).toBeCloseTo(-70.6667, 4);
  });

  it('warns of a latitude out of range, and loads the row without a place', () => {
    const sheet = table(
      ['d', 't', 'lat', 'lon'],
      ['2024-01-10', 'A', '123.5', '44.2'],
      ['2024-01-11', 'B', '15.3', '44.2'],
    );
    const {
      events: read,
      byRecord,
      problems,
    } = events(sheet, { date: 'd', title: '{t}', lat: 'lat', lon: 'lon' });
    expect(read).toHaveLength(2);
    expect(byRecord(1)?.location).toBeUndefined();
    expect(problems).toEqual([
      expect.objectContaining({
        record: 1,
        field: 'location',
        severity: 'warning',
        message: expect.stringMatching(/^column "lat": 123\.5 is out of range/),
      }),
    ]);
  });

  it('applies swapLatLon to two columns and to one', () => {
    const sheet = table(
      ['d', 't', 'lat', 'lon', 'pt'],
      ['2024-01-10', 'A', '139.69', '35.68', '139.69, 35.68'],
    );
    const pair = events(sheet, {
      date: 'd',
      title: '{t}',
      lat: 'lat',
      lon: 'lon',
      swapLatLon: true,
    });
    expect(pair.byRecord(1)?.location).toMatchObject({ lat: 35.68, lon: 139.69 });
    // "lon, lat" in a column of points: the latitude read first is out of range until swapped.
    const point = table(
      ['d', 't', 'pt'],
      ['2024-01-10', 'A', '139.69, 35.68'],
      ['2024-01-11', 'B', '44.2, 15.35'],
    );
    const swapped = events(point, { date: 'd', title: '{t}', point: 'pt', swapLatLon: true });
    expect(swapped.problems).toEqual([]);
    expect(swapped.byRecord(1)?.location).toMatchObject({ lat: 35.68, lon: 139.69 });
    expect(swapped.byRecord(2)?.location).toMatchObject({ lat: 15.35, lon: 44.2 });
  });

  it('reads "lat, lon" and WKT POINT (lon lat) from one column', () => {
    const sheet = table(
      ['d', 't', 'pt'],
      ['2024-01-10', 'A', '23.58, 58.40'],
      ['2024-01-11', 'B', 'POINT (45.03 12.78)'],
    );
    const { byRecord } = events(sheet, { date: 'd', title: '{t}', point: 'pt' });
    expect(byRecord(1)?.location).toMatchObject({ lat: 23.58, lon: 58.4 });
    expect(byRecord(2)?.location).toMatchObject({ lat: 12.78, lon: 45.03 });
  });
});

describe('GeoJSON geometry', () => {
  const feature = (geometry: unknown) => ({
    type: 'Feature',
    properties: { date: '2024-01-10', name: 'x' },
    geometry,
  });

  it('places a Point at it, a Polygon at its centre as a region, and none without geometry', () => {
    const features = [
      feature({ type: 'Point', coordinates: [44.2, 15.35] }),
      feature({
        type: 'Polygon',
        coordinates: [
          [
            [40, 10],
            [50, 10],
            [50, 20],
            [40, 20],
            [40, 10],
          ],
        ],
      }),
      feature(null),
    ];
    const { byRecord, problems } = events(featureTable(features), {
      date: 'date',
      title: '{name}',
      geometry: true,
    });
    expect(byRecord(1)?.location).toMatchObject({ lat: 15.35, lon: 44.2 });
    expect(byRecord(1)?.location?.precision).not.toBe('region');
    expect(byRecord(2)?.location).toMatchObject({ lat: 15, lon: 45, precision: 'region' });
    expect(byRecord(3)?.location).toBeUndefined();
    expect(problems).toEqual([]);
  });
});

describe('place names through the gazetteer', () => {
  let gazetteer: Gazetteer;
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  }, 60_000);

  const sheet = table(
    ['d', 't', 'city', 'country'],
    ['2024-01-10', 'A', 'Muscat', 'Oman'],
    ['2024-01-11', 'B', 'Springfield', ''],
    ['2024-01-12', 'C', 'Fictionburg', ''],
    ['2024-01-13', 'D', 'Paris', ''],
  );
  const reading: Reading = { date: 'd', title: '{t}', place: 'city', country: 'country' };

  it('places "Muscat", "Oman" approximately, citing GeoNames', () => {
    const { byRecord } = events(sheet, reading, gazetteer);
    const muscat = byRecord(1)?.location;
    expect(muscat).toMatchObject({ name: 'Muscat', country: 'Oman', precision: 'approximate' });
    expect(muscat?.lat).toBeCloseTo(23.58, 1);
    expect(muscat?.note).toMatch(
      /^Placed from the GeoNames gazetteer: Muscat, Oman \(geonames\.org\/\d+\)$/,
    );
  });

  it('reports an ambiguous name and an unknown one, and loads both rows without a place', () => {
    const { byRecord, problems } = events(sheet, reading, gazetteer);
    expect(byRecord(2)?.location).toBeUndefined();
    expect(byRecord(3)?.location).toBeUndefined();
    const [springfield, fictionburg] = problems.filter((p) => p.record === 2 || p.record === 3);
    expect(springfield?.message).toMatch(
      /^"Springfield" could be Springfield, .+\(-?\d+\.\d\d, -?\d+\.\d\d\); /,
    );
    expect(fictionburg?.message).toBe(
      '"Fictionburg" is not in the gazetteer; shown without a place',
    );
  });

  it('places "Paris" at the largest namesake, warning of the others', () => {
    const { byRecord, problems } = events(sheet, reading, gazetteer);
    expect(byRecord(4)?.location).toMatchObject({
      name: 'Paris',
      country: 'France',
      precision: 'approximate',
    });
    expect(problems.find((p) => p.record === 4)?.message).toMatch(
      /^"Paris" placed at Paris, France, the largest of \d+ places of that name$/,
    );
  });

  it('keeps the coordinates a row has, and looks up only the rows without', () => {
    const mixed = table(
      ['d', 't', 'city', 'lat', 'lon'],
      ['2024-01-10', 'A', 'Muscat', '1', '2'],
      ['2024-01-11', 'B', 'Muscat', '', ''],
    );
    const { byRecord } = events(
      mixed,
      { date: 'd', title: '{t}', place: 'city', lat: 'lat', lon: 'lon' },
      gazetteer,
    );
    expect(byRecord(1)?.location).toMatchObject({ lat: 1, lon: 2, name: 'Muscat' });
    expect(byRecord(2)?.location?.note).toMatch(/GeoNames/);
  });

  it('says a name was not looked up when there is no gazetteer', () => {
    const { problems } = events(sheet, reading, null);
    expect(problems[0]?.message).toBe(
      '"Muscat" has no coordinates and was not looked up; shown without a place',
    );
  });
});
