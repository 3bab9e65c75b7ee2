import type {
  CircleLayerSpecification,
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
  LayerSpecification,
  VectorSourceSpecification,
} from 'maplibre-gl';

import type { TimeWindow } from '@/domain/events/time-window';
import type { Category, ChronoEvent } from '@/domain/events/types';
import { drawnLatitude } from '@/domain/places/drawn-latitude';
import type { Theme } from '@/store/slices/ui-slice';

import { FONT_REGULAR } from './basemap-style';
import { EVENT_TILE_LAYER, EVENT_TILE_MAXZOOM, POINT_BUFFER_PX } from './event-tiler';

export const EVENTS_SOURCE = 'events';
export const EVENTS_LAYER = 'event-circles';
export const CLUSTER_LAYER = 'event-clusters';
export const UNCERTAINTY_LAYER = 'event-uncertainty';
/** Every event as a plain point, filtered on the GPU-side layer filter while the window moves. */
export const LIVE_SOURCE = 'events-live';
export const LIVE_LAYER = 'event-circles-live';
/** Very large datasets: the window's events binned into grid cells (see grid.ts). */
export const GRID_SOURCE = 'events-grid';
export const GRID_LAYER = 'event-grid';
/** Too many events to cluster, too few to grid: points as vector tiles cut by our own worker. */
export const TILES_SOURCE = 'events-tiles';
export const TILES_LAYER = 'event-circles-tiled';

/** Clusters keep a count per category for their donut; the rest share one slot. */
export const CLUSTER_CATEGORY_SLOTS = 8;
/** Donut shares are rounded to twelfths, so a handful of images serve every cluster. */
const DONUT_STEPS = 12;
const EARTH_METRES_PER_PIXEL_Z0 = 78_271.517;

export interface EventProperties {
  id: string;
  /** start and end, UTC ms: the layer's time filter reads these. */
  s: number;
  e: number;
  /** Category slot, for cluster counts. */
  ci: number;
  color: string;
  /** 1 when the place is not exact. */
  approx: 0 | 1;
  /** Radius of uncertainty in pixels at zoom 0 (it doubles with each zoom level). */
  r0: number;
}

export type EventFeature = GeoJSON.Feature<GeoJSON.Point, EventProperties>;

export const FALLBACK_COLOR = '#666666';
/** Event dot radius by zoom. */
const EVENT_RADIUS = ['interpolate', ['linear'], ['zoom'], 2, 4, 6, 6, 10, 8];
/** Tens of thousands of events: smaller dots, no outline; half the pixels to fill each frame, and less of a blot. */
const DENSE_EVENT_RADIUS = ['interpolate', ['linear'], ['zoom'], 2, 2, 6, 3.5, 10, 6];

/** When a place is approximate but no radius was given, assume a city's or a region's size. */
const DEFAULT_RADIUS_KM = { exact: 0, approximate: 25, region: 150 } as const;

export function uncertaintyRadiusKm(location: NonNullable<ChronoEvent['location']>): number {
  return location.radiusKm ?? DEFAULT_RADIUS_KM[location.precision];
}

