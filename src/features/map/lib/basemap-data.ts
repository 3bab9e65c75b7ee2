import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature, mesh } from 'topojson-client';
import countriesUrl from 'world-atlas/countries-50m.json?url';

export interface BasemapData {
  land: GeoJSON.FeatureCollection | GeoJSON.Feature;
  borders: GeoJSON.MultiLineString;
  coast: GeoJSON.MultiLineString;
}

type Countries = Topology<{ countries: GeometryCollection; land: GeometryCollection }>;

/** Natural Earth 1:50m countries, bundled with the app (no tile server, no network). */
export async function loadBasemapData(): Promise<BasemapData> {
  const response = await fetch(countriesUrl);
  if (!response.ok) throw new Error(`basemap data: HTTP ${response.status}`);
  const topology = (await response.json()) as Countries;
  return {
    land: feature(topology, topology.objects.land),
    // Shared arcs are borders between countries; arcs used once are coastline.
    borders: mesh(topology, topology.objects.countries, (a, b) => a !== b),
    coast: mesh(topology, topology.objects.countries, (a, b) => a === b),
  };
}
