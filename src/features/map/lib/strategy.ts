import type { Map as MapLibreMap } from 'maplibre-gl';

import type { ChronoEvent } from '@/domain/events/types';

import type { IdleSignal } from './idle-signal';
import type { LonLat, MapScene } from './map-types';

/**
 * Up to this many events the map clusters them, rebuilding clusters from the events in the
 * window; beyond it, points are filtered on the GPU side of MapLibre's worker without re-indexing.
 */
export const CLUSTER_LIMIT = 20_000;
/**
 * Beyond this many events one GeoJSON source is too slow to index (over 20 s at 1M): the map
 * draws the window's events binned into grid cells, re-binned as the window or zoom changes.
 */
export const GRID_LIMIT = 200_000;

/** How the map draws its events. Live points are the clusters' stand-in while scrubbing. */
export type StrategyKind = 'clusters' | 'tiles' | 'grid';

/** How the map draws its events now, as automation names it. */
export type StrategyLabel = 'clusters' | 'live points' | 'filtered points' | 'grid';

/** The one place that decides how many events are drawn which way. */
export function chooseStrategy(eventCount: number): StrategyKind {
  if (eventCount > GRID_LIMIT) return 'grid';
  return eventCount > CLUSTER_LIMIT ? 'tiles' : 'clusters';
}

/** What a renderer may do for the reader when a group of events is opened. */
export interface DrillDown {
  eventById(id: string): ChronoEvent | undefined;
  /** Lists events that share a place, in a popup at `center`. */
  openPlaceList(center: LonLat, events: readonly ChronoEvent[]): void;
  /** Eases in on a group, as the reader's own move. */
  zoomInto(center: LonLat, zoom: number): void;
}

/** What every renderer is built with. */
export interface RendererContext {
  map: MapLibreMap;
  /** The controller's scene, read when drawing (it changes under the renderer). */
  scene: Readonly<MapScene>;
  idle: IdleSignal;
  drill: DrillDown;
  isDestroyed(): boolean;
}

/** What a renderer handed to MapLibre: done when MapLibre's worker holds it. */
export interface Drawing {
  done: Promise<unknown>;
  /** Whether any event is in it (the first such drawing is the `map-events` mark). */
  drawsSomething: boolean;
}

/**
 * One way of drawing the events. The controller holds exactly one as current, so two ways
 * cannot be half-active at once; each keeps its own source and empties it when it leaves.
 */
export interface EventRenderer {
  readonly kind: StrategyKind;
  /** How automation names what is on screen now. */
  label(): StrategyLabel;
  /** Becomes the current way of drawing. */
  enter(): void;
  /** Another way takes over: its source is emptied, so no two hold a copy of the events. */
  leave(): void;
  /** Applies the scene's window to this renderer's layer filters. */
  filterLayers(): void;
  /** The window moved: whether the events must be drawn again (clusters and grid). */
  followWindow(): boolean;
  /** Hands the scene's events to MapLibre; undefined when the map has no source for them. */
  draw(): Drawing | undefined;
  // Optional: only the clusters have a stand-in for scrubbing, only the grid depends on the view.
  /** New events: a renderer with a stand-in for scrubbing prepares it. */
  prepareLive?(): void;
  /** Scrubbing started or ended: whether the events must be drawn again for the final window. */
  setLive?(live: boolean): boolean;
  /** The last queued drawing is done and none follows. */
  drained?(): void;
  /** After the camera settled: whether what is drawn no longer fits the view. */
  staleAfterMove?(): boolean;
}
