import { describe, expect, it } from 'vitest';

import { DatasetError } from './dataset-error';
import { parseGeoJson } from './parse-geojson';
import { parseChronomapJson } from './parse-json';
import { MAX_CATEGORIES } from './schema';
import { describeProblem } from './types';

const categories = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `c${i}`, label: `Category ${i}` }));
const event = (id: string, category: string) => ({ id, title: id, date: '2024-01-01', category });
const feature = (id: string, category: string) => ({
  type: 'Feature',
  geometry: null,
  properties: event(id, category),
});

const TOO_MANY =
  'file: categories declares 100,001 categories, more than the 100,000 Chronomap reads; the first 100,000 are declared, the others get derived colours';

describe('declared categories', () => {
  it('reads thousands of them: any column can be the category', () => {
    const { dataset, problems } = parseChronomapJson({
      categories: categories(5_000),
      events: [event('a', 'c4999')],
    });
    expect(problems).toEqual([]);
    expect(dataset.categories).toHaveLength(5_000);
    expect(dataset.categories[4_999]).toMatchObject({ id: 'c4999', label: 'Category 4999' });
  });

  it('past the limit in JSON, declares the first ones, says so and loads every event', () => {
    const { dataset, problems } = parseChronomapJson({
      categories: categories(MAX_CATEGORIES + 1),
      events: [event('a', 'c0'), event('b', `c${MAX_CATEGORIES}`)],
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect(dataset.categories.length).toBe(MAX_CATEGORIES + 1);
    expect(dataset.categories[0]).toMatchObject({ id: 'c0', label: 'Category 0' });
    expect(problems.map((p) => describeProblem(p))).toEqual([
      TOO_MANY,
      `event #2 "b": category "c${MAX_CATEGORIES}" is not declared in the file; shown with a derived colour`,
    ]);
  });

  it('past the limit in GeoJSON, reports it rather than dropping them all', () => {
    const { dataset, problems } = parseGeoJson({
      type: 'FeatureCollection',
      categories: categories(MAX_CATEGORIES + 1),
      features: [feature('a', 'c1')],
    });
    expect(dataset.categories[1]).toMatchObject({ id: 'c1', label: 'Category 1' });
    expect(problems.map((p) => describeProblem(p, 'feature'))).toEqual([TOO_MANY]);
  });
});

describe('a header the schema refuses', () => {
  it('makes a JSON file unusable, naming the field', () => {
    expect(() =>
      parseChronomapJson({ categories: [{ id: 'x', color: 'red' }], events: [event('a', 'x')] }),
    ).toThrow(
      new DatasetError(
        'The dataset header is invalid: categories[0].color must be a colour like #0072B2.',
      ),
    );
  });

  it('in GeoJSON is reported and left out, the rest of the header kept', () => {
    const { dataset, problems } = parseGeoJson({
      type: 'FeatureCollection',
      title: 'Mine',
      categories: [
        { id: 'good', label: 'Good' },
        { id: 'bad', color: 'red' },
      ],
      features: [feature('a', 'good')],
    });
    expect(dataset.title).toBe('Mine');
    expect(dataset.categories.map((c) => c.label)).toEqual(['Good']);
    expect(problems.map((p) => describeProblem(p, 'feature'))).toEqual([
      'file: categories[1].color must be a colour like #0072B2; ignored',
    ]);
  });

  it('in GeoJSON, a bad title is reported and the file named instead', () => {
    const { dataset, problems } = parseGeoJson({
      type: 'FeatureCollection',
      title: 42,
      features: [feature('a', 'x')],
    });
    expect(dataset.title).toBe('Untitled dataset');
    expect(problems.map((p) => describeProblem(p, 'feature'))).toEqual([
      'file: title must be text, got 42; ignored',
    ]);
  });
});
