import { describe, expect, it } from 'vitest';

import type { Category } from '@/domain/events/types';

import { clusterSummary, nearestFeature } from './map-pointer';

const point = (lon: number, lat: number, id: string) => ({
  id,
  geometry: { type: 'Point', coordinates: [lon, lat] } as GeoJSON.Geometry,
});
/** A flat projection: one degree is ten pixels. */
const project = ([lon, lat]: [number, number]) => ({ x: lon * 10, y: lat * 10 });

describe('nearestFeature', () => {
  it('picks the feature drawn nearest to the pointer, not the first found', () => {
    const features = [point(1, 1, 'far'), point(2.1, 2, 'near'), point(3, 3, 'farther')];
    expect(nearestFeature(features, project, { x: 20, y: 20 })?.id).toBe('near');
  });

  it('skips what is not a point, and finds nothing in an empty box', () => {
    const line = {
      id: 'line',
      geometry: { type: 'LineString', coordinates: [[2, 2]] } as GeoJSON.Geometry,
    };
    expect(nearestFeature([line, point(5, 5, 'dot')], project, { x: 20, y: 20 })?.id).toBe('dot');
    expect(nearestFeature([], project, { x: 0, y: 0 })).toBeNull();
  });
});

describe('clusterSummary', () => {
  const categories: Category[] = [
    { id: 'battle', label: 'Battle', color: '#f00' },
    { id: 'treaty', label: 'Treaty', color: '#00f' },
  ];

  it('counts a cluster’s events by category, leaving out the empty ones', () => {
    expect(clusterSummary({ c0: 3, c1: 0, c8: 2 }, categories)).toBe('3 Battle, 2 other');
  });
});
