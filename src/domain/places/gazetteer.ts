/**
 * Places a row that names a place but gives no coordinates, offline, from the bundled GeoNames
 * gazetteer (made at build time: scripts/gazetteer/). Pure and framework-free: the data set's
 * worker and the tests use it alike.
 *
 * Which place a name means (`choose` below):
 * - Names compare by `placeKey` (case, diacritics, punctuation and apostrophes aside) against
 *   every name GeoNames gives a place: its own, its ASCII form, its Latin-script alternates, and
 *   in Arab countries each of those without the article ("El-Hodeidah" → "Hodeidah").
 * - A country narrows the search: the `country` argument, or the last part of "City, Country" /
 *   "City, Region, Country" (a name, an alias or an ISO 3166 alpha-2/alpha-3 code). A named
 *   country with no such place gives 'unknown', not a place elsewhere; a two-letter suffix that
 *   finds nothing may be a region's code ("Los Angeles, CA"), so then the name alone decides.
 * - Of several candidates, the most populous is 'found' only when it clearly dominates: at least
 *   10× the next one's population, or a capital of at least 2× the next when no other candidate
 *   is a capital (a namesake capital is what a writer most likely means: "Tripoli"). Otherwise
 *   'ambiguous', with the largest few, so the caller can ask rather than guess.
 * - 'others' counts the other candidates that were weighed (within the country, when one is given),
 *   so a placed row can say how many namesakes it was chosen over.
 * - A country's name alone ("Yemen") is not a place: 'unknown', except where a place of that
 *   country bears the name itself (city-states and namesake capitals: "Singapore", "Djibouti").
 *   No country centroid is given.
 */
import { placeKey, withoutArabicArticle } from './place-key';

export interface GazetteerPlace {
  id: number;
  name: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
  countryName: string;
  lat: number;
  lon: number;
  population: number;
  capital: boolean;
}

export type PlaceLookup =
  | { kind: 'found'; place: GazetteerPlace; others: number }
  | { kind: 'ambiguous'; candidates: GazetteerPlace[] }
  | { kind: 'unknown' };

export interface Gazetteer {
  lookup(name: string, country?: string): PlaceLookup;
  readonly size: number;
}

const UNKNOWN: PlaceLookup = { kind: 'unknown' };
/** How many candidates an ambiguous answer lists. */
const CANDIDATES_SHOWN = 5;
const DOMINANT_RATIO = 10;
const DOMINANT_CAPITAL_RATIO = 2;

/** A country as named in a query: its codes, and whether it was given by a code alone. */
interface CountryMatch {
  codes: ReadonlySet<string>;
  byCode: boolean;
}

interface Countries {
  names: Map<string, string>;
  byName: Map<string, Set<string>>;
  byCode: Map<string, string>;
}

function readCountries(text: string): Countries {
  const countries: Countries = { names: new Map(), byName: new Map(), byCode: new Map() };
  for (const line of text.split('\n')) {
    const [code = '', alpha3 = '', name = '', keys = ''] = line.split('\t');
    if (!code) continue;
    countries.names.set(code, name);
    countries.byCode.set(code.toLowerCase(), code);
    if (alpha3) countries.byCode.set(alpha3.toLowerCase(), code);
    for (const key of keys.split('|')) {
      if (!key) continue;
      const codes = countries.byName.get(key) ?? new Set<string>();
      codes.add(code);
      countries.byName.set(key, codes);
    }
  }
  // "Atlanta, Georgia" is the US state as often as "Tbilisi, Georgia" is the country.
  countries.byName.get('georgia')?.add('US');
  return countries;
}

function countryOf(countries: Countries, text: string, codesAllowed: boolean): CountryMatch | null {
  const key = placeKey(text);
  const named = countries.byName.get(key);
  if (named) return { codes: named, byCode: false };
  const code = codesAllowed && (key.length === 2 || key.length === 3) && countries.byCode.get(key);
  return code ? { codes: new Set([code]), byCode: true } : null;
}

function byImportance(a: GazetteerPlace, b: GazetteerPlace): number {
  return b.population - a.population || Number(b.capital) - Number(a.capital) || a.id - b.id;
}

