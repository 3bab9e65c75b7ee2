import type { Category, ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';

import { FALLBACK_COLOR } from './event-layers';

/** Cells of about 16–32 pixels: the size of a marker, so a cell reads as one. */
export function cellDegrees(zoom: number): number {
  return 11.25 / 2 ** Math.max(0, Math.floor(zoom));
}

/** Row-major cell number; small integers at the zooms a grid is drawn at, which Maps hash fastest. */
function cellKey(lon: number, lat: number, size: number): number {
  const columns = Math.ceil(360 / size) + 1;
  return Math.floor((lat + 90) / size) * columns + Math.floor((lon + 180) / size);
}

/**
 * The events of the cell drawn at `at` (a cell sits at the mean of its events, which lies inside
 * it), for the list a click on a cell that cannot be split any further opens.
 */
export function eventsInCell(
  events: readonly ChronoEvent[],
  at: [number, number],
  zoom: number,
): ChronoEvent[] {
  const size = cellDegrees(zoom);
  const key = cellKey(at[0], at[1], size);
  return events.filter(
    (event) =>
      event.location &&
      cellKey(event.location.lon, drawnLatitude(event.location.lat), size) === key,
  );
}

/** [west, south, east, north] in degrees. */
export type Area = [number, number, number, number];

/** What `gridArea` and `covers` read of a view: MapLibre's `LngLatBounds` has these. */
interface ViewBounds {
  getWest(): number;
  getSouth(): number;
  getEast(): number;
  getNorth(): number;
}

/** Below this zoom the whole world is binned: it is a few screens wide at most. */
const WORLD_ZOOM = 5;

/**
 * What to bin for a view: the view and a view's width and height around it, so panning a little
 * needs no new grid, or the whole world (null) when zoomed out or across the antimeridian.
 * Zoomed in on a million events, binning only this area is what keeps each zoom step quick.
 */
export function gridArea(view: ViewBounds, zoom: number): Area | null {
  const [west, south, east, north] = [
    view.getWest(),
    view.getSouth(),
    view.getEast(),
    view.getNorth(),
  ];
  if (zoom < WORLD_ZOOM || west < -180 || east > 180) return null;
  const width = east - west;
  const height = north - south;
  return [
    Math.max(-180, west - width),
    Math.max(-90, south - height),
    Math.min(180, east + width),
    Math.min(90, north + height),
  ];
}

/** Whether a grid binned for `area` covers the whole of `view`. */
export function covers(area: Area | null, view: ViewBounds): boolean {
  if (!area) return true;
  return (
    view.getWest() >= area[0] &&
    view.getSouth() >= area[1] &&
    view.getEast() <= area[2] &&
    view.getNorth() <= area[3]
  );
}

export interface GridCellProperties {
  /** Marks the feature as a cell, like MapLibre's `cluster` flag on clusters. */
  cell: true;
  count: number;
  /** The colour of the category with most events in the cell. */
  color: string;
  /** The event's id when the cell holds exactly one. */
  id: string;
}

/**
 * Bins events into a lon/lat grid for datasets too large for one GeoJSON source: the map draws a
 * few thousand cells instead of a million points, and re-binning the window's events is a few
 * milliseconds. Each cell sits at the mean position of its events.
 */
export function gridFeatures(
  events: readonly ChronoEvent[],
  zoom: number,
  categories: readonly Category[],
  area: Area | null = null,
): GeoJSON.FeatureCollection<GeoJSON.Point, GridCellProperties> {
  const size = cellDegrees(zoom);
  const slot = new Map(categories.map((category, i) => [category.id, i]));
  const slots = categories.length + 1;
  const cells = new Map<
    number,
    { lon: number; lat: number; count: number; byCategory: Uint32Array; id: string }
  >();
  for (const event of events) {
    const location = event.location;
    if (!location) continue;
    const lat = drawnLatitude(location.lat);
    if (
      area &&
      (location.lon < area[0] || lat < area[1] || location.lon > area[2] || lat > area[3])
    )
      continue;
    const key = cellKey(location.lon, lat, size);
    let cell = cells.get(key);
    if (!cell) {
      cell = { lon: 0, lat: 0, count: 0, byCategory: new Uint32Array(slots), id: event.id };
      cells.set(key, cell);
    }
    cell.lon += location.lon;
    cell.lat += lat;
    cell.count += 1;
    const i = slot.get(event.category) ?? categories.length;
    cell.byCategory[i] = (cell.byCategory[i] ?? 0) + 1;
  }
  const features: GeoJSON.Feature<GeoJSON.Point, GridCellProperties>[] = [];
  for (const cell of cells.values()) {
    let top = 0;
    cell.byCategory.forEach((count, i) => {
      if (count > (cell.byCategory[top] ?? 0)) top = i;
    });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [cell.lon / cell.count, cell.lat / cell.count] },
      properties: {
        cell: true,
        count: cell.count,
        color: categories[top]?.color ?? FALLBACK_COLOR,
        id: cell.count === 1 ? cell.id : '',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
