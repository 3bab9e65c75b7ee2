/**
 * Serves the gazetteer as virtual modules, made from the installed GeoNames package when first
 * imported: the same in `vite` (dev), `vite build` (main bundle and workers) and vitest, with no
 * generated file to commit or to forget to regenerate. The app reaches them only through a
 * dynamic `import()`, so each becomes a chunk of its own, outside the first paint.
 */
import type { Plugin } from 'vite';

import {
  buildGazetteerData,
  readGeoNames,
  trimPlaces,
  type GazetteerData,
  type GeoNamesPlace,
} from './build-gazetteer-data.ts';
import { pickWorldLabels } from './world-labels.ts';

export const GAZETTEER_MODULE = 'virtual:chronomap/gazetteer';
export const WORLD_LABELS_MODULE = 'virtual:chronomap/world-labels';

/**
 * Made once per process and only when asked for: the main build, its workers and a test run share
 * them, and a build that only needs the labels does not index every name (about 1.5 s).
 */
let geoNames: GeoNamesPlace[] | undefined;
let data: GazetteerData | undefined;
const trimmed = () => trimPlaces((geoNames ??= readGeoNames()));
const gazetteerData = () => (data ??= buildGazetteerData((geoNames ??= readGeoNames())));

function moduleSource(id: string): string | undefined {
  if (id === GAZETTEER_MODULE) {
    const { places, countries } = gazetteerData();
    return `export const places = ${JSON.stringify(places)};\nexport const countries = ${JSON.stringify(countries)};\n`;
  }
  if (id === WORLD_LABELS_MODULE) {
    // Rows rather than objects: the keys would be a third of the file.
    const rows = pickWorldLabels(trimmed()).map((l) => [
      l.name,
      l.lon,
      l.lat,
      l.rank,
      l.minzoom,
      l.capital ? 1 : 0,
    ]);
    return `export default ${JSON.stringify(rows)};\n`;
  }
  return undefined;
}

export function gazetteerModules(): Plugin {
  return {
    name: 'chronomap-gazetteer',
    resolveId(id) {
      return id === GAZETTEER_MODULE || id === WORLD_LABELS_MODULE ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith('\0')) return undefined;
      const code = moduleSource(id.slice(1));
      // An empty map: a source map of megabytes of data would help no one.
      return code === undefined ? undefined : { code, map: { mappings: '' } };
    },
  };
}
