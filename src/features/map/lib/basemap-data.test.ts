import { describe, expect, it } from 'vitest';

import {
  cleanLand,
  countryLabelPoints,
  placeFeatures,
  splitAtAntimeridian,
  unwrapRing,
} from './basemap-data';

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

  it('keeps rings that cross the antimeridian continuous', () => {
    expect(
      unwrapRing([
        [179, 65],
        [-179, 66],
        [-175, 64],
        [178, 64],
        [179, 65],
      ]),
    ).toEqual([
      [179, 65],
      [181, 66],
      [185, 64],
      [178, 64],
      [179, 65],
    ]);
  });

  it('splits lines where they jump across the antimeridian, and drops Antarctica', () => {
    expect(
      splitAtAntimeridian([
        [
          [170, 60],
          [179.9, 61],
          [-179.9, 61],
          [-170, 60],
        ],
      ]),
    ).toEqual([
      [
        [170, 60],
        [179.9, 61],
      ],
      [
        [-179.9, 61],
        [-170, 60],
      ],
    ]);
    const antarctica = [
      [
        [-180, -85],
        [0, -70],
        [180, -85],
        [-180, -85],
      ],
    ];
    const africa = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 0],
      ],
    ];
    const land = cleanLand({
      type: 'Feature',
      properties: {},
      geometry: { type: 'MultiPolygon', coordinates: [antarctica, africa] },
    });
    expect(land.geometry.coordinates).toEqual([africa]);
  });
});
