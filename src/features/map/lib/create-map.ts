import './maplibre-init';

import fontItalicUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-italic.woff2?url';
import fontRegularUrl from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import {
  AttributionControl,
  Map as MapLibreMap,
  NavigationControl,
  ScaleControl,
  type GeoJSONSource,
} from 'maplibre-gl';

import { placeFeatures, type BasemapData } from './basemap-data';
import { ATTRIBUTION, basemapStyle, BASEMAP_SOURCES } from './basemap-style';
import {
  EVENTS_SOURCE,
  eventLayers,
  eventsSource,
  GRID_SOURCE,
  LIVE_SOURCE,
  pointSource,
  TILES_SOURCE,
  tilesSource,
} from './event-layers';
import { EMPTY_TILES } from './event-tile-source';
import { foldWrappedAttribution } from './fold-attribution';
import type { MapOptions, MapScene } from './map-types';

const absolute = (url: string) => new URL(url, location.href).href;

/** The map with its controls, north up and flat, named for assistive technology. */
export function createMap(container: HTMLElement, { theme, camera }: MapOptions): MapLibreMap {
  const map = new MapLibreMap({
    container,
    style: basemapStyle(theme, {
      regular: absolute(fontRegularUrl),
      italic: absolute(fontItalicUrl),
    }),
    center: camera ? [camera.lon, camera.lat] : [45, 24],
    zoom: camera?.zoom ?? 3.2,
    attributionControl: false,
    fadeDuration: 0,
    dragRotate: false,
    pitchWithRotate: false,
    cancelPendingTileRequestsWhileZooming: false,
  });
  // North up and flat, always: a link's `map=` holds zoom and centre only, so a turned or
  // tilted map could not be shared as it was seen.
  map.touchZoomRotate.disableRotation();
  map.keyboard.disableRotation();
  // MapLibre makes its canvas a second landmark called "Map"; the app's section already is one.
  const canvas = map.getCanvas();
  canvas.setAttribute('role', 'application');
  canvas.setAttribute('aria-roledescription', 'map');
  canvas.setAttribute('aria-label', 'Map of events. Arrow keys pan, plus and minus zoom.');
  map.addControl(new NavigationControl({ showCompass: true, visualizePitch: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
  map.addControl(
    new AttributionControl({ compact: true, customAttribution: ATTRIBUTION }),
    'bottom-right',
  );
  map.once('idle', () => foldWrappedAttribution(container));
  return map;
}

/** The events' sources and layers, once the style has loaded; `clustered` for the first data. */
export function addEventLayers(map: MapLibreMap, scene: Readonly<MapScene>, clustered: boolean) {
  map.addSource(EVENTS_SOURCE, eventsSource(clustered));
  map.addSource(LIVE_SOURCE, pointSource());
  map.addSource(GRID_SOURCE, pointSource());
  map.addSource(TILES_SOURCE, tilesSource(EMPTY_TILES));
  for (const layer of eventLayers(scene.theme, scene.generation, null, !clustered))
    map.addLayer(layer);
  map.getSource<GeoJSONSource>(BASEMAP_SOURCES.places)?.setData(placeFeatures());
}

/** The world's capitals and cities, a chunk of their own once the first frame is drawn. */
export function addWorldLabelsWhenIdle(map: MapLibreMap, isDestroyed: () => boolean) {
  map.once('idle', () => {
    // Should it fail, the hand-made labels stay: nothing to tell the user.
    import('./world-labels').then(
      ({ showWorldLabels }) => isDestroyed() || showWorldLabels(map),
      () => {},
    );
  });
}

export function showBasemap(map: MapLibreMap, data: BasemapData) {
  const set = (id: string, value: GeoJSON.GeoJSON) =>
    map.getSource<GeoJSONSource>(id)?.setData(value);
  set(BASEMAP_SOURCES.land, data.land);
  set(BASEMAP_SOURCES.borders, data.borders);
  set(BASEMAP_SOURCES.coast, data.coast);
  set(BASEMAP_SOURCES.countries, data.countryLabels);
}
