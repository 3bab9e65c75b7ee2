import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { basemapStyle } from './basemap-style';
import {
  donutIconExpression,
  eventLayers,
  eventsFilter,
  eventsSource,
  pointSource,
  tilesSource,
  parseDonutId,
  toFeatureCollection,
  uncertaintyRadiusKm,
} from './event-layers';

const fonts = {
  regular: 'https://app.example/regular.woff2',
  italic: 'https://app.example/italic.woff2',
};

describe('event layers', () => {
  const dataset = makeDataset([
    rawEvent({
      id: 'placed',
      category: 'maritime',
      location: { lat: 12.8, lon: 45.0, precision: 'approximate', radiusKm: 111 },
    }),
    rawEvent({
      id: 'exact',
      category: 'strikes',
      location: { lat: 0, lon: 10, precision: 'exact' },
    }),
    { ...rawEvent({ id: 'noplace' }), location: undefined },
  ]);

  it('turns events with a place into coloured points and leaves the rest out', () => {
    const fc = toFeatureCollection(dataset.events, TEST_CATEGORIES);
    expect(fc.features.map((f) => f.properties.id)).toEqual(['exact', 'placed']);
    expect(fc.features[1]).toMatchObject({
      geometry: { type: 'Point', coordinates: [45.0, 12.8] },
      properties: { id: 'placed', color: '#D55E00', approx: 1, ci: 1 },
    });
  });

  it('sizes the uncertainty halo from the reported radius, in pixels at zoom 0', () => {
    const fc = toFeatureCollection(dataset.events, TEST_CATEGORIES);
    const placed = fc.features.find((f) => f.properties.id === 'placed')!;
    // 111 km at latitude 12.8: about 1.45 px at zoom 0, so about 46 px at zoom 5.
    expect(placed.properties.r0 * 32).toBeCloseTo(46.4, 0);
    expect(uncertaintyRadiusKm({ lat: 0, lon: 0, precision: 'region' })).toBe(150);
    expect(uncertaintyRadiusKm({ lat: 0, lon: 0, precision: 'exact' })).toBe(0);
  });

  it('filters points (never clusters) by time', () => {
    expect(eventsFilter({ start: 10, end: 20 })).toEqual([
      'all',
      ['!', ['has', 'point_count']],
      ['<', ['get', 's'], 20],
      ['>', ['get', 'e'], 10],
    ]);
    expect(eventsFilter({ start: -Infinity, end: 20 })).toEqual([
      'all',
      ['!', ['has', 'point_count']],
      ['<', ['get', 's'], 20],
    ]);
    expect(eventsFilter(null)).toEqual(['all', ['!', ['has', 'point_count']]]);
  });

  it('builds a style MapLibre accepts, in both themes, clustered or not', () => {
    for (const theme of ['light', 'dark'] as const) {
      for (const cluster of [true, false]) {
        const style = basemapStyle(theme, fonts);
        style.sources['events'] = eventsSource(cluster);
        style.sources['events-live'] = pointSource();
        style.sources['events-grid'] = pointSource();
        style.sources['events-tiles'] = tilesSource('chronomap-events://0/{z}/{x}/{y}');
        style.layers.push(...eventLayers(theme, 1, { start: 0, end: 1 }, !cluster));
        expect(validateStyleMin(style)).toEqual([]);
      }
    }
  });

  it('names cluster donuts by category shares so few images serve many clusters', () => {
    expect(donutIconExpression(3, 'dark')[1]).toBe('donut:3:dark:');
    expect(parseDonutId('donut:3:dark:6,6,0,0,0,0,0,0,0')).toEqual({
      generation: 3,
      theme: 'dark',
      shares: [6, 6, 0, 0, 0, 0, 0, 0, 0],
    });
    expect(parseDonutId('marker-15')).toBeNull();
  });
});
