import { buildDataset, type BuildResult } from './build-dataset';
import { DatasetError, MAX_EVENTS } from './dataset-error';
import { datasetHeaderSchema } from './schema';
import type { DataProblem } from './types';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

export function isFeatureCollection(value: unknown): boolean {
  return isObject(value) && value['type'] === 'FeatureCollection';
}

/** Every [lon, lat] pair in a geometry's (possibly nested) coordinates, with a bound on the work. */
function positions(
  coordinates: unknown,
  out: [number, number][] = [],
  depth = 0,
): [number, number][] {
  if (!Array.isArray(coordinates) || depth > 6 || out.length > 100_000) return out;
  if (typeof coordinates[0] === 'number') {
    out.push([Number(coordinates[0]), Number(coordinates[1])]);
    return out;
  }
  for (const child of coordinates) positions(child, out, depth + 1);
  return out;
}

export interface Placed {
  lon: unknown;
  lat: unknown;
  fromShape?: string;
}

/** A Point gives the place; any other shape is placed at the centre of its bounding box. */
export function placeOf(geometry: unknown): Placed | null | 'invalid' {
  if (geometry === null || geometry === undefined) return null;
  if (!isObject(geometry)) return 'invalid';
  if (geometry['type'] === 'Point') {
    const coordinates = geometry['coordinates'];
    if (!Array.isArray(coordinates)) return 'invalid';
    return { lon: coordinates[0], lat: coordinates[1] };
  }
  const points = positions(geometry['coordinates']).filter(
    ([lon, lat]) => Number.isFinite(lon) && Number.isFinite(lat),
  );
  if (points.length === 0) return 'invalid';
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  return {
    lon: (Math.min(...lons) + Math.max(...lons)) / 2,
    lat: (Math.min(...lats) + Math.max(...lats)) / 2,
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
  const header = datasetHeaderSchema.safeParse(value);
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
  const result = buildDataset(header.success ? header.data : { categories: [] }, records);
  const ids = new Map(result.dataset.events.map((event) => [event.record, event.id]));
  for (const problem of extra) problem.id = ids.get(problem.record);
  return {
    dataset: result.dataset,
    problems: [...extra, ...result.problems].sort((a, b) => a.record - b.record),
  };
}
