import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-50m.json?url';

// Hand-made reference places of the region: capitals, ports and water bodies, at standard
// gazetteer coordinates (city centres; nominal points for seas). No note inside the file: it
// would ship in the first-paint bundle. The rest of the world: world-labels.ts, on demand.
import gazetteer from '../data/places.json';

export interface BasemapData {
  land: GeoJSON.FeatureCollection | GeoJSON.Feature;
  borders: GeoJSON.MultiLineString;
  coast: GeoJSON.MultiLineString;
  countryLabels: GeoJSON.FeatureCollection<GeoJSON.Point>;
}

type Countries = Topology<{
  countries: GeometryCollection<{ name: string }>;
  land: GeometryCollection;
}>;

/** Area and area-weighted centroid of a ring (planar, in degrees: fine for placing a label). */
function ringCentroid(ring: GeoJSON.Position[]): { area: number; x: number; y: number } {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [x0 = 0, y0 = 0] = ring[j] as number[];
    const [x1 = 0, y1 = 0] = ring[i] as number[];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  area /= 2;
  return area === 0
    ? { area: 0, x: 0, y: 0 }
    : { area: Math.abs(area), x: x / (6 * area), y: y / (6 * area) };
}

/** A label point per country: the centroid of its largest polygon, so islands do not pull it to sea. */
export function countryLabelPoints(
  countries: GeoJSON.FeatureCollection<GeoJSON.Geometry | null, { name?: string }>,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  const features: GeoJSON.Feature<GeoJSON.Point>[] = [];
  for (const country of countries.features) {
    const name = country.properties?.name;
    const geometry = country.geometry;
    if (!name || !geometry) continue;
    const polygons =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    let best: { area: number; x: number; y: number } | null = null;
    for (const polygon of polygons) {
      const outer = polygon[0];
      if (!outer) continue;
      const centroid = ringCentroid(outer);
      if (!best || centroid.area > best.area) best = centroid;
    }
    if (!best || best.area < 0.5) continue;
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [best.x, best.y] },
      properties: { name, area: Math.round(best.area) },
    });
  }
  return { type: 'FeatureCollection', features };
}

export function placeFeatures(): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: gazetteer.places.map((place) => ({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [place.lon, place.lat] },
      properties: { name: place.name, kind: place.kind, rank: place.rank },
    })),
  };
}

/**
 * Makes a ring that crosses the antimeridian continuous (Chukotka at 190° instead of −170°), so
 * the tiler does not draw it as a band across the whole world.
 */
export function unwrapRing(ring: GeoJSON.Position[]): GeoJSON.Position[] {
  let offset = 0;
  let previous: number | undefined;
  return ring.map(([lon = 0, lat = 0]) => {
    if (previous !== undefined) {
      const step = lon - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon;
    return [lon + offset, lat];
  });
}

/** Lines that jump across the antimeridian become two lines. */
export function splitAtAntimeridian(lines: GeoJSON.Position[][]): GeoJSON.Position[][] {
  const out: GeoJSON.Position[][] = [];
  for (const line of lines) {
    let current: GeoJSON.Position[] = [];
    for (const point of line) {
      const last = current[current.length - 1];
      if (last && Math.abs((point[0] ?? 0) - (last[0] ?? 0)) > 180) {
        if (current.length > 1) out.push(current);
        current = [];
      }
      current.push(point);
    }
    if (current.length > 1) out.push(current);
  }
  return out;
}

/** Land without Antarctica (off a Mercator map of this world anyway) and with continuous rings. */
export function cleanLand(
  land: GeoJSON.Feature | GeoJSON.FeatureCollection,
): GeoJSON.Feature<GeoJSON.MultiPolygon> {
  const geometries =
    land.type === 'FeatureCollection' ? land.features.map((f) => f.geometry) : [land.geometry];
  const polygons: GeoJSON.Position[][][] = [];
  for (const geometry of geometries) {
    if (!geometry) continue;
    const list =
      geometry.type === 'Polygon'
        ? [geometry.coordinates]
        : geometry.type === 'MultiPolygon'
          ? geometry.coordinates
          : [];
    for (const polygon of list) {
      const outer = polygon[0];
      if (!outer || Math.max(...outer.map((p) => p[1] ?? 0)) < -60) continue;
      polygons.push(polygon.map(unwrapRing));
    }
  }
  return {
    type: 'Feature',
    properties: {},
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

/** Lets the page draw and answer input before the next step. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

/**
 * Natural Earth 1:50m countries, bundled with the app (no tile server, no network).
 *
 * Converted one layer per task: the whole world in one go blocked a slow machine's page for
 * about 300 ms (docs/performance.md), each layer alone takes a fraction of that.
 */
export async function loadBasemapData(): Promise<BasemapData> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`basemap data: HTTP ${response.status}`);
  const topology = (await response.json()) as Countries;
  await nextTask();
  const land = cleanLand(feature(topology, topology.objects.land));
  await nextTask();
  // Shared arcs are borders between countries; arcs used once are coastline.
  const borders = mesh(topology, topology.objects.countries, (a, b) => a !== b);
  await nextTask();
  const coast: GeoJSON.MultiLineString = {
    type: 'MultiLineString',
    coordinates: splitAtAntimeridian(
      mesh(topology, topology.objects.countries, (a, b) => a === b).coordinates,
    ),
  };
  await nextTask();
  const countryLabels = countryLabelPoints(feature(topology, topology.objects.countries));
  return { land, borders, coast, countryLabels };
}
