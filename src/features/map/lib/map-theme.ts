import type { Map as MapLibreMap } from 'maplibre-gl';

import type { Category } from '@/domain/events/types';

import { BASEMAP_COLORS, themePaint } from './basemap-style';
import { drawDonut } from './donut';
import {
  CLUSTER_CATEGORY_SLOTS,
  CLUSTER_LAYER,
  donutIconExpression,
  eventLayers,
  parseDonutId,
} from './event-layers';
import type { MapScene } from './map-types';

/** The colour of the donut slice for events past the first categories. */
const OTHER_COLOR = '#8a8a8a';

/** Paint values come from our own style builders, which the style spec types already checked. */
function setPaint(map: MapLibreMap, layer: string, property: string, value: unknown) {
  (map.setPaintProperty as (layer: string, property: string, value: unknown) => void).call(
    map,
    layer,
    property,
    value,
  );
}

/** The basemap's colours for a theme. */
export function paintBasemap(map: MapLibreMap, scene: Readonly<MapScene>) {
  for (const { layer, property, value } of themePaint(scene.theme))
    setPaint(map, layer, property, value);
}

/** The event layers' paint: `dense` for the many small points of tiles and the grid. */
export function paintEvents(map: MapLibreMap, scene: Readonly<MapScene>, dense: boolean) {
  for (const layer of eventLayers(scene.theme, scene.generation, scene.window, dense)) {
    for (const [property, value] of Object.entries(layer.paint ?? {}))
      setPaint(map, layer.id, property, value);
  }
}

/** Points the clusters at the donut images of this theme and these categories. */
export function showDonuts(map: MapLibreMap, scene: Readonly<MapScene>) {
  map.setLayoutProperty(
    CLUSTER_LAYER,
    'icon-image',
    donutIconExpression(scene.generation, scene.theme),
  );
}

/** Draws a cluster's donut the first time MapLibre asks for it. */
export function drawMissingDonut(map: MapLibreMap, id: string, categories: readonly Category[]) {
  const donut = parseDonutId(id);
  if (!donut) return;
  const colors = categories.slice(0, CLUSTER_CATEGORY_SLOTS).map((category) => category.color);
  colors[CLUSTER_CATEGORY_SLOTS] = OTHER_COLOR;
  const image = drawDonut(donut.shares, colors, BASEMAP_COLORS[donut.theme].land);
  if (image && !map.hasImage(id)) map.addImage(id, image, { pixelRatio: 2 });
}
