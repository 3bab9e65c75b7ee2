import { describe, expect, it } from 'vitest';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';

import { makeDataset, rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { basemapStyle } from './basemap-style';
import {
  eventLayers,
  eventsSource,
  highlightFeatures,
  highlightSource,
  timeFilter,
  toFeatureCollection,
} from './event-layers';

describe('event layers', () => {
  const dataset = makeDataset([
    rawEvent({
      id: 'placed',
      category: 'maritime',
      location: { lat: 12.8, lon: 45.0, precision: 'approximate' },
    }),
    { ...rawEvent({ id: 'noplace' }), location: undefined },
  ]);

  it('turns events with a place into coloured points and leaves the rest out', () => {
    const fc = toFeatureCollection(dataset.events, TEST_CATEGORIES);
    expect(fc.features).toHaveLength(1);
    expect(fc.features[0]).toMatchObject({
      geometry: { type: 'Point', coordinates: [45.0, 12.8] },
      properties: { id: 'placed', color: '#D55E00', approx: 1 },
    });
  });

  it('filters by time with a layer filter over start and end', () => {
    expect(timeFilter({ start: 10, end: 20 })).toEqual([
      'all',
      ['<', ['get', 's'], 20],
      ['>', ['get', 'e'], 10],
    ]);
    expect(timeFilter({ start: -Infinity, end: 20 })).toEqual(['all', ['<', ['get', 's'], 20]]);
  });

  it('builds a style MapLibre accepts, in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const style = basemapStyle(theme);
      style.sources['events'] = eventsSource();
      style.sources['highlight'] = highlightSource();
      style.layers.push(...eventLayers(theme));
      const withFilter = {
        ...style,
        layers: style.layers.map((l) =>
          l.id === 'event-circles' ? { ...l, filter: timeFilter({ start: 0, end: 1 }) } : l,
        ),
      };
      expect(validateStyleMin(withFilter)).toEqual([]);
    }
  });

  it('rings the selection on top of a hovered event', () => {
    const placed = dataset.byId.get('placed')!;
    const fc = highlightFeatures(placed, placed, TEST_CATEGORIES);
    expect(fc.features.map((f) => f.properties?.['role'])).toEqual(['selected']);
  });
});
