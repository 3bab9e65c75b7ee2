import type { GeoJSONSource, MapGeoJSONFeature } from 'maplibre-gl';

import { inWindow } from '@/domain/events/event-set';
import type { ChronoEvent } from '@/domain/events/types';

import {
  EVENTS_LAYER,
  EVENTS_SOURCE,
  eventsFilter,
  toFeatureCollection,
  UNCERTAINTY_LAYER,
  uncertaintyFilter,
} from './event-layers';
import { LivePoints } from './live-points';
import { EMPTY_COLLECTION, pointOf } from './map-features';
import { eventsAtPlace } from './place-events';
import type { Drawing, EventRenderer, RendererContext, StrategyLabel } from './strategy';

/**
 * Up to CLUSTER_LIMIT events: the window's events in a clustered GeoJSON source, drawn as
 * donuts with halos for uncertain places; live points stand in while scrubbing.
 */
export class ClusterRenderer implements EventRenderer {
  readonly kind = 'clusters';
  private readonly live: LivePoints;

  constructor(private readonly ctx: RendererContext) {
    this.live = new LivePoints(ctx);
  }

  label(): StrategyLabel {
    return this.live.shown ? 'live points' : 'clusters';
  }

  enter() {
    this.source()?.setClusterOptions({ cluster: true });
    this.ctx.map.setLayoutProperty(UNCERTAINTY_LAYER, 'visibility', 'visible');
  }

  leave() {
    this.source()?.setData(EMPTY_COLLECTION);
    this.source()?.setClusterOptions({ cluster: false });
    this.live.show(false);
    this.ctx.map.setLayoutProperty(UNCERTAINTY_LAYER, 'visibility', 'none');
  }

  /** The source holds only the window's events: the layers need no time filter. */
  filterLayers() {
    this.ctx.map.setFilter(EVENTS_LAYER, eventsFilter(null));
    // Tens of thousands of halos say nothing but cost every frame: they are drawn for clustered
    // (smaller) datasets only.
    this.ctx.map.setFilter(UNCERTAINTY_LAYER, uncertaintyFilter(null));
  }

  followWindow() {
    if (this.live.shown) {
      this.live.follow();
      return false;
    }
    this.filterLayers();
    return true;
  }

  draw(): Drawing | undefined {
    const { data, window, categories } = this.ctx.scene;
    const events = inWindow(data, window);
    const done = this.source()?.setData(toFeatureCollection(events, categories));
    return done && { done, drawsSomething: events.length > 0 };
  }

  prepareLive() {
    this.live.prepare();
  }

  setLive(live: boolean) {
    // The clusters come back once they hold the final window (see drained).
    if (!live) return true;
    this.live.prepare();
    return false;
  }

  drained() {
    if (!this.ctx.scene.live) this.live.show(false);
  }

  /** Every event of a cluster (automation reads them; clusters hand out no order). */
  async leaves(feature: MapGeoJSONFeature): Promise<ChronoEvent[]> {
    const source = this.source();
    if (!source) return [];
    const clusterId = Number(feature.properties['cluster_id']);
    const leaves = await source.getClusterLeaves(clusterId, Infinity, 0);
    return leaves.flatMap(
      (leaf) => this.ctx.drill.eventById(String(leaf.properties?.['id'])) ?? [],
    );
  }

  /** Zooms into a cluster, or lists its events when they all share one place. */
  async open(feature: MapGeoJSONFeature) {
    const source = this.source();
    if (!source) return;
    const { drill, scene, map } = this.ctx;
    const clusterId = Number(feature.properties['cluster_id']);
    const [[leaf], expansionZoom] = await Promise.all([
      source.getClusterLeaves(clusterId, 1, 0),
      source.getClusterExpansionZoom(clusterId),
    ]);
    const center = pointOf(feature);
    // All at the place of one of them: the list, counted and ordered from the events themselves.
    const location = drill.eventById(String(leaf?.properties?.['id']))?.location;
    const here = location ? eventsAtPlace(scene.data, scene.window, location) : [];
    if (here.length >= Number(feature.properties['point_count'])) {
      drill.openPlaceList(center, here);
      return;
    }
    if (expansionZoom <= map.getMaxZoom()) {
      drill.zoomInto(center, expansionZoom + 0.25);
      return;
    }
    drill.openPlaceList(center, await this.leaves(feature));
  }

  private source() {
    return this.ctx.map.getSource<GeoJSONSource>(EVENTS_SOURCE);
  }
}
