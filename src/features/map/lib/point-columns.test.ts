import { describe, expect, it } from 'vitest';

import type { Category, ChronoEvent } from '@/domain/events/types';
import { MAX_DRAWN_LATITUDE } from '@/domain/places/drawn-latitude';

import { toFeatureCollection } from './event-layers';
import { gridFeatures } from './grid';
import { pointColumns } from './point-columns';

const categories: Category[] = [{ id: 'polar', label: 'Polar', color: '#0072B2' }];

const at = (id: string, lat: number): ChronoEvent =>
  ({
    id,
    index: 0,
    category: 'polar',
    start: 0,
    end: 1,
    location: { lon: 0, lat, precision: 'exact' },
  }) as ChronoEvent;

describe('events at the poles', () => {
  const events = [at('south', -90), at('north', 90), at('oslo', 59.9)];
  const edge = MAX_DRAWN_LATITUDE;

  it('are drawn at the edge of the map, however the map draws its points', () => {
    expect([...pointColumns(events, categories).columns.lat]).toEqual([-edge, edge, 59.9]);
    const points = toFeatureCollection(events, categories).features;
    expect(points.map((point) => point.geometry.coordinates[1])).toEqual([-edge, edge, 59.9]);
    // A halo's radius in pixels stays finite: at the pole itself a pixel covers no ground.
    expect(points.every((point) => point.properties.r0 < 1000)).toBe(true);
    const cells = gridFeatures(events, 2, categories).features;
    expect(cells.map((cell) => cell.geometry.coordinates[1]).sort()).toEqual([-edge, 59.9, edge]);
  });

  it('keep their true place in the data', () => {
    pointColumns(events, categories);
    toFeatureCollection(events, categories);
    expect(events.map((event) => event.location?.lat)).toEqual([-90, 90, 59.9]);
  });
});
