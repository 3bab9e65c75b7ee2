import { describe, expect, it, vi } from 'vitest';

import { PLACE_LABELS_LAYER } from './basemap-style';
import {
  mergeWorldLabels,
  showWorldLabels,
  worldPlaceFeatures,
  type WorldLabelRow,
} from './world-labels';

describe('world labels', () => {
  const handMade: GeoJSON.FeatureCollection<GeoJSON.Point> = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [44.191, 15.3694] },
        properties: { name: "Sana'a", kind: 'capital', rank: 1 },
      },
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [38.5, 20] },
        properties: { name: 'Red Sea', kind: 'sea', rank: 1 },
      },
    ],
  };

  it('keeps the hand-made labels and drops gazetteer places near them', () => {
    const rows: WorldLabelRow[] = [
      ['Sanaa', 44.207, 15.355, 1.7, 3, 1],
      ['Tokyo', 139.692, 35.69, 1.1, 3, 1],
      ['Near the sea label', 38.6, 20.1, 3, 5, 0],
    ];
    const names = mergeWorldLabels(handMade, rows).features.map((f) => f.properties?.['name']);
    expect(names).toEqual(["Sana'a", 'Red Sea', 'Tokyo', 'Near the sea label']);
  });

  it('labels capitals and large cities of the whole world, each from its own zoom', () => {
    const features = worldPlaceFeatures().features;
    const byName = new Map(features.map((f) => [f.properties?.['name'], f.properties]));
    expect(byName.get('Tokyo')).toMatchObject({ kind: 'capital', minzoom: 3 });
    expect(byName.get('Los Angeles')).toMatchObject({ kind: 'city' });
    expect(byName.get('Osaka')?.['minzoom']).toBeLessThanOrEqual(6);
    // The hand-made Sana'a stays, the gazetteer's "Sanaa" is dropped.
    expect(byName.has("Sana'a")).toBe(true);
    expect(byName.has('Sanaa')).toBe(false);
    expect(features.length).toBeLessThan(6000);
  });
});

describe('showWorldLabels', () => {
  it('sets the labels and draws each from its own zoom, keeping the layer filter', () => {
    const setData = vi.fn();
    const setFilter = vi.fn();
    const map = {
      getSource: () => ({ setData }),
      getFilter: () => ['==', ['get', 'kind'], 'city'],
      setFilter,
    } as unknown as Parameters<typeof showWorldLabels>[0];
    showWorldLabels(map);
    expect(setFilter).toHaveBeenCalledWith(PLACE_LABELS_LAYER, [
      'all',
      ['==', ['get', 'kind'], 'city'],
      ['>=', ['zoom'], ['coalesce', ['get', 'minzoom'], 0]],
    ]);
    expect(setData.mock.calls[0]?.[0].features.length).toBeGreaterThan(1000);
  });
});
