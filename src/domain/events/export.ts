import Papa from 'papaparse';

import { escapeFormula, joinList, joinPositional } from './csv-cells';
import { COLUMNS, CSV_COLUMNS, type Field } from './csv-columns';
import { impliedPrecision, parseIsoDate, type DatePrecision } from './dates';
import type { Category, ChronoEvent, Dataset } from './types';
import { toStoryRecord } from '../stories/story-record';
import type { Story } from '../stories/types';

/** The precision the loader gives this date when none is written: an export writes one only when it differs. */
export function impliedDatePrecision(date: string): DatePrecision {
  return impliedPrecision(parseIsoDate(date)?.resolution ?? 'day');
}

/** The event as a record of the app's own format, so exports load back in. */
export function toRecord(event: ChronoEvent): Record<string, unknown> {
  const record: Record<string, unknown> = {
    id: event.id,
    title: event.title,
    date: event.date,
  };
  if (event.endDate) record['endDate'] = event.endDate;
  if (event.datePrecision !== impliedDatePrecision(event.date)) {
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

/** The stories member of a file, left out when there are none (as files without stories have it). */
const storiesMember = (stories: readonly Story[]) =>
  stories.length ? { stories: stories.map(toStoryRecord) } : {};

function usedCategories(
  events: readonly ChronoEvent[],
  categories: readonly Category[],
): Category[] {
  const used = new Set(events.map((event) => event.category));
  return categories.filter((category) => used.has(category.id));
}

/**
 * The app's own JSON of the events, with the stories (those of the dataset unless others are
 * given: the reader's, edited in the app).
 */
export function toDatasetJson(
  dataset: Dataset,
  events: readonly ChronoEvent[],
  title = dataset.title,
  stories: readonly Story[] = dataset.stories,
): string {
  return `${JSON.stringify(
    {
      version: 1,
      title,
      ...(dataset.description ? { description: dataset.description } : {}),
      categories: usedCategories(events, dataset.categories),
      events: events.map(toRecord),
      ...storiesMember(stories),
    },
    null,
    2,
  )}\n`;
}

/** A FeatureCollection of the events; the stories ride along as a member of their own. */
export function toGeoJson(
  dataset: Dataset,
  events: readonly ChronoEvent[],
  title = dataset.title,
  stories: readonly Story[] = dataset.stories,
): string {
  return `${JSON.stringify(
    {
      type: 'FeatureCollection',
      title,
      ...(dataset.description ? { description: dataset.description } : {}),
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
      ...storiesMember(stories),
    },
    null,
    2,
  )}\n`;
}

type Cells = Partial<Record<Field, string | number>>;

function eventCells(event: ChronoEvent): Cells {
  const location = event.location;
  const sources = event.sources;
  return {
    id: event.id,
    title: event.title,
    date: event.date,
    endDate: event.endDate,
    datePrecision:
      event.datePrecision === impliedDatePrecision(event.date) ? undefined : event.datePrecision,
    category: event.category,
    lat: location?.lat,
    lon: location?.lon,
    place: location?.name,
    country: location?.country,
    sea: location?.sea,
    precision: location?.precision,
    radiusKm: location?.radiusKm,
    locationNote: location?.note,
    timezone: location?.timezone,
    actors: joinList(event.actors),
    summary: event.summary,
    killed: event.casualties?.killed,
    injured: event.casualties?.injured,
    casualtiesByParty: joinList(
      (event.casualties?.byParty ?? []).map(
        (party) => `${party.party}:${party.killed ?? ''}:${party.injured ?? ''}`,
      ),
    ),
    confidence: event.confidence,
    confidenceNote: event.confidenceNote,
    disputed: event.disputed,
    related: joinList(event.related.map((link) => `${link.id}:${link.relation}`)),
    sourceUrl: joinPositional(sources.map((source) => source.href ?? source.rawUrl)),
    sourceTitle: joinPositional(sources.map((source) => source.title)),
    sourcePublisher: joinPositional(sources.map((source) => source.publisher)),
    sourceNote: joinPositional(sources.map((source) => source.note)),
    sourceKind: joinPositional(sources.map((source) => source.kind)),
  };
}

const FIELDS = Object.keys(COLUMNS) as Field[];

/**
 * Chronomap's CSV of the events: one row each, the dataset's title, description and legend
 * order on the first row, each row its category's label and colour (see csv-cells.ts for how
 * cells are written, and parse-csv.ts for how they are read back). A table has no place for
 * the stories: only the JSON and GeoJSON exports carry them.
 */
export function toCsv(dataset: Dataset, events: readonly ChronoEvent[]): string {
  const categories = usedCategories(events, dataset.categories);
  const byId = new Map(categories.map((category) => [category.id, category]));
  const rows = events.map((event, i) => {
    const category = byId.get(event.category);
    const cells: Cells = {
      ...eventCells(event),
      categoryLabel: category?.label,
      categoryColor: category?.color,
      ...(i === 0
        ? {
            datasetTitle: dataset.title,
            datasetDescription: dataset.description,
            datasetCategories: joinList(categories.map((c) => c.id)),
          }
        : {}),
    };
    return FIELDS.map((field) => {
      const value = cells[field];
      return typeof value === 'number' ? String(value) : escapeFormula(value ?? '');
    });
  });
  return `${Papa.unparse({ fields: CSV_COLUMNS, data: rows }, { newline: '\n' })}\n`;
}