/** Events with a place become points; the rest live on the timeline and in the list only. */
export function toFeatureCollection(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
): GeoJSON.FeatureCollection<GeoJSON.Point, EventProperties> {
  const slots = new Map(
    categories.map((category, i) => [category.id, { i, color: category.color }]),
  );
  const features: EventFeature[] = [];
  for (const event of events) {
    const location = event.location;
    if (!location) continue;
    const slot = slots.get(event.category);
    const radiusKm = uncertaintyRadiusKm(location);
    const lat = drawnLatitude(location.lat);
    const metresPerPixel = EARTH_METRES_PER_PIXEL_Z0 * Math.cos((lat * Math.PI) / 180);
    features.push({
      type: 'Feature',
      id: event.index,
      geometry: { type: 'Point', coordinates: [location.lon, lat] },
      properties: {
        id: event.id,
        s: event.start,
        e: event.end,
        ci: Math.min(slot?.i ?? CLUSTER_CATEGORY_SLOTS, CLUSTER_CATEGORY_SLOTS),
        color: slot?.color ?? FALLBACK_COLOR,
        approx: location.precision === 'exact' ? 0 : 1,
        r0: (radiusKm * 1000) / Math.max(metresPerPixel, 1),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

const NOT_CLUSTER: FilterSpecification = ['!', ['has', 'point_count']];

/** Time window as filter conditions over each point's start (s) and end (e). */
function timeConditions(window: TimeWindow | null): FilterSpecification[] {
  if (!window) return [];
  const conditions: FilterSpecification[] = [['<', ['get', 's'], window.end]];
  if (Number.isFinite(window.start)) conditions.push(['>', ['get', 'e'], window.start]);
  return conditions;
}

/**
 * Layer filters, so scrubbing re-filters tiles in the worker instead of re-indexing the data.
 * Clusters carry no dates: they are rebuilt from the events in the window instead.
 */
export function eventsFilter(window: TimeWindow | null): FilterSpecification {
  return ['all', NOT_CLUSTER, ...timeConditions(window)] as FilterSpecification;
}

export function uncertaintyFilter(window: TimeWindow | null): FilterSpecification {
  return [
    'all',
    NOT_CLUSTER,
    ['==', ['get', 'approx'], 1],
    ...timeConditions(window),
  ] as FilterSpecification;
}

export function eventsSource(cluster: boolean): GeoJSONSourceSpecification {
  const clusterProperties: Record<string, unknown> = {};
  for (let i = 0; i <= CLUSTER_CATEGORY_SLOTS; i++) {
    clusterProperties[`c${i}`] = ['+', ['case', ['==', ['get', 'ci'], i], 1, 0]];
  }
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    buffer: POINT_BUFFER_PX,
    // A lower maxzoom makes re-filtering cheaper.
    maxzoom: 12,
    cluster,
    clusterRadius: 36,
    clusterMaxZoom: 11,
    clusterProperties: clusterProperties as GeoJSONSourceSpecification['clusterProperties'],
  };
}

/** Plain points, no clustering: the live points while scrubbing, and the grid's cells. */
export function pointSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    buffer: POINT_BUFFER_PX,
    maxzoom: 12,
  };
}

/** Tiles from our tiler (event-tile-source.ts); `tiles` changes with every new set of points. */
export function tilesSource(tiles: string): VectorSourceSpecification {
  return { type: 'vector', tiles: [tiles], maxzoom: EVENT_TILE_MAXZOOM };
}

/** The icon id of a cluster's donut: its category shares in twelfths, per dataset and theme. */
export function donutIconExpression(generation: number, theme: Theme): ExpressionSpecification {
  const shares: ExpressionSpecification[] = [];
  for (let i = 0; i <= CLUSTER_CATEGORY_SLOTS; i++) {
    if (i > 0) shares.push(['literal', ','] as unknown as ExpressionSpecification);
    shares.push([
      'to-string',
      ['round', ['*', DONUT_STEPS, ['/', ['get', `c${i}`], ['get', 'point_count']]]],
    ] as ExpressionSpecification);
  }
  return [
    'concat',
    `donut:${generation}:${theme}:`,
    ...shares,
  ] as unknown as ExpressionSpecification;
}

/** Parses a donut icon id back into its theme and shares (null if it is not one of ours). */
export function parseDonutId(
  id: string,
): { generation: number; theme: Theme; shares: number[] } | null {
  const match = /^donut:(\d+):(light|dark):([\d,]+)$/.exec(id);
  if (!match) return null;
  return {
    generation: Number(match[1]),
    theme: match[2] as Theme,
    shares: (match[3] as string).split(',').map(Number),
  };
}

const ink: Record<Theme, { stroke: string; text: string }> = {
  light: { stroke: '#ffffff', text: '#1a1a1a' },
  dark: { stroke: '#1b1b1b', text: '#f0f0f0' },
};

export function eventLayers(
  theme: Theme,
  generation: number,
  window: TimeWindow | null,
  dense = false,
): LayerSpecification[] {
  const colors = ink[theme];
  const eventPaint: CircleLayerSpecification['paint'] = {
    'circle-color': ['get', 'color'],
    'circle-radius': (dense ? DENSE_EVENT_RADIUS : EVENT_RADIUS) as never,
    'circle-opacity': 0.92,
    'circle-stroke-color': colors.stroke,
    'circle-stroke-width': dense ? 0 : 1,
  };
  const uncertainty: CircleLayerSpecification = {
    id: UNCERTAINTY_LAYER,
    type: 'circle',
    source: EVENTS_SOURCE,
    filter: uncertaintyFilter(window),
    paint: {
      // Grows with the zoom like the ground it covers: r0 pixels at zoom 0, doubling per level.
      'circle-radius': [
        'interpolate',
        ['exponential', 2],
        ['zoom'],
        0,
        ['get', 'r0'],
        22,
        ['*', ['get', 'r0'], 4_194_304],
      ],
      'circle-color': ['get', 'color'],
      // Quiet: it says "somewhere around here", it must not outshout the events.
      'circle-opacity': 0.06,
      'circle-stroke-color': ['get', 'color'],
      'circle-stroke-width': 0.75,
      'circle-stroke-opacity': 0.35,
    },
  };
  return [
    uncertainty,
    {
      id: GRID_LAYER,
      type: 'circle',
      source: GRID_SOURCE,
      paint: {
        'circle-color': ['get', 'color'],
        // A single event is a dot; a cell grows with the log of its count, never into its
        // neighbours (cells are 16–32 pixels apart).
        'circle-radius': ['min', 11, ['+', 2.5, ['*', 1.1, ['ln', ['get', 'count']]]]],
        'circle-opacity': 0.85,
        'circle-stroke-color': colors.stroke,
        'circle-stroke-width': 1,
      },
    },
    {
      id: CLUSTER_LAYER,
      type: 'symbol',
      source: EVENTS_SOURCE,
      filter: ['has', 'point_count'],
      layout: {
        'icon-image': donutIconExpression(generation, theme),
        'icon-size': ['step', ['get', 'point_count'], 0.62, 10, 0.75, 50, 0.9, 200, 1.05],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': [FONT_REGULAR],
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': colors.text },
    },
    {
      id: EVENTS_LAYER,
      type: 'circle',
      source: EVENTS_SOURCE,
      filter: eventsFilter(window),
      paint: eventPaint,
    },
    {
      id: TILES_LAYER,
      type: 'circle',
      source: TILES_SOURCE,
      'source-layer': EVENT_TILE_LAYER,
      filter: eventsFilter(window),
      paint: eventPaint,
    },
    {
      id: LIVE_LAYER,
      type: 'circle',
      source: LIVE_SOURCE,
      filter: eventsFilter(window),
      layout: { visibility: 'none' },
      paint: eventPaint,
    },
  ];
}
