/**
 * The basemap's world labels, picked from the gazetteer at build time: every capital, every city
 * of a million or more, and each country's largest cities, so a data set anywhere has a few
 * names around it. Each carries the zoom from which it is drawn, so the world view stays clear.
 */
import type { GeoNamesPlace } from './build-gazetteer-data.ts';

export interface WorldLabel {
  name: string;
  lon: number;
  lat: number;
  capital: boolean;
  /** The symbol sort key: lower is placed first and so wins a collision. */
  rank: number;
  /** The first zoom at which the label is drawn. */
  minzoom: number;
}

/** Parts of a city (GeoNames PPLX: boroughs, wards) would crowd out the city's own name. */
const CITY_PARTS = new Set(['PPLX']);

/** Down to this population, a country's largest cities are labelled even below a million. */
const LARGEST_OF_COUNTRY = { count: 3, minPopulation: 100_000 } as const;
/**
 * Cities from here up are labelled wherever they are, from a zoom that grows as they shrink.
 * (Going down to 100,000 would add some 2,750 labels and double the file for little: zoomed in
 * that far, a data set's own places are what the reader looks at.)
 */
const TIERS = [
  { minPopulation: 5_000_000, minzoom: 3 },
  { minPopulation: 1_000_000, minzoom: 4 },
  { minPopulation: 300_000, minzoom: 6 },
] as const;

const round3 = (value: number) => Math.round(value * 1e3) / 1e3;

function minzoomOf(place: GeoNamesPlace, largestOfCountry: boolean): number | null {
  if (place.featureCode === 'PPLC') return 3;
  const tier = TIERS.find((t) => place.population >= t.minPopulation);
  if (largestOfCountry) return Math.min(tier?.minzoom ?? 5, 5);
  return tier?.minzoom ?? null;
}

export function pickWorldLabels(places: GeoNamesPlace[]): WorldLabel[] {
  const byCountry = new Map<string, GeoNamesPlace[]>();
  for (const place of places) {
    if (CITY_PARTS.has(place.featureCode)) continue;
    const list = byCountry.get(place.country) ?? [];
    list.push(place);
    byCountry.set(place.country, list);
  }
  const labels: WorldLabel[] = [];
  for (const list of byCountry.values()) {
    list.sort((a, b) => b.population - a.population);
    list.forEach((place, index) => {
      // The largest place of a small country is labelled whatever its size.
      const largest =
        index === 0 ||
        (index < LARGEST_OF_COUNTRY.count && place.population >= LARGEST_OF_COUNTRY.minPopulation);
      const minzoom = minzoomOf(place, largest);
      if (minzoom === null) return;
      labels.push({
        name: place.name,
        lon: round3(place.lon),
        lat: round3(place.lat),
        capital: place.featureCode === 'PPLC',
        // Capitals first, then by size: log10 of the population, inverted (1 for 10 million).
        rank: round3(
          (place.featureCode === 'PPLC' ? 0 : 1) + 8 - Math.log10(place.population + 10),
        ),
        minzoom,
      });
    });
  }
  return labels.sort((a, b) => a.rank - b.rank);
}
