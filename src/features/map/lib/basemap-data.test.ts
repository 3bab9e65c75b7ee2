import { describe, expect, it } from 'vitest';

import { countryLabelPoints, placeFeatures } from './basemap-data';

describe('basemap data', () => {
  it('labels a country at the centre of its largest polygon', () => {
    const square = (x: number, y: number, size: number) => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    const labels = countryLabelPoints({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          properties: { name: 'Mainland and island' },
          geometry: {
            type: 'MultiPolygon',
            coordinates: [[square(0, 0, 10)], [square(50, 50, 1)]],
          },
        },
        {
          type: 'Feature',
          properties: { name: 'Speck' },
          geometry: { type: 'Polygon', coordinates: [square(5, 5, 0.1)] },
        },
      ],
    });
    expect(labels.features).toEqual([
      {
        type: 'Feature',
        geometry: { type: 'Point', coordinates: [5, 5] },
        properties: { name: 'Mainland and island', area: 100 },
      },
    ]);
  });

  it('has the reference places a reader of this region needs', () => {
    const names = placeFeatures().features.map((f) => f.properties?.['name']);
    for (const name of [
      'Red Sea',
      'Gulf of Aden',
      'Bab el-Mandeb',
      'Persian Gulf',
      'Arabian Sea',
      'Mediterranean Sea',
      'Muscat',
      "Sana'a",
      'Hodeidah',
      'Aden',
      'Baghdad',
      'Erbil',
      'Damascus',
      'Amman',
      'Tehran',
      'Riyadh',
      'Djibouti',
    ]) {
      expect(names).toContain(name);
    }
  });
});
