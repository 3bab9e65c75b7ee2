import type {
  CircleLayerSpecification,
  FilterSpecification,
  GeoJSONSourceSpecification,
} from 'maplibre-gl';

import type { TimeWindow } from '@/domain/events/filter-events';
import type { Category, ChronoEvent } from '@/domain/events/types';

import type { Theme } from './basemap-style';

export const EVENTS_SOURCE = 'events';
export const HIGHLIGHT_SOURCE = 'highlight';
export const EVENTS_LAYER = 'event-circles';

export interface EventProperties {
  id: string;
  /** start and end, UTC ms: the layer's time filter reads these. */
  s: number;
  e: number;
  color: string;
  /** 1 when the place is not exact. */
  approx: 0 | 1;
}

export type EventFeature = GeoJSON.Feature<GeoJSON.Point, EventProperties>;

const FALLBACK_COLOR = '#666666';

/** Events with a place become points; the rest live on the timeline and in the list only. */
export function toFeatureCollection(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
): GeoJSON.FeatureCollection<GeoJSON.Point, EventProperties> {
  const colors = new Map(categories.map((category) => [category.id, category.color]));
  const features: EventFeature[] = [];
  for (const event of events) {
    const location = event.location;
    if (!location) continue;
    features.push({
      type: 'Feature',
      id: event.index,
      geometry: { type: 'Point', coordinates: [location.lon, location.lat] },
      properties: {
        id: event.id,
        s: event.start,
        e: event.end,
        color: colors.get(event.category) ?? FALLBACK_COLOR,
        approx: location.precision === 'exact' ? 0 : 1,
      },
    });
  }
  return { type: 'FeatureCollection', features };
}

/** A layer filter, so scrubbing re-filters tiles in the worker instead of re-indexing the data. */
export function timeFilter(window: TimeWindow | null): FilterSpecification {
  if (!window) return ['literal', true] as unknown as FilterSpecification;
  const conditions: FilterSpecification[] = [['<', ['get', 's'], window.end]];
  if (Number.isFinite(window.start)) conditions.push(['>', ['get', 'e'], window.start]);
  return ['all', ...conditions] as FilterSpecification;
}

export function eventsSource(): GeoJSONSourceSpecification {
  return {
    type: 'geojson',
    data: { type: 'FeatureCollection', features: [] },
    // Points only: no buffer needed, and a lower maxzoom makes re-filtering cheaper.
    buffer: 0,
    maxzoom: 12,
    attribution: 'Events: see each event’s sources',
  };
}

export function highlightSource(): GeoJSONSourceSpecification {
  return { type: 'geojson', data: { type: 'FeatureCollection', features: [] } };
}

const ink: Record<Theme, { ring: string; halo: string; stroke: string }> = {
  light: { ring: '#111111', halo: '#ffffff', stroke: '#ffffff' },
  dark: { ring: '#ffffff', halo: '#111111', stroke: '#1b1b1b' },
};

export function eventLayers(theme: Theme): CircleLayerSpecification[] {
  const colors = ink[theme];
  const radius = ['interpolate', ['linear'], ['zoom'], 2, 4, 6, 6, 10, 8];
  return [
    {
      id: EVENTS_LAYER,
      type: 'circle',
      source: EVENTS_SOURCE,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': radius as never,
        'circle-opacity': 0.9,
        'circle-stroke-color': colors.stroke,
        'circle-stroke-width': 1,
      },
    },
    {
      id: 'highlight-halo',
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      paint: {
        'circle-color': ['get', 'color'],
        'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 9, 8],
        'circle-stroke-color': colors.halo,
        'circle-stroke-width': 4,
      },
    },
    {
      id: 'highlight-ring',
      type: 'circle',
      source: HIGHLIGHT_SOURCE,
      paint: {
        'circle-opacity': 0,
        'circle-radius': ['case', ['==', ['get', 'role'], 'selected'], 12, 10],
        'circle-stroke-color': colors.ring,
        'circle-stroke-width': ['case', ['==', ['get', 'role'], 'selected'], 2.5, 1.5],
      },
    },
  ];
}

export function highlightFeatures(
  selected: ChronoEvent | null,
  hovered: ChronoEvent | null,
  categories: readonly Category[],
): GeoJSON.FeatureCollection {
  const colorOf = (event: ChronoEvent) =>
    categories.find((category) => category.id === event.category)?.color ?? FALLBACK_COLOR;
  const features: GeoJSON.Feature[] = [];
  // The selection is drawn last so it stays on top of a hovered neighbour.
  for (const [event, role] of [
    [hovered, 'hovered'],
    [selected, 'selected'],
  ] as const) {
    if (!event?.location || (role === 'hovered' && event === selected)) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [event.location.lon, event.location.lat] },
      properties: { id: event.id, role, color: colorOf(event) },
    });
  }
  return { type: 'FeatureCollection', features };
}
