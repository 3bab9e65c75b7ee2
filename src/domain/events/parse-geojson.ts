import { buildDataset, type BuildResult } from './build-dataset';
import { DatasetError, MAX_EVENTS } from './dataset-error';
import { readGeoJsonHeader } from './read-header';
import { readStories } from '../stories/read-stories';
import type { DataProblem } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function isFeatureCollection(value: unknown): boolean {
  return isObject(value) && value['type'] === 'FeatureCollection';
}

const MAX_POSITIONS = 100_000;
const MAX_DEPTH = 6;

/** Every [lon, lat] pair in a geometry's (possibly nested) coordinates, with a bound on the work. */
function positions(
  coordinates: unknown,
  out: [number, number][] = [],
  depth = 0,
): [number, number][] {
  if (!Array.isArray(coordinates) || depth > MAX_DEPTH || out.length > MAX_POSITIONS) return out;
  if (typeof coordinates[0] === 'number') {
    out.push([Number(coordinates[0]), Number(coordinates[1])]);
    return out;
  }
  for (const child of coordinates) positions(child, out, depth + 1);
  return out;
}

/** The positions of a geometry, a GeometryCollection's members' included. */
function geometryPositions(
  geometry: Json,
  out: [number, number][] = [],
  depth = 0,
): [number, number][] {
  if (geometry['type'] !== 'GeometryCollection') return positions(geometry['coordinates'], out);
  const members = geometry['geometries'];
  if (!Array.isArray(members) || depth > MAX_DEPTH) return out;
  for (const member of members) {
    if (out.length > MAX_POSITIONS) break;
    if (isObject(member)) geometryPositions(member, out, depth + 1);
  }
  return out;
}

/** -180 ≤ lon < 180, the same meridian. */
const wrapLongitude = (lon: number) => ((((lon + 180) % 360) + 360) % 360) - 180;

/**
 * The middle of the shortest stretch of longitude that holds them all: a shape across the
 * antimeridian (170 to -170) is centred near 180, not at 0 on the far side of the globe. That
 * stretch leaves out the widest gap between neighbouring longitudes.
 */
export function middleLongitude(lons: readonly number[]): number {
  const sorted = Float64Array.from(lons, wrapLongitude).sort();
  const first = sorted[0] ?? 0;
  const last = sorted[sorted.length - 1] ?? 0;
  // The gap across the antimeridian, from the last back round to the first.
  let widestGap = first + 360 - last;
  let middle = (first + last) / 2;
  for (let i = 1; i < sorted.length; i++) {
    const west = sorted[i - 1] ?? 0;
    const east = sorted[i] ?? 0;
    if (east - west > widestGap) {
      widestGap = east - west;
      // From `east` eastwards across the antimeridian to `west`.
      middle = (east + west + 360) / 2;
    }
  }
  return middle > 180 ? middle - 360 : middle;
}

export interface Placed {
  lon: unknown;
  lat: unknown;
  fromShape?: string;
}

/**
 * A Point gives the place; any other shape, a GeometryCollection too, is placed at the centre of
 * its extent (across the antimeridian when that is the shorter way round).
 */
export function placeOf(geometry: unknown): Placed | null | 'invalid' {
  if (geometry === null || geometry === undefined) return null;
  if (!isObject(geometry)) return 'invalid';
  if (geometry['type'] === 'Point') {
    const coordinates = geometry['coordinates'];
    if (!Array.isArray(coordinates)) return 'invalid';
    return { lon: coordinates[0], lat: coordinates[1] };
  }
  const points = geometryPositions(geometry).filter(
    ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat),
  );
  if (points.length === 0) return 'invalid';
  let south = Infinity;
  let north = -Infinity;
  for (const [, lat] of points) {
    south = Math.min(south, lat);
    north = Math.max(north, lat);
  }
  return {
    lon: middleLongitude(points.map((p) => p[0])),
    lat: (south + north) / 2,
    fromShape: String(geometry['type']),
  };
}

/**
 * GeoJSON FeatureCollection: each feature's properties use the dataset's field names, and its
 * geometry gives the place. `title` and `categories` may sit on the collection itself.
 */
export function parseGeoJson(value: Json): BuildResult {
  const features = value['features'];
  if (!Array.isArray(features))
    throw new DatasetError('The GeoJSON has no "features" list.', 'empty');
  if (features.length === 0) throw new DatasetError('The GeoJSON has no features.', 'empty');
  if (features.length > MAX_EVENTS) {
    throw new DatasetError(
      `The GeoJSON has ${features.length.toLocaleString('en')} features; the limit is ${MAX_EVENTS.toLocaleString('en')}.`,
      'too-large',
    );
  }
  const { header, problems: headerProblems } = readGeoJsonHeader(value);
  const extra: DataProblem[] = [];
  const records = features.map((feature, i): unknown => {
    if (!isObject(feature)) return feature;
    const properties = isObject(feature['properties']) ? feature['properties'] : {};
    const record: Json = { ...properties };
    if (
      record['id'] === undefined &&
      (typeof feature['id'] === 'string' || typeof feature['id'] === 'number')
    ) {
      record['id'] = String(feature['id']);
    }
    const place = placeOf(feature['geometry']);
    const described = isObject(properties['location']) ? properties['location'] : {};
    if (place === 'invalid') {
      extra.push({
        record: i + 1,
        field: 'geometry',
        message: 'has no usable coordinates; shown without a place',
        severity: 'warning',
      });
      delete record['location'];
    } else if (place) {
      record['location'] = {
        name: properties['place'],
        country: properties['country'],
        precision: place.fromShape ? 'region' : properties['precision'],
        ...described,
        lat: place.lat,
        lon: place.lon,
      };
      if (place.fromShape) {
        extra.push({
          record: i + 1,
          field: 'geometry',
          message: `is a ${place.fromShape}, not a Point; placed at the centre of its extent and marked as a region`,
          severity: 'warning',
        });
      }
    } else delete record['location'];
    return record;
  });
  const result = buildDataset(header, records);
  // A foreign member of the collection, as Chronomap's title and categories are.
  const stories = readStories(value['stories'], result.dataset);
  result.dataset.stories = stories.stories;
  const ids = new Map(result.dataset.events.map((event) => [event.record, event.id]));
  for (const problem of extra) problem.id = ids.get(problem.record);
  return {
    dataset: result.dataset,
    problems: [...headerProblems, ...stories.problems, ...extra, ...result.problems].sort(
      (a, b) => a.record - b.record,
    ),
  };
}
