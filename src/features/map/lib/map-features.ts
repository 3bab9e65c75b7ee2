import type { MapGeoJSONFeature } from 'maplibre-gl';

/** What the map's parts read of a feature MapLibre found under the pointer or on screen. */
export type DrawnFeature = Pick<MapGeoJSONFeature, 'properties' | 'geometry'>;

/** A grid cell standing for several events (a cell of one is drawn and clicked as that event). */
export function isGridGroup(feature: Pick<DrawnFeature, 'properties'>): boolean {
  return Boolean(feature.properties['cell']) && Number(feature.properties['count']) > 1;
}

/** A cluster of events, drawn as a donut. */
export function isCluster(feature: Pick<DrawnFeature, 'properties'>): boolean {
  return Boolean(feature.properties['cluster']);
}

export function pointOf(feature: Pick<DrawnFeature, 'geometry'>): [number, number] {
  return (feature.geometry as GeoJSON.Point).coordinates as [number, number];
}

export const EMPTY_COLLECTION: GeoJSON.FeatureCollection = {
  type: 'FeatureCollection',
  features: [],
};

export const visibility = (shown: boolean) => (shown ? 'visible' : 'none');
