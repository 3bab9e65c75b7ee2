/**
 * Which part of the world a grid is binned for (grid.ts): small enough to stay with the map's
 * first code, while the binning itself loads only for datasets that need a grid.
 */

import type { Bounds } from '@/store/slices/map-slice';

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
export function gridArea(view: ViewBounds, zoom: number): Bounds | null {
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
export function covers(area: Bounds | null, view: ViewBounds): boolean {
  if (!area) return true;
  return (
    view.getWest() >= area[0] &&
    view.getSouth() >= area[1] &&
    view.getEast() <= area[2] &&
    view.getNorth() <= area[3]
  );
}
