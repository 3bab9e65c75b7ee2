import { describe, expect, it } from 'vitest';

import { middleLongitude, parseGeoJson, placeOf } from './parse-geojson';
import { describeProblem } from './types';

const ring = (west: number, east: number, south: number, north: number) => [
  [
    [west, south],
    [east, south],
    [east, north],
    [west, north],
    [west, south],
  ],
];

describe('placeOf', () => {
  it('places a Point at itself', () => {
    expect(placeOf({ type: 'Point', coordinates: [45, 12] })).toEqual({ lon: 45, lat: 12 });
  });

  it('places a polygon at the centre of its extent, as a region', () => {
    expect(placeOf({ type: 'Polygon', coordinates: ring(10, 20, 30, 40) })).toEqual({
      lon: 15,
      lat: 35,
      fromShape: 'Polygon',
    });
  });

  it('centres a shape across the antimeridian near 180, not at 0', () => {
    const line = placeOf({
      type: 'LineString',
      coordinates: [
        [170, -10],
        [-170, -20],
      ],
    });
    expect(line).toMatchObject({ lat: -15 });
    expect(Math.abs((line as { lon: number }).lon)).toBe(180);
    const polygon = placeOf({ type: 'Polygon', coordinates: ring(175, -165, 50, 60) }) as {
      lon: number;
    };
    expect(polygon.lon).toBeCloseTo(-175);
    const fiji = placeOf({
      type: 'MultiPolygon',
      coordinates: [ring(177, 180, -19, -16), ring(-180, -178, -19, -16)],
    }) as { lon: number };
    expect(fiji.lon).toBeCloseTo(179.5);
  });

  it('reads longitudes past 180 as the same meridians', () => {
    const shape = placeOf({
      type: 'LineString',
      coordinates: [
        [170, 0],
        [190, 0],
      ],
    }) as {
      lon: number;
    };
    expect(Math.abs(shape.lon)).toBe(180);
  });

  it('centres a GeometryCollection over all its members, as documented', () => {
    expect(
      placeOf({
        type: 'GeometryCollection',
        geometries: [
          { type: 'Point', coordinates: [10, 10] },
          {
            type: 'LineString',
            coordinates: [
              [20, 20],
              [30, 30],
            ],
          },
          { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [10, 40] }] },
        ],
      }),
    ).toEqual({ lon: 20, lat: 25, fromShape: 'GeometryCollection' });
  });

  it('finds no place in a shape without coordinates', () => {
    expect(placeOf({ type: 'GeometryCollection', geometries: [] })).toBe('invalid');
    expect(placeOf({ type: 'Polygon', coordinates: [] })).toBe('invalid');
    expect(placeOf({ type: 'Polygon', coordinates: [[['a', 'b']]] })).toBe('invalid');
    expect(placeOf('Point')).toBe('invalid');
    expect(placeOf(null)).toBeNull();
  });
});

describe('middleLongitude', () => {
  it.each([
    [[5], 5],
    [[10, 20], 15],
    [[-90, 90], 0],
    [[170, -170], 180],
    [[-175, 179, 178], -178.5],
  ])('of %j is %d', (lons, middle) => {
    expect(middleLongitude(lons)).toBeCloseTo(middle);
  });
});

describe('parseGeoJson', () => {
  it('places features across the antimeridian and in collections, with a warning naming the shape', () => {
    const { dataset, problems } = parseGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'strait',
          geometry: {
            type: 'LineString',
            coordinates: [
              [170, 65],
              [-170, 66],
            ],
          },
          properties: { title: 'Across the date line', date: '2024-01-10' },
        },
        {
          type: 'Feature',
          id: 'both',
          geometry: {
            type: 'GeometryCollection',
            geometries: [
              { type: 'Point', coordinates: [40, 10] },
              { type: 'Point', coordinates: [50, 20] },
            ],
          },
          properties: { title: 'Two places', date: '2024-01-11' },
        },
      ],
    });
    expect(Math.abs(dataset.byId.get('strait')?.location?.lon ?? 0)).toBe(180);
    expect(dataset.byId.get('both')?.location).toMatchObject({
      lon: 45,
      lat: 15,
      precision: 'region',
    });
    expect(problems.map((problem) => describeProblem(problem, 'feature'))).toEqual([
      'feature #1 "strait": geometry is a LineString, not a Point; placed at the centre of its extent and marked as a region',
      'feature #2 "both": geometry is a GeometryCollection, not a Point; placed at the centre of its extent and marked as a region',
    ]);
  });
});

describe('parseGeoJson stories', () => {
  it('reads stories given as a foreign member of the collection, like its title', () => {
    const { dataset, problems } = parseGeoJson({
      type: 'FeatureCollection',
      features: [
        {
          type: 'Feature',
          id: 'g1',
          geometry: { type: 'Point', coordinates: [45, 12.8] },
          properties: { title: 'Ship attacked off Aden', date: '2024-01-26' },
        },
      ],
      stories: [
        { id: 'sea', title: 'At sea', steps: [{ title: 'Off Aden', view: 'event=g1&embed=1' }] },
        { id: 'sea', title: 'Again', steps: [{ title: 'Off Aden', view: '' }] },
      ],
    });
    expect(dataset.stories).toEqual([
      {
        id: 'sea',
        title: 'At sea',
        steps: [{ title: 'Off Aden', text: '', view: 'event=g1', events: [] }],
      },
    ]);
    expect(problems.map((p) => `${p.severity} ${describeProblem(p, 'feature')}`)).toEqual([
      'warning file: stories[0] "sea" step 1 view: embed is not allowed in a step\'s view (the page stays as its reader has it); left out',
      'error file: stories[1] "sea" id "sea" is already used by stories[0]; this story was skipped',
    ]);
  });
});