function dominates(top: GazetteerPlace, rest: GazetteerPlace[]): boolean {
  const next = rest[0];
  if (!next) return true;
  if (top.population <= 0) return false;
  if (top.population >= DOMINANT_RATIO * next.population) return true;
  return (
    top.capital &&
    !rest.some((place) => place.capital) &&
    top.population >= DOMINANT_CAPITAL_RATIO * next.population
  );
}

/** The ambiguity rule (see the top of this file) over the places that bear the name. */
function choose(pool: GazetteerPlace[]): PlaceLookup {
  const [top, ...rest] = [...pool].sort(byImportance);
  if (!top) return UNKNOWN;
  if (dominates(top, rest)) return { kind: 'found', place: top, others: rest.length };
  return { kind: 'ambiguous', candidates: [top, ...rest].slice(0, CANDIDATES_SHOWN) };
}

/**
 * Reads the packed text of the build (scripts/gazetteer/build-gazetteer-data.ts): one line a
 * place, tab-separated: id step (base 36), name, country, lat, lon, population, capital flag,
 * and the place's other name keys joined by '|'.
 */
export function createGazetteer(placesText: string, countriesText: string): Gazetteer {
  const countries = readCountries(countriesText);
  const places: GazetteerPlace[] = [];
  const byKey = new Map<string, GazetteerPlace[]>();
  const add = (key: string, place: GazetteerPlace) => {
    const list = byKey.get(key);
    if (list) list.push(place);
    else byKey.set(key, [place]);
  };
  let id = 0;
  for (const line of placesText.split('\n')) {
    const [step = '', name = '', country = '', lat, lon, population, capital, keys] =
      line.split('\t');
    if (!name) continue;
    id += parseInt(step, 36);
    const place: GazetteerPlace = {
      id,
      name,
      country,
      countryName: countries.names.get(country) ?? country,
      lat: Number(lat),
      lon: Number(lon),
      population: Number(population) || 0,
      capital: capital === '1',
    };
    places.push(place);
    add(placeKey(name), place);
    if (keys) for (const key of keys.split('|')) add(key, place);
  }

  const named = (key: string) => {
    const list = byKey.get(key);
    if (list) return list;
    // "Al-Hudaydah" where GeoNames only has "Hudaydah" (the build adds the other way round).
    const bare = withoutArabicArticle(key);
    return (bare && byKey.get(bare)) || [];
  };

  function lookup(name: string, country?: string): PlaceLookup {
    const whole = placeKey(name);
    if (!whole) return UNKNOWN;
    const given = country?.trim() ? countryOf(countries, country, true) : null;
    const parts = name.split(',').map(placeKey).filter(Boolean);
    let key = whole;
    let within = given;
    // "City, Region, Country": the first part is the place, the last its country (a name with
    // a comma of its own, such as "Washington, D.C.", matches whole first).
    if (parts.length > 1 && !byKey.has(whole)) {
      key = parts[0] ?? whole;
      within ??= countryOf(countries, parts[parts.length - 1] ?? '', true);
    } else if (!given) {
      const asCountry = countryOf(countries, name, false);
      if (asCountry) {
        const namesake = named(whole).filter(
          (place) => asCountry.codes.has(place.country) && placeKey(place.name) === whole,
        );
        return choose(namesake);
      }
    }
    const candidates = named(key);
    if (!within) return choose(candidates);
    const inCountry = candidates.filter((place) => within.codes.has(place.country));
    if (inCountry.length === 0 && within.byCode && within !== given) return choose(candidates);
    return choose(inCountry);
  }

  return { lookup, size: places.length };
}

let loading: Promise<Gazetteer> | undefined;

/** The whole gazetteer, fetched and indexed on first use, then shared. */
export function loadGazetteer(): Promise<Gazetteer> {
  loading ??= import('virtual:chronomap/gazetteer').then(
    ({ places, countries }) => createGazetteer(places, countries),
    (error: unknown) => {
      // A failed load (a dropped connection to the app's own server) may be tried again.
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
