/**
 * The common case, checked quickly: a record whose every field is already well formed.
 *
 * The schema (schema.ts) stays the authority. In the browser zod cannot compile its checks (the
 * page's content security policy forbids `eval`), and validating 100k events took about half a
 * second of the dataset worker's time. This reads a record that needs no message in a fraction of
 * that; anything it does not recognise as plainly valid goes to the schema, which decides and
 * explains. The property tests in well-formed-event.test.ts hold both to the same output.
 */
import { ISO_DATE_PATTERN, isValidIsoDate } from './dates';
import {
  CONFIDENCES,
  DATE_PRECISIONS,
  isTimeZone,
  MAX_COUNT,
  MAX_LIST_LENGTH,
  MAX_NAME_LENGTH,
  MAX_RADIUS_KM,
  MAX_TEXT_LENGTH,
  MAX_TIME_ZONE_LENGTH,
  MAX_TITLE_LENGTH,
  MAX_URL_LENGTH,
  PLACE_PRECISIONS,
  RELATIONS,
  SOURCE_KINDS,
  type EventRecord,
  type LocationRecord,
  type SourceRecord,
} from './schema';

/** Not plainly valid: the schema will say why. */
class NotPlain extends Error {}
const notPlain = new NotPlain();

type Fields = Record<string, unknown>;

function fields(value: unknown): Fields {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notPlain;
  return value as Fields;
}

function text(value: unknown, max: number): string {
  if (typeof value !== 'string') throw notPlain;
  const trimmed = value.trim();
  if (trimmed.length > max) throw notPlain;
  return trimmed;
}

function optionalText(value: unknown, max: number): string | undefined {
  return value === undefined ? undefined : text(value, max);
}

function requiredText(value: unknown, max: number): string {
  const trimmed = text(value, max);
  if (trimmed.length === 0) throw notPlain;
  return trimmed;
}

function date(value: unknown): string {
  if (typeof value !== 'string' || !ISO_DATE_PATTERN.test(value) || !isValidIsoDate(value)) {
    throw notPlain;
  }
  return value;
}

function number(value: unknown, min: number, max: number): number {
  if (typeof value !== 'number' || !(value >= min && value <= max)) throw notPlain;
  return value;
}

function count(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value)) throw notPlain;
  return number(value, 0, MAX_COUNT);
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T {
  if (!options.includes(value as T)) throw notPlain;
  return value as T;
}

function list<T>(value: unknown, item: (value: unknown) => T): T[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.length > MAX_LIST_LENGTH) throw notPlain;
  return value.map(item);
}

/** Copies only what is set, as the schema's output leaves out absent optional fields. */
function assignDefined<T extends object>(target: T, values: Partial<T>): T {
  for (const key in values) {
    if (values[key] !== undefined) target[key] = values[key] as T[typeof key];
  }
  return target;
}

function location(value: unknown): LocationRecord {
  const raw = fields(value);
  const timezone = optionalText(raw['timezone'], MAX_TIME_ZONE_LENGTH);
  if (timezone !== undefined && !isTimeZone(timezone)) throw notPlain;
  return assignDefined<LocationRecord>(
    {
      lat: number(raw['lat'], -90, 90),
      lon: number(raw['lon'], -180, 180),
      precision:
        raw['precision'] === undefined ? 'exact' : oneOf(raw['precision'], PLACE_PRECISIONS),
    },
    {
      name: optionalText(raw['name'], MAX_NAME_LENGTH),
      country: optionalText(raw['country'], MAX_NAME_LENGTH),
      sea: optionalText(raw['sea'], MAX_NAME_LENGTH),
      radiusKm:
        raw['radiusKm'] === undefined ? undefined : number(raw['radiusKm'], 0, MAX_RADIUS_KM),
      note: optionalText(raw['note'], MAX_TITLE_LENGTH),
      timezone,
    },
  );
}

function source(value: unknown): SourceRecord {
  const raw = fields(value);
  return assignDefined<SourceRecord>(
    {},
    {
      title: optionalText(raw['title'], MAX_TITLE_LENGTH),
      publisher: optionalText(raw['publisher'], MAX_NAME_LENGTH),
      url: optionalText(raw['url'], MAX_URL_LENGTH),
      note: optionalText(raw['note'], MAX_TITLE_LENGTH),
      kind: raw['kind'] === undefined ? undefined : oneOf(raw['kind'], SOURCE_KINDS),
    },
  );
}

function related(value: unknown): EventRecord['related'][number] {
  const raw = fields(value);
  return {
    id: requiredText(raw['id'], MAX_NAME_LENGTH),
    relation: oneOf(raw['relation'], RELATIONS),
  };
}

type PartyCasualties = NonNullable<NonNullable<EventRecord['casualties']>['byParty']>[number];

function partyCasualties(value: unknown): PartyCasualties {
  const raw = fields(value);
  return assignDefined<PartyCasualties>(
    { party: requiredText(raw['party'], MAX_NAME_LENGTH) },
    { killed: count(raw['killed']), injured: count(raw['injured']) },
  );
}

function casualties(value: unknown): EventRecord['casualties'] {
  const raw = fields(value);
  return assignDefined(
    {},
    {
      killed: count(raw['killed']),
      injured: count(raw['injured']),
      byParty: raw['byParty'] === undefined ? undefined : list(raw['byParty'], partyCasualties),
    },
  );
}

/** The record as the schema would output it, or undefined when the schema must look at it. */
export function wellFormedEvent(value: unknown): EventRecord | undefined {
  try {
    const raw = fields(value);
    return assignDefined<EventRecord>(
      {
        title: requiredText(raw['title'], MAX_TITLE_LENGTH),
        date: date(raw['date']),
        actors: list(raw['actors'], (actor) => requiredText(actor, MAX_NAME_LENGTH)),
        summary: raw['summary'] === undefined ? '' : text(raw['summary'], MAX_TEXT_LENGTH),
        related: list(raw['related'], related),
        sources: list(raw['sources'], source),
      },
      {
        id: raw['id'] === undefined ? undefined : requiredText(raw['id'], MAX_NAME_LENGTH),
        endDate: raw['endDate'] === undefined ? undefined : date(raw['endDate']),
        datePrecision:
          raw['datePrecision'] === undefined
            ? undefined
            : oneOf(raw['datePrecision'], DATE_PRECISIONS),
        category: optionalText(raw['category'], MAX_NAME_LENGTH),
        location: raw['location'] === undefined ? undefined : location(raw['location']),
        casualties: raw['casualties'] === undefined ? undefined : casualties(raw['casualties']),
        confidence:
          raw['confidence'] === undefined ? undefined : oneOf(raw['confidence'], CONFIDENCES),
        confidenceNote: optionalText(raw['confidenceNote'], MAX_TEXT_LENGTH),
        disputed: optionalText(raw['disputed'], MAX_TEXT_LENGTH),
      },
    );
  } catch (error) {
    if (error instanceof NotPlain) return undefined;
    throw error;
  }
}
