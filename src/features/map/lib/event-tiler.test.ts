import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { describe, expect, it } from 'vitest';

import type { Category, ChronoEvent } from '@/domain/events/types';

import { FALLBACK_COLOR } from './event-layers';
import { EVENT_TILE_LAYER, EventTiler, featureId, pointOfFeature } from './event-tiler';
import { pointColumns } from './point-columns';

const categories: Category[] = [{ id: 'shipping', label: 'Shipping', color: '#D55E00' }];

function event(id: string, category: string, lon?: number, lat?: number): ChronoEvent {
  return {
    id,
    category,
    start: Date.UTC(2024, 0, 10),
    end: Date.UTC(2024, 0, 11),
    location: lon === undefined ? undefined : { lon, lat: lat ?? 0, precision: 'exact' },
  } as ChronoEvent;
}

function decode(bytes: Uint8Array) {
  const layer = new VectorTile(new PbfReader(bytes)).layers[EVENT_TILE_LAYER];
  return Array.from({ length: layer?.length ?? 0 }, (_, i) => layer!.feature(i));
}

describe('EventTiler', () => {
  const events = [
    event('muscat', 'shipping', 58.4, 23.6),
    event('aden', 'unknown', 45.0, 12.8),
    event('nowhere', 'shipping'),
  ];
  const { columns, ids } = pointColumns(events, categories);
  const tiler = new EventTiler(40_000, columns);
  const idOf = (feature: { id: number | undefined }) => {
    const { set, point } = pointOfFeature(feature.id ?? NaN);
    return set === 40_000 ? ids[point] : undefined;
  };

  it('puts every event with a place in the world tile, with what the layers read', () => {
    const features = decode(tiler.tile(0, 0, 0));
    expect(features.map(idOf)).toEqual(['muscat', 'aden']);
    expect(features.map((f) => f.properties)).toEqual([
      { s: Date.UTC(2024, 0, 10), e: Date.UTC(2024, 0, 11), color: '#D55E00' },
      { s: Date.UTC(2024, 0, 10), e: Date.UTC(2024, 0, 11), color: FALLBACK_COLOR },
    ]);
    expect(features.every((f) => f.type === 1)).toBe(true);
  });

  it('puts a point in the tile that covers it, and in no other', () => {
    // Muscat (58.4° E, 23.6° N) at zoom 4 is in tile 10/6; Aden (45° E, 12.8° N) in 10/7.
    expect(decode(tiler.tile(4, 10, 6)).map(idOf)).toEqual(['muscat']);
    expect(decode(tiler.tile(4, 10, 7)).map(idOf)).toEqual(['aden']);
    expect(tiler.tile(4, 0, 0).byteLength).toBe(0);
  });

  it('keeps the position within a tile unit at the deepest zoom', () => {
    const [feature] = decode(tiler.tile(12, 2712, 1771));
    const point = feature?.toGeoJSON(2712, 1771, 12).geometry as GeoJSON.Point;
    expect(point.coordinates[0]).toBeCloseTo(58.4, 4);
    expect(point.coordinates[1]).toBeCloseTo(23.6, 4);
  });

  it('gives a point on a tile edge to a tile that draws it', () => {
    // 44.9983° E is 0.3 tile units short of the edge between tiles 4 and 5 at zoom 3, and
    // rounds onto it. MapLibre draws a point only from the tile whose [0, extent) holds it.
    const edge = new EventTiler(
      1,
      pointColumns([event('edge', 'shipping', 44.9983, 12.3956)], categories).columns,
    );
    const drawnBy = [4, 5].filter((x) =>
      decode(edge.tile(3, x, 3)).some((feature) => {
        const [point] = feature.loadGeometry()[0] ?? [];
        return !!point && point.x >= 0 && point.x < feature.extent;
      }),
    );
    expect(drawnBy).toEqual([5]);
  });

  it('numbers features by set and point, far beyond 100k points in a set', () => {
    expect(pointOfFeature(featureId(3, 0))).toEqual({ set: 3, point: 0 });
    expect(pointOfFeature(featureId(40_000, 199_999))).toEqual({ set: 40_000, point: 199_999 });
  });
});

describe('pointColumns', () => {
  it('indexes colours, not categories: 70,000 categories in ten colours fit its column', () => {
    const many: Category[] = Array.from({ length: 70_000 }, (_, i) => ({
      id: `c${i}`,
      label: `C${i}`,
      color: `#00000${i % 10}`,
    }));
    const { columns } = pointColumns(
      [event('last', 'c69999', 1, 1), event('lost', 'no such category', 2, 2)],
      many,
    );
    expect(columns.colors).toHaveLength(11);
    expect(columns.colors[columns.color[0] ?? -1]).toBe('#000009');
    expect(columns.colors[columns.color[1] ?? -1]).toBe(FALLBACK_COLOR);
  });
});
