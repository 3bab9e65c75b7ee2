import type { Category, ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';
import type { Bounds } from '@/store/slices/map-slice';

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
  area: Bounds | null = null,
): GeoJSON.FeatureCollection<GeoJSON.Point, GridCellProperties> {
  const size = cellDegrees(zoom);
  const slot = new Map(categories.map((category, i) => [category.id, i]));
  const slots = categories.length + 1;
  const cells = new Map<
    number,
    { lon: number; lat: number; count: number; byCategory: Tally; id: string }
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
      cell = { lon: 0, lat: 0, count: 0, byCategory: newTally(slots), id: event.id };
      cells.set(key, cell);
    }
    cell.lon += location.lon;
    cell.lat += lat;
    cell.count += 1;
    addTo(cell.byCategory, slot.get(event.category) ?? categories.length);
  }
  const features: GeoJSON.Feature<GeoJSON.Point, GridCellProperties>[] = [];
  for (const cell of cells.values()) {
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [cell.lon / cell.count, cell.lat / cell.count] },
      properties: {
        cell: true,
        count: cell.count,
        color: categories[commonest(cell.byCategory)]?.color ?? FALLBACK_COLOR,
        id: cell.count === 1 ? cell.id : '',
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/**
 * Events per category slot in one cell: an array when there are few categories (the quickest),
 * a Map of only the cell's own when there are many (an array each would be cells × categories).
 */
type Tally = Uint32Array | Map<number, number>;
const ARRAY_TALLY_SLOTS = 64;

function newTally(slots: number): Tally {
  return slots <= ARRAY_TALLY_SLOTS ? new Uint32Array(slots) : new Map();
}

function addTo(tally: Tally, i: number) {
  if (tally instanceof Map) tally.set(i, (tally.get(i) ?? 0) + 1);
  else tally[i] = (tally[i] ?? 0) + 1;
}

/** The slot with most events; the first of them on a tie. */
function commonest(tally: Tally): number {
  let top = -1;
  let most = 0;
  tally.forEach((count: number, i: number) => {
    if (count > most || (count === most && i < top)) {
      top = i;
      most = count;
    }
  });
  return Math.max(top, 0);
}
