/**
 * Vector tiles of the events' points, cut off the page's thread.
 *
 * Handing 100k points to a MapLibre GeoJSON source copies every feature object on the page's
 * thread (MapLibre walks each one to serialise it, then the browser clones it): a 300–600 ms
 * freeze on load and on every change of filter (docs/performance.md). Here the page sends plain columns (typed arrays
 * move without a copy), a worker of ours tiles them, and MapLibre asks for the tiles it draws.
 */
import { GeoJSONVT } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';

/** The source layer the tiles hold their points in. */
export const EVENT_TILE_LAYER = 'events';
/** MapLibre's own tile extent: its layers need no rescaling. */
const EXTENT = 8192;
/**
 * A pixel of tile buffer. A point within half a tile unit of a tile's edge is rounded onto it,
 * and MapLibre draws a point only from the tile whose [0, extent) holds it: with no buffer, the
 * neighbour that should draw it never has it, and the event is missing from the map.
 */
export const POINT_BUFFER_PX = 1;
/** As the GeoJSON source: beyond it, tiles are over-zoomed. */
export const EVENT_TILE_MAXZOOM = 12;

/**
 * A tile feature's id says which set of points it was cut from and which point it is: tiles of
 * the last set can still be on screen, and be clicked, while the next set's tiles load.
 */
const POINTS_PER_SET = 2 ** 24;
export const featureId = (set: number, point: number) => set * POINTS_PER_SET + point;
export const pointOfFeature = (id: number) => ({
  set: Math.floor(id / POINTS_PER_SET),
  point: id % POINTS_PER_SET,
});

/**
 * The points a tileset is cut from, as columns (see point-columns.ts). No ids: a feature's id
 * finds the event on the page, so the worker is spared 100k strings.
 */
export interface PointColumns {
  lon: Float64Array;
  lat: Float64Array;
  /** UTC ms, for the layer's time filter (`s` and `e`, as on the GeoJSON source). */
  start: Float64Array;
  end: Float64Array;
  /** Index into `colors`. */
  color: Uint16Array;
  colors: string[];
}

/** Cuts tiles on demand from an index built once per set of points. */
export class EventTiler {
  private readonly index: GeoJSONVT;

  constructor(set: number, columns: PointColumns) {
    const features = Array.from(columns.lon, (lon, i): GeoJSON.Feature<GeoJSON.Point> => ({
      type: 'Feature',
      id: featureId(set, i),
      geometry: { type: 'Point', coordinates: [lon, columns.lat[i] ?? 0] },
      properties: {
        s: columns.start[i],
        e: columns.end[i],
        color: columns.colors[columns.color[i] ?? 0],
      },
    }));
    this.index = new GeoJSONVT(
      { type: 'FeatureCollection', features },
      // Points only: nothing to simplify. The buffer is in tile units (512 pixels span the extent).
      {
        maxZoom: EVENT_TILE_MAXZOOM,
        extent: EXTENT,
        buffer: (POINT_BUFFER_PX * EXTENT) / 512,
        tolerance: 0,
      },
    );
  }

  /** The tile as Mapbox Vector Tile bytes; empty where there are no points. */
  tile(z: number, x: number, y: number): Uint8Array {
    const tile = this.index.getTile(z, x, y);
    if (!tile || tile.features.length === 0) return new Uint8Array(0);
    return fromGeojsonVt({ [EVENT_TILE_LAYER]: tile }, { version: 2, extent: EXTENT });
  }
}
