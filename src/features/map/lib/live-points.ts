import type { GeoJSONSource } from 'maplibre-gl';

import type { EventSet } from '@/domain/events/types';

import {
  CLUSTER_LAYER,
  EVENTS_LAYER,
  eventsFilter,
  LIVE_LAYER,
  LIVE_SOURCE,
  toFeatureCollection,
  UNCERTAINTY_LAYER,
} from './event-layers';
import { visibility } from './map-features';
import type { RendererContext } from './strategy';

/**
 * The clusters' stand-in while the window moves continuously (scrubbing, playing): rebuilding
 * clusters every frame costs far more than a frame, so plain points of all the events follow the
 * window by a layer filter instead, and the clusters return on release.
 */
export class LivePoints {
  private shownNow = false;
  /** The events the live source holds: loaded once per set of events, not per frame. */
  private loaded: EventSet | null = null;

  constructor(private readonly ctx: RendererContext) {}

  get shown(): boolean {
    return this.shownNow;
  }

  /** The window moved while the points stand in: only their filter follows it. */
  follow() {
    this.ctx.idle.busy();
    this.ctx.map.setFilter(LIVE_LAYER, eventsFilter(this.ctx.scene.window));
  }

  /** Shows the points once they hold the scene's events, loading those first if need be. */
  prepare() {
    const { scene, map } = this.ctx;
    const data = scene.data;
    if (!scene.live) return;
    if (this.loaded === data) {
      this.show(true);
      return;
    }
    this.loaded = data;
    const update = map
      .getSource<GeoJSONSource>(LIVE_SOURCE)
      ?.setData(toFeatureCollection(data.events, scene.categories));
    void update?.then(() => {
      if (this.ctx.scene.live && this.loaded === data) this.show(true);
    });
  }

  /** Swaps the points and the clusters (with their halos). */
  show(on: boolean) {
    if (on === this.shownNow || this.ctx.isDestroyed()) return;
    this.shownNow = on;
    const { map, idle, scene } = this.ctx;
    idle.busy();
    if (on) map.setFilter(LIVE_LAYER, eventsFilter(scene.window));
    map.setLayoutProperty(LIVE_LAYER, 'visibility', visibility(on));
    map.setLayoutProperty(CLUSTER_LAYER, 'visibility', visibility(!on));
    map.setLayoutProperty(EVENTS_LAYER, 'visibility', visibility(!on));
    map.setLayoutProperty(UNCERTAINTY_LAYER, 'visibility', visibility(!on));
  }
}
