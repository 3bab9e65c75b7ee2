import type { LayerSpecification, StyleSpecification, SymbolLayerSpecification } from 'maplibre-gl';

import type { Theme } from '@/store/slices/ui-slice';

export interface BasemapColors {
  sea: string;
  land: string;
  border: string;
  coast: string;
  label: string;
  labelHalo: string;
  seaLabel: string;
  capital: string;
}

/** Quiet on purpose: the events must be the loudest thing on screen. */
export const BASEMAP_COLORS: Record<Theme, BasemapColors> = {
  light: {
    sea: '#d3e3ee',
    land: '#f7f6f2',
    border: '#a9adb2',
    coast: '#9db3c4',
    label: '#5f6368',
    labelHalo: '#f7f6f2',
    seaLabel: '#4f7390',
    capital: '#3c4043',
  },
  dark: {
    sea: '#15212c',
    land: '#2a2e33',
    border: '#5d646b',
    coast: '#3c5467',
    label: '#a4abb3',
    labelHalo: '#2a2e33',
    seaLabel: '#86a7c0',
    capital: '#d0d4d8',
  },
};

export const FONT_REGULAR = 'Noto Sans Regular';
export const FONT_ITALIC = 'Noto Sans Italic';

export interface FontUrls {
  regular: string;
  italic: string;
}

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export const BASEMAP_SOURCES = {
  land: 'basemap-land',
  borders: 'basemap-borders',
  coast: 'basemap-coast',
  countries: 'basemap-country-labels',
  places: 'basemap-places',
} as const;

/**
 * Coarser tiles for the basemap's shapes: the map redraws them on every frame of a scrub, and
 * simplifying them (a couple of pixels, invisible at these zooms) makes each frame cheaper.
 */
const SHAPES = { tolerance: 1.5, maxzoom: 10 } as const;

/**
 * The map's credits, given to the attribution control whole rather than by each source, so they
 * are all there from the first frame and do not grow when the events' sources are added.
 */
export const ATTRIBUTION = [
  'Events: see each event’s sources',
  'Natural Earth (public domain) · Places: GeoNames (CC BY)',
];

/** The layer of towns and cities, whose filter world-labels.ts extends with a zoom rule. */
export const PLACE_LABELS_LAYER = 'label-places';

function placeLabels(colors: BasemapColors): SymbolLayerSpecification[] {
  const common = { type: 'symbol' as const, source: BASEMAP_SOURCES.places };
  return [
    {
      ...common,
      id: 'label-sea',
      filter: ['in', ['get', 'kind'], ['literal', ['sea', 'strait']]],
      minzoom: 2,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_ITALIC],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          2,
          ['match', ['get', 'kind'], 'sea', 12, 10],
          7,
          16,
        ],
        'text-letter-spacing': 0.08,
        'text-max-width': 7,
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': colors.seaLabel,
        'text-halo-color': colors.labelHalo,
        'text-halo-width': 1,
      },
    },
    {
      ...common,
      id: PLACE_LABELS_LAYER,
      filter: ['!', ['in', ['get', 'kind'], ['literal', ['sea', 'strait']]]],
      minzoom: 3,
      layout: {
        'text-field': ['get', 'name'],
        'text-font': [FONT_REGULAR],
        'text-size': [
          'interpolate',
          ['linear'],
          ['zoom'],
          3,
          ['match', ['get', 'kind'], 'capital', 11, 10],
          8,
          14,
        ],
        'text-anchor': 'top',
        'text-offset': [0, 0.4],
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: {
        'text-color': ['match', ['get', 'kind'], 'capital', colors.capital, colors.label],
        'text-halo-color': colors.labelHalo,
        'text-halo-width': 1.2,
      },
    },
  ];
}

/**
 * The offline basemap: Natural Earth land, coastlines and borders (filled in once their data
 * has loaded), country, sea and place labels drawn with a bundled font. Nothing from the network.
 */
export function basemapStyle(theme: Theme, fonts: FontUrls): StyleSpecification {
  const colors = BASEMAP_COLORS[theme];
  const layers: LayerSpecification[] = [
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
    {
      id: 'label-countries',
      type: 'symbol',
      source: BASEMAP_SOURCES.countries,
      minzoom: 2,
      layout: {
        'text-field': ['upcase', ['get', 'name']],
        'text-font': [FONT_REGULAR],
        'text-size': ['interpolate', ['linear'], ['zoom'], 2, 9, 6, 13],
        'text-letter-spacing': 0.12,
        'text-max-width': 6,
        'symbol-sort-key': ['-', 0, ['get', 'area']],
      },
      paint: {
        'text-color': colors.label,
        'text-halo-color': colors.labelHalo,
        'text-halo-width': 1,
        'text-opacity': 0.8,
      },
    },
    ...placeLabels(colors),
  ];
  return {
    version: 8,
    name: 'Chronomap offline basemap',
    // No `glyphs`: MapLibre draws text from the bundled font files below, never from a glyph server.
    'font-faces': {
      [FONT_REGULAR]: [{ url: fonts.regular, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] }],
      [FONT_ITALIC]: [{ url: fonts.italic, 'unicode-range': ['U+0000-024F', 'U+2000-206F'] }],
    },
    sources: {
      [BASEMAP_SOURCES.land]: { type: 'geojson', data: EMPTY, ...SHAPES },
      [BASEMAP_SOURCES.borders]: { type: 'geojson', data: EMPTY, ...SHAPES },
      [BASEMAP_SOURCES.coast]: { type: 'geojson', data: EMPTY, ...SHAPES },
      [BASEMAP_SOURCES.countries]: { type: 'geojson', data: EMPTY },
      [BASEMAP_SOURCES.places]: { type: 'geojson', data: EMPTY },
    },
    layers,
  } as StyleSpecification;
}

/** Paint changes that switch an existing basemap between themes without reloading it. */
export function themePaint(theme: Theme): { layer: string; property: string; value: unknown }[] {
  const style = basemapStyle(theme, { regular: '', italic: '' });
  return style.layers.flatMap((layer) =>
    Object.entries(layer.paint ?? {}).map(([property, value]) => ({
      layer: layer.id,
      property,
      value,
    })),
  );
}
