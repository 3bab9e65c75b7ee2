import type { MapGeoJSONFeature, MapMouseEvent, Map as MapLibreMap, PointLike } from 'maplibre-gl';

import type { Category, ChronoEvent } from '@/domain/events/types';
import { countOf } from '@/utils/plural';

import {
  CLUSTER_CATEGORY_SLOTS,
  CLUSTER_LAYER,
  EVENTS_LAYER,
  GRID_LAYER,
  LIVE_LAYER,
  TILES_LAYER,
} from './event-layers';
import { isCluster, isGridGroup, pointOf } from './map-features';
import type { MapPopups } from './map-popups';
import type { LonLat, MapCallbacks, MapScene } from './map-types';
import { eventsAtPlace } from './place-events';

/** Pixels around the pointer that still count as hitting a marker: small circles are hard to hit. */
export const HIT_TOLERANCE = 6;
/** Every layer that draws events or groups of them. */
export const HIT_LAYERS = [CLUSTER_LAYER, EVENTS_LAYER, TILES_LAYER, LIVE_LAYER, GRID_LAYER];

type Point = { x: number; y: number };

/** The square around the pointer that counts as under it. */
export function hitBox(point: Point): [PointLike, PointLike] {
  return [
    [point.x - HIT_TOLERANCE, point.y - HIT_TOLERANCE],
    [point.x + HIT_TOLERANCE, point.y + HIT_TOLERANCE],
  ];
}

/** Of the features found around the pointer, the point feature drawn nearest to it. */
export function nearestFeature<F extends { geometry: GeoJSON.Geometry }>(
  features: readonly F[],
  project: (lonLat: LonLat) => Point,
  point: Point,
): F | null {
  let best: F | null = null;
  let bestDistance = Infinity;
  for (const feature of features) {
    if (feature.geometry.type !== 'Point') continue;
    const p = project(feature.geometry.coordinates as LonLat);
    const distance = (p.x - point.x) ** 2 + (p.y - point.y) ** 2;
    if (distance < bestDistance) {
      best = feature;
      bestDistance = distance;
    }
  }
  return best;
}

/** A cluster's events by category, as its donut shows them. */
export function clusterSummary(
  properties: Record<string, unknown>,
  categories: readonly Category[],
): string {
  const parts: string[] = [];
  categories.slice(0, CLUSTER_CATEGORY_SLOTS).forEach((category, i) => {
    const count = Number(properties[`c${i}`] ?? 0);
    if (count) parts.push(`${count} ${category.label}`);
  });
  const other = Number(properties[`c${CLUSTER_CATEGORY_SLOTS}`] ?? 0);
  if (other) parts.push(`${other} other`);
  return parts.join(', ');
}

/** What a reader does to open a group: fingers tap. */
const pressVerb = () => (globalThis.matchMedia?.('(pointer: coarse)').matches ? 'Tap' : 'Click');

export interface PointerContext {
  map: MapLibreMap;
  scene: Readonly<MapScene>;
  popups: MapPopups;
  callbacks: Pick<MapCallbacks, 'onHover' | 'onSelect'>;
  eventIdOf(feature: MapGeoJSONFeature): string | undefined;
  eventById(id: string): ChronoEvent | undefined;
  openCluster(feature: MapGeoJSONFeature): void;
  openCell(feature: MapGeoJSONFeature): void;
  /** The event hovered in the store (from here, the timeline or the list). */
  hovered(): ChronoEvent | null;
  /** Shows the rings and, for the map's own pointer, the tooltip of the hovered event. */
  refreshHighlight(): void;
}

/** Hit-testing, hover and click on the map's events and groups. */
export class MapPointer {
  /**
   * Whether the hovered event is the one under the map's own pointer. Only then does the map show
   * its tooltip: an event hovered in the timeline or the list already shows its title there, and
   * the ring says where it is (without a GPU, a second tooltip made each hover's frame slower).
   */
  private onEvent = false;

  constructor(private readonly ctx: PointerContext) {}

  get pointerOnEvent(): boolean {
    return this.onEvent;
  }

  /** The nearest event or group under the pointer, with some tolerance. */
  featureAt(point: Point): MapGeoJSONFeature | null {
    const { map } = this.ctx;
    if (!map.getLayer(EVENTS_LAYER)) return null;
    const features = map.queryRenderedFeatures(hitBox(point), { layers: HIT_LAYERS });
    return nearestFeature(features, (lonLat) => map.project(lonLat), point);
  }

  handleMove = (e: MapMouseEvent) => {
    const { map, popups, callbacks, scene } = this.ctx;
    const feature = this.featureAt(e.point);
    map.getCanvas().style.cursor = feature ? 'pointer' : '';
    if (feature && (isGridGroup(feature) || isCluster(feature))) {
      this.onEvent = false;
      callbacks.onHover(null);
      const grid = isGridGroup(feature);
      const count = Number(feature.properties[grid ? 'count' : 'point_count']);
      const summary = grid ? [] : [clusterSummary(feature.properties, scene.categories)];
      popups.showTooltip(pointOf(feature), countOf(count, 'event'), [
        ...summary,
        `${pressVerb()} to see them`,
      ]);
      return;
    }
    const id = (feature && this.ctx.eventIdOf(feature)) ?? null;
    const wasOnEvent = this.onEvent;
    const before = this.ctx.hovered();
    this.onEvent = id !== null;
    callbacks.onHover(id);
    if (!id) popups.hideTooltip();
    // Already hovered from the timeline or the list: the store did not change, so show it here.
    else if (!wasOnEvent && this.ctx.hovered() === before) this.ctx.refreshHighlight();
  };

  handleOut = () => {
    this.onEvent = false;
    this.ctx.popups.hideTooltip();
    this.ctx.callbacks.onHover(null);
  };

  handleClick = (e: MapMouseEvent) => {
    const { scene, popups, callbacks } = this.ctx;
    const feature = this.featureAt(e.point);
    if (!feature) return;
    if (isGridGroup(feature)) {
      this.ctx.openCell(feature);
      return;
    }
    if (isCluster(feature)) {
      this.ctx.openCluster(feature);
      return;
    }
    const id = this.ctx.eventIdOf(feature);
    const location = id ? this.ctx.eventById(id)?.location : undefined;
    // Points stacked at one place (unclustered when zoomed in far, or too many to cluster).
    const here = location ? eventsAtPlace(scene.data, scene.window, location) : [];
    if (location && here.length > 1) void popups.openPlaceList(pointOf(feature), here);
    else if (id) callbacks.onSelect(id);
  };
}
