import type { StyleSpecification } from 'maplibre-gl';

export type Theme = 'light' | 'dark';

export interface BasemapColors {
  sea: string;
  land: string;
  border: string;
  coast: string;
}

/** Quiet on purpose: the events must be the loudest thing on screen. */
export const BASEMAP_COLORS: Record<Theme, BasemapColors> = {
  light: { sea: '#d3e3ee', land: '#f7f6f2', border: '#a9adb2', coast: '#9db3c4' },
  dark: { sea: '#15212c', land: '#2a2e33', border: '#5d646b', coast: '#3c5467' },
};

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export const BASEMAP_SOURCES = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  coast: 'basemap-coast',
} as const;

/** The offline basemap: Natural Earth land and borders, filled in once their data has loaded. */
export function basemapStyle(theme: Theme): StyleSpecification {
  const colors = BASEMAP_COLORS[theme];
  return {
    version: 8,
    name: 'Chronomap offline basemap',
    sources: {
      [BASEMAP_SOURCES.land]: {
        type: 'geojson',
        data: EMPTY,
        attribution: 'Natural Earth (public domain)',
      },
      [BASEMAP_SOURCES.borders]: { type: 'geojson', data: EMPTY },
      [BASEMAP_SOURCES.coast]: { type: 'geojson', data: EMPTY },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': colors.sea } },
      {
        id: 'land',
        type: 'fill',
        source: BASEMAP_SOURCES.land,
        paint: { 'fill-color': colors.land },
      },
      {
        id: 'coast',
        type: 'line',
        source: BASEMAP_SOURCES.coast,
        paint: { 'line-color': colors.coast, 'line-width': 0.6 },
      },
      {
        id: 'borders',
        type: 'line',
        source: BASEMAP_SOURCES.borders,
        paint: {
          'line-color': colors.border,
          'line-width': ['interpolate', ['linear'], ['zoom'], 2, 0.4, 8, 1.2],
          'line-dasharray': [3, 2],
        },
      },
    ],
  };
}

/** Paint changes that switch an existing basemap between themes without reloading it. */
export function themePaint(theme: Theme): { layer: string; property: string; value: string }[] {
  const colors = BASEMAP_COLORS[theme];
  return [
    { layer: 'sea', property: 'background-color', value: colors.sea },
    { layer: 'land', property: 'fill-color', value: colors.land },
    { layer: 'coast', property: 'line-color', value: colors.coast },
    { layer: 'borders', property: 'line-color', value: colors.border },
  ];
}
