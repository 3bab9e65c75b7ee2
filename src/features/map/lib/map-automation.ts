import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';

import type { ChronoEvent } from '@/domain/events/types';
import type { Bounds } from '@/store/slices/map-slice';

import { CLUSTER_LAYER, EVENTS_LAYER, LIVE_LAYER, TILES_LAYER } from './event-layers';
import type { HighlightRole } from './highlight-markers';
import { isCluster, pointOf } from './map-features';
import type { Camera } from '@/store/slices/map-slice';
import type { StrategyLabel } from './strategy';

/**
 * What the map puts on `window.chronomap.map`: a narrow, read-only view for tests, benchmarks
 * and scripts, never the map itself. Positions are client pixels.
 */
export interface MapAutomation {
  project(lon: number, lat: number): { x: number; y: number };
  /** Ids of the events drawn, as points or inside drawn clusters, sorted. */
  renderedEventIds(): Promise<string[]>;
  /** Clusters on screen: where and how many events each holds. */
  clusters(): { x: number; y: number; count: number }[];
  bounds(): Bounds;
  /** The events ringed on the map. */
  highlighted(): { id: string; role: HighlightRole }[];
  camera(): Camera;
  /** How many frames MapLibre has drawn: updates that never painted do not count. */
  renders(): number;
  isIdle(): boolean;
  strategy(): StrategyLabel;
}

/** What the automation reads from the controller's parts. */
export interface AutomationSource {
  map: MapLibreMap;
  container: HTMLElement;
  eventIdOf(feature: MapGeoJSONFeature): string | undefined;
  clusterLeaves(feature: MapGeoJSONFeature): Promise<ChronoEvent[]>;
  highlighted(): { id: string; role: HighlightRole }[];
  camera(): Camera;
  bounds(): Bounds;
  renders(): number;
  isIdle(): boolean;
  strategy(): StrategyLabel;
}

export function mapAutomation(source: AutomationSource): MapAutomation {
  const { map, container } = source;
  const toClient = (lonLat: [number, number]) => {
    const point = map.project(lonLat);
    const rect = container.getBoundingClientRect();
    return { x: rect.left + point.x, y: rect.top + point.y };
  };
  return {
    project: (lon, lat) => toClient([lon, lat]),
    renderedEventIds: async () => {
      const ids = new Set<string>();
      const features = map.getLayer(EVENTS_LAYER)
        ? map.queryRenderedFeatures({
            layers: [EVENTS_LAYER, TILES_LAYER, CLUSTER_LAYER, LIVE_LAYER],
          })
        : [];
      for (const feature of features) {
        if (!isCluster(feature)) {
          const id = source.eventIdOf(feature);
          if (id) ids.add(id);
        } else {
          // A cluster id dies when the window moves on; the caller asks again.
          const leaves = await source.clusterLeaves(feature).catch(() => null);
          if (!leaves) return ['(clusters were rebuilt while reading)'];
          for (const leaf of leaves) ids.add(leaf.id);
        }
      }
      return [...ids].sort();
    },
    clusters: () => {
      if (!map.getLayer(CLUSTER_LAYER)) return [];
      return map.queryRenderedFeatures({ layers: [CLUSTER_LAYER] }).map((feature) => ({
        ...toClient(pointOf(feature)),
        count: Number(feature.properties['point_count']),
      }));
    },
    bounds: source.bounds,
    highlighted: source.highlighted,
    camera: source.camera,
    renders: source.renders,
    isIdle: source.isIdle,
    strategy: source.strategy,
  };
}

declare module '@/utils/automation' {
  interface ChronomapAutomation {
    map: MapAutomation;
  }
}
