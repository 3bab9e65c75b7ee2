/**
 * The basemap's labels for the whole world: capitals and large cities picked from the gazetteer at
 * build time (scripts/gazetteer/world-labels.ts), merged with the hand-made labels of
 * src/features/map/data/places.json. Imported on demand once the map is idle, so its data is a
 * chunk of its own and the first paint does not wait for it.
 */
import type {
  ExpressionSpecification,
  FilterSpecification,
  GeoJSONSource,
  Map as MapLibreMap,
} from 'maplibre-gl';
import rows from 'virtual:chronomap/world-labels';

import { placeFeatures } from './basemap-data';
import { BASEMAP_SOURCES, PLACE_LABELS_LAYER } from './basemap-style';

type PlaceLabel = GeoJSON.Feature<GeoJSON.Point>;
export type WorldLabelRow = [
  name: string,
  lon: number,
  lat: number,
  rank: number,
  minzoom: number,
  capital: number,
];

/** A gazetteer city this close to a hand-made label is the same place, named by hand already. */
export const SAME_PLACE_KM = 30;
const EARTH_RADIUS_KM = 6371;
/** Water bodies are labelled at a nominal point: a city near one is not a duplicate. */
const WATER = new Set(['sea', 'strait']);

function distanceKm(
  [lon1 = 0, lat1 = 0]: GeoJSON.Position,
  [lon2 = 0, lat2 = 0]: GeoJSON.Position,
) {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const a =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** The hand-made labels, then every gazetteer label that is not one of them. */
export function mergeWorldLabels(
  handMade: GeoJSON.FeatureCollection<GeoJSON.Point>,
  world: readonly WorldLabelRow[],
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const places = handMade.features
    .filter((f) => !WATER.has(String(f.properties?.['kind'])))
    .map((f) => f.geometry.coordinates);
  const added: PlaceLabel[] = [];
  for (const [name, lon, lat, rank, minzoom, capital] of world) {
    if (places.some((point) => distanceKm(point, [lon, lat]) < SAME_PLACE_KM)) continue;
    added.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [lon, lat] },
      properties: { name, kind: capital ? 'capital' : 'city', rank, minzoom },
    });
  }
  return { type: 'FeatureCollection', features: [...handMade.features, ...added] };
}

export function worldPlaceFeatures(): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return mergeWorldLabels(placeFeatures(), rows);
}

/**
 * Each world label is drawn from its own zoom (hand-made labels have none: always). The rule is
 * added here rather than in the style so that the first-paint bundle does not carry it.
 */
const FROM_ITS_ZOOM: ExpressionSpecification = [
  '>=',
  ['zoom'],
  ['coalesce', ['get', 'minzoom'], 0],
];

/** Puts the world labels on the map, beside the hand-made ones it shows from the start. */
export function showWorldLabels(
  map: Pick<MapLibreMap, 'getSource' | 'getFilter' | 'setFilter'>,
): void {
  const filter = map.getFilter(PLACE_LABELS_LAYER);
  // The style's filters are expressions (basemap-style.ts), which 'all' may combine.
  const combined = filter ? (['all', filter, FROM_ITS_ZOOM] as FilterSpecification) : FROM_ITS_ZOOM;
  map.setFilter(PLACE_LABELS_LAYER, combined);
  map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(worldPlaceFeatures());
}
