import Papa from 'papaparse';

import type { Category, ChronoEvent, Dataset } from './types';

/** The event as a record of the app's own format, so exports load back in. */
export function toRecord(event: ChronoEvent): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: event.id,
    title: event.title,
    date: event.date,
  };
  if (event.endDate) record['endDate'] = event.endDate;
  if (
    event.datePrecision !== 'day' &&
    !(event.datePrecision === 'month' && /^\d{4}-\d{2}$/.test(event.date)) &&
    !(event.datePrecision === 'year' && /^\d{4}$/.test(event.date))
  ) {
    record['datePrecision'] = event.datePrecision;
  }
  record['category'] = event.category;
  if (event.location) record['location'] = { ...event.location };
  record['actors'] = event.actors;
  record['summary'] = event.summary;
  if (event.casualties) record['casualties'] = event.casualties;
  if (event.confidence) record['confidence'] = event.confidence;
  if (event.confidenceNote) record['confidenceNote'] = event.confidenceNote;
  if (event.disputed) record['disputed'] = event.disputed;
  if (event.related.length) record['related'] = event.related;
  record['sources'] = event.sources.map((source) => ({
    ...(source.publisher ? { publisher: source.publisher } : {}),
    ...(source.title ? { title: source.title } : {}),
    ...(source.href || source.rawUrl ? { url: source.href ?? source.rawUrl } : {}),
    ...(source.note ? { note: source.note } : {}),
    ...(source.kind ? { kind: source.kind } : {}),
  }));
  return record;
}

function usedCategories(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
): Category[] {
  const used = new Set(events.map((event) => event.category));
  return categories.filter((category) => used.has(category.id));
}

export function toDatasetJson(
  dataset: Dataset,
  events: readonly ChronoEvent[],
  title = dataset.title,
): string {
  return `${JSON.stringify(
    {
      version: 1,
      title,
      ...(dataset.description ? { description: dataset.description } : {}),
      categories: usedCategories(events, dataset.categories),
      events: events.map(toRecord),
    },
    null,
    2,
  )}\n`;
}

export function toGeoJson(
  dataset: Dataset,
  events: readonly ChronoEvent[],
  title = dataset.title,
): string {
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      title,
      categories: usedCategories(events, dataset.categories),
      features: events.map((event) => {
        const { location, ...properties } = toRecord(event);
        const place = location as ChronoEvent['location'];
        return {
          type: 'Feature',
          id: event.id,
          geometry: place ? { type: 'Point', coordinates: [place.lon, place.lat] } : null,
          properties: place
            ? { ...properties, location: { ...place, lat: undefined, lon: undefined } }
            : properties,
        };
      }),
    },
    null,
    2,
  )}\n`;
}

/**
 * A spreadsheet opens a cell starting with =, +, - or @ as a formula; one from a hostile dataset
 * could run one. A leading apostrophe makes it plain text.
 */
export function neutraliseFormula(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

export const CSV_COLUMNS = [
  'id',
  'title',
  'date',
  'end_date',
  'date_precision',
  'category',
  'lat',
  'lon',
  'place',
  'country',
  'location_precision',
  'radius_km',
  'location_note',
  'timezone',
  'actors',
  'summary',
  'killed',
  'injured',
  'confidence',
  'disputed',
  'related',
  'source_url',
  'source_title',
  'source_publisher',
] as const;

const list = (items: readonly (string | undefined)[]) =>
  items.map((item) => (item ?? '').replace(/;/g, ',')).join(';');

export function toCsv(events: readonly ChronoEvent[]): string {
  const rows = events.map((event) => {
    const location = event.location;
    const cells: Record<(typeof CSV_COLUMNS)[number], string | number | undefined> = {
      id: event.id,
      title: event.title,
      date: event.date,
      end_date: event.endDate,
      date_precision: event.datePrecision === 'day' ? undefined : event.datePrecision,
      category: event.category,
      lat: location?.lat,
      lon: location?.lon,
      place: location?.name,
      country: location?.country,
      location_precision: location?.precision,
      radius_km: location?.radiusKm,
      location_note: location?.note,
      timezone: location?.timezone,
      actors: list(event.actors),
      summary: event.summary,
      killed: event.casualties?.killed,
      injured: event.casualties?.injured,
      confidence: event.confidence,
      disputed: event.disputed,
      related: event.related.map((link) => `${link.id}:${link.relation}`).join(';'),
      source_url: list(event.sources.map((source) => source.href ?? source.rawUrl)),
      source_title: list(event.sources.map((source) => source.title)),
      source_publisher: list(event.sources.map((source) => source.publisher)),
    };
    return CSV_COLUMNS.map((column) => {
      const value = cells[column];
      return typeof value === 'number' ? String(value) : neutraliseFormula(value ?? '');
    });
  });
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { newline: '\n' })}\n`;
}
