import type { MapGeoJSONFeature, VectorTileSource } from 'maplibre-gl';

import { eventsFilter, TILES_LAYER, TILES_SOURCE } from './event-layers';
import { EMPTY_TILES, EventTileSource } from './event-tile-source';
import { pointColumns } from './point-columns';
import type { Drawing, EventRenderer, RendererContext, StrategyLabel } from './strategy';

/**
 * Between CLUSTER_LIMIT and GRID_LIMIT events: all of them as points in vector tiles cut by our
 * own worker, the window applied by a layer filter so scrubbing costs no new tiles.
 */
export class TileRenderer implements EventRenderer {
  readonly kind = 'tiles';
  private readonly tiles = new EventTileSource();
  private current = false;

  constructor(private readonly ctx: RendererContext) {}

  label(): StrategyLabel {
    return 'filtered points';
  }

  enter() {
    this.current = true;
  }

  leave() {
    this.current = false;
    void this.showTiles(EMPTY_TILES);
  }

  /** Only the layer in use: a filter set on another would reload its (empty) tiles too. */
  filterLayers() {
    this.ctx.map.setFilter(TILES_LAYER, eventsFilter(this.ctx.scene.window));
  }

  followWindow() {
    this.filterLayers();
    return false;
  }

  draw(): Drawing {
    const { events } = this.ctx.scene.data;
    const { columns, ids } = pointColumns(events, this.ctx.scene.categories);
    const done = this.tiles.setPoints(columns, ids).then((tiles) => this.showTiles(tiles));
    return { done, drawsSomething: events.length > 0 };
  }

  /** Points from our tiles carry a number that finds the event. */
  eventId(feature: Pick<MapGeoJSONFeature, 'id'>): string | undefined {
    return this.tiles.eventId(Number(feature.id));
  }

  destroy() {
    this.tiles.destroy();
  }

  /**
   * MapLibre reloads a tile that is still loading from the bytes it is loading, not from the new
   * address, so the new address waits until the tiles in view have loaded.
   */
  private async showTiles(tiles: string) {
    const { map, isDestroyed } = this.ctx;
    await new Promise<void>((resolve) => {
      const check = () => {
        if (!isDestroyed() && !map.isSourceLoaded(TILES_SOURCE)) return;
        map.off('sourcedata', check);
        map.off('idle', check);
        resolve();
      };
      map.on('sourcedata', check);
      map.on('idle', check);
      check();
    });
    // Points that arrive after the map stopped drawing tiles (fewer events now) stay unseen.
    if (isDestroyed() || (tiles !== EMPTY_TILES && !this.current)) return;
    map.getSource<VectorTileSource>(TILES_SOURCE)?.setTiles([tiles]);
  }
}
