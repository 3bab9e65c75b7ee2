import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';

import { inWindow } from '@/domain/events/event-set';
import type { Bounds } from '@/store/slices/map-slice';

import { GRID_SOURCE } from './event-layers';
import type * as GridModule from './grid';
import { covers, gridArea } from './grid-area';
import { EMPTY_COLLECTION, pointOf } from './map-features';
import { atOnePlace } from './place-events';
import type { Drawing, EventRenderer, RendererContext, StrategyLabel } from './strategy';

/**
 * Beyond GRID_LIMIT events: the window's events binned into grid cells for the view, binned
 * again when the window moves or the camera leaves what was binned.
 */
export class GridRenderer implements EventRenderer {
  readonly kind = 'grid';
  private zoom = -1;
  /** Where the grid was binned: the view and a view's size around it, or everywhere (null). */
  private area: Bounds | null = null;
  /** The binning's code: only datasets over GRID_LIMIT need it, so it loads when one comes. */
  private grid: typeof GridModule | null = null;

  constructor(private readonly ctx: RendererContext) {}

  label(): StrategyLabel {
    return 'grid';
  }

  enter() {}

  leave() {
    this.ctx.map.getSource<GeoJSONSource>(GRID_SOURCE)?.setData(EMPTY_COLLECTION);
  }

  /** The cells are binned from the window's events: no layer filter to set. */
  filterLayers() {}

  followWindow() {
    return true;
  }

  draw(): Drawing {
    const { map, scene } = this.ctx;
    const { data, window, categories } = scene;
    const events = inWindow(data, window);
    const zoom = Math.floor(map.getZoom());
    const area = gridArea(map.getBounds(), zoom);
    [this.zoom, this.area] = [zoom, area];
    const done = import('./grid').then((grid) => {
      this.grid = grid;
      const cells = grid.gridFeatures(events, zoom, categories, area);
      return map.getSource<GeoJSONSource>(GRID_SOURCE)?.setData(cells);
    });
    return { done, drawsSomething: events.length > 0 };
  }

  staleAfterMove() {
    const { map } = this.ctx;
    return Math.floor(map.getZoom()) !== this.zoom || !covers(this.area, map.getBounds());
  }

  /** Zooms into a grid cell, or lists its events once zooming in cannot split it. */
  open(feature: MapGeoJSONFeature) {
    const { map, scene, drill } = this.ctx;
    const center = pointOf(feature);
    const maxZoom = map.getMaxZoom();
    // The grid drew the cell, so its code is here.
    if (!this.grid) return;
    const { data, window } = scene;
    const events = this.grid.eventsInCell(inWindow(data, window), center, this.zoom);
    if (!atOnePlace(events) && map.getZoom() < maxZoom) {
      drill.zoomInto(center, Math.min(map.getZoom() + 2, maxZoom));
      return;
    }
    drill.openPlaceList(center, events);
  }
}
