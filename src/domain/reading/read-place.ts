/**
 * Where a row happened: its coordinates (two columns, one, or the GeoJSON geometry), or, when it
 * has only a place name, the gazetteer's place of that name, marked approximate and cited.
 */
import { placeOf } from '../events/parse-geojson';
import { MAX_NAME_LENGTH } from '../events/schema';
import type { Gazetteer, GazetteerPlace } from '../places/gazetteer';

import { knownPlacePrecision } from './format-codes';
import { readCoordinate, readPoint } from './read-coordinate';
import type { Reading } from './types';

type Json = Record<string, unknown>;
export type Cell = (column: string | undefined) => string | undefined;
export type Warn = (field: string, message: string) => void;

/** Said of a place name read without the gazetteer (the preview counts these as to look up). */
export const NOT_LOOKED_UP = 'has no coordinates and was not looked up';

const PLACE_PRECISION_WORDS: Record<string, string> = {
  exact: 'exact',
  approximate: 'approximate',
  approx: 'approximate',
  near: 'approximate',
  region: 'region',
  area: 'region',
};

/** Long cells are cut, not refused: a place name over the limit still places the row. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = max - 1;
  // Never between the halves of a surrogate pair (an emoji): the half kept would be a broken character.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, end).trimEnd()}…`;
}

interface Point {
  lat: number;
  lon: number;
  /** The geometry's type when it is not a point: placed at its centre, as a region. */
  shape?: string;
}

function fromPair(reading: Reading, cell: Cell, warn: Warn): Point | undefined {
  const [latColumn, lonColumn] = reading.swapLatLon
    ? [reading.lon, reading.lat]
    : [reading.lat, reading.lon];
  const latCell = cell(latColumn)?.trim() ?? '';
  const lonCell = cell(lonColumn)?.trim() ?? '';
  if (!latCell && !lonCell) return undefined;
  const lat = readCoordinate(latCell, 'lat');
  const lon = readCoordinate(lonCell, 'lon');
  if (typeof lat === 'number' && typeof lon === 'number') return { lat, lon };
  const [bad, column] = typeof lat === 'number' ? [lon, lonColumn] : [lat, latColumn];
  warn('location', `column "${column}": ${(bad as { error: string }).error}`);
  return undefined;
}

function fromPoint(reading: Reading, cell: Cell, warn: Warn): Point | undefined {
  const text = cell(reading.point)?.trim();
  if (!text) return undefined;
  // Swapped before the range check: "139.69, 35.68" is out of range until it is swapped.
  const point = readPoint(text, { swapped: reading.swapLatLon === true });
  if ('error' in point) {
    warn('location', `column "${reading.point}": ${point.error}`);
    return undefined;
  }
  return point;
}

function fromGeometry(geometry: unknown, warn: Warn): Point | undefined {
  if (!geometry) return undefined;
  const placed = placeOf(geometry);
  if (placed === 'invalid') warn('geometry', 'has no usable coordinates');
  if (!placed || placed === 'invalid') return undefined;
  if (typeof placed.lat !== 'number' || typeof placed.lon !== 'number') return undefined;
  return {
    lat: placed.lat,
    lon: placed.lon,
    ...(placed.fromShape ? { shape: placed.fromShape } : {}),
  };
}

function coordinatesOf(reading: Reading, cell: Cell, geometry: unknown, warn: Warn) {
  if (reading.lat && reading.lon) return fromPair(reading, cell, warn);
  if (reading.point) return fromPoint(reading, cell, warn);
  return reading.geometry ? fromGeometry(geometry, warn) : undefined;
}

function placePrecisionOf(reading: Reading, cell: string | undefined): string | undefined {
  const text = cell?.trim().toLowerCase();
  if (!text) return undefined;
  return (
    (reading.format && knownPlacePrecision(reading.format, text)) ?? PLACE_PRECISION_WORDS[text]
  );
}

/** The row's location record, or undefined when it has no place that can be shown. */
export function locationOf(
  reading: Reading,
  cell: Cell,
  geometry: unknown,
  warn: Warn,
  gazetteer: Gazetteer | null | undefined,
): Json | undefined {
  const name = cell(reading.place)?.trim() || undefined;
  const country = cell(reading.country)?.trim() || undefined;
  const point = coordinatesOf(reading, cell, geometry, warn);
  if (!point) return name ? lookUp(name, country, warn, gazetteer) : undefined;
  const precision = point.shape
    ? 'region'
    : placePrecisionOf(reading, cell(reading.placePrecision));
  return {
    lat: point.lat,
    lon: point.lon,
    ...(name ? { name: clip(name, MAX_NAME_LENGTH) } : {}),
    ...(country ? { country: clip(country, MAX_NAME_LENGTH) } : {}),
    ...(precision ? { precision } : {}),
  };
}

/**
 * Namesakes in one country read alike ("Springfield, United States" three times), so each is
 * told apart by its coordinates; and a row that already names its country needs more than one.
 */
function ambiguity(shown: string, country: string | undefined, candidates: GazetteerPlace[]) {
  const sameCountry = candidates.every((p) => p.country === candidates[0]?.country);
  const options = candidates
    .slice(0, 3)
    .map((p) => `${p.name}, ${p.countryName} (${p.lat.toFixed(2)}, ${p.lon.toFixed(2)})`)
    .join('; ');
  // A country helps only when the namesakes are in different countries and none was given.
  const remedy =
    country || sameCountry ? 'give its coordinates to place it' : 'add a country to place it';
  return `${shown} could be ${options}; ${remedy} (shown without a place)`;
}

function lookUp(
  name: string,
  country: string | undefined,
  warn: Warn,
  gazetteer: Gazetteer | null | undefined,
): Json | undefined {
  const shown = JSON.stringify(clip(name, 60));
  if (!gazetteer) {
    warn('location', `${shown} ${NOT_LOOKED_UP}; shown without a place`);
    return undefined;
  }
  const found = gazetteer.lookup(name, country);
  if (found.kind === 'unknown') {
    warn('location', `${shown} is not in the gazetteer; shown without a place`);
    return undefined;
  }
  if (found.kind === 'ambiguous') {
    warn('location', ambiguity(shown, country, found.candidates));
    return undefined;
  }
  const { place, others } = found;
  const where = `${place.name}, ${place.countryName}`;
  if (others > 0) {
    warn(
      'location',
      `${shown} placed at ${where}, the largest of ${others + 1} places of that name`,
    );
  }
  return {
    lat: place.lat,
    lon: place.lon,
    name: clip(name, MAX_NAME_LENGTH),
    country: country ? clip(country, MAX_NAME_LENGTH) : place.countryName,
    precision: 'approximate',
    note: `Placed from the GeoNames gazetteer: ${where} (geonames.org/${place.id})`,
  };
}
