/**
 * The dataset format: the one source of the TypeScript types, the runtime validation
 * and the published JSON Schema (scripts/generate-schema.ts writes public/data/events.schema.json).
 */
import { z } from 'zod';

import { storiesSchema } from '../stories/story-schema';

import { impossibleZoneOf, ISO_DATE_PATTERN, isValidIsoDate, zoneOffsetProblem } from './dates';
import {
  idSchema,
  MAX_LIST_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  requiredText,
  show,
  text,
  wrongType,
} from './schema-parts';

export {
  idSchema,
  MAX_LIST_LENGTH,
  MAX_NAME_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
} from './schema-parts';

/**
 * Declared categories a file may have: any column can be read as the category, so a dataset's
 * categories may well run into the tens of thousands. Beyond this the rest are not declared.
 */
export const MAX_CATEGORIES = 100_000;
export const MAX_URL_LENGTH = 2_000;
export const MAX_TIME_ZONE_LENGTH = 64;
export const MAX_RADIUS_KM = 20_000;
export const MAX_COUNT = 100_000_000;

export const PLACE_PRECISIONS = ['exact', 'approximate', 'region'] as const;
export const DATE_PRECISIONS = ['day', 'month', 'year', 'approximate'] as const;
export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export const RELATIONS = ['response-to', 'follow-up', 'same-incident'] as const;

const invalidDate = (issue: { input: unknown }) => {
  const zone = typeof issue.input === 'string' ? impossibleZoneOf(issue.input) : undefined;
  return zone
    ? `${show(issue.input)} is not a valid date: ${zoneOffsetProblem(zone)}`
    : `${show(issue.input)} is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)`;
};

const isoDate = z
  .string({ error: wrongType('a date string') })
  .regex(ISO_DATE_PATTERN, { error: invalidDate })
  .refine(isValidIsoDate, { error: invalidDate, abort: true })
  .describe(
    'ISO 8601: YYYY-MM-DD (a whole UTC day), YYYY-MM (a whole month), YYYY (a whole year) or a date-time with a zone, e.g. 2024-01-10T06:00Z',
  );

const finiteNumber = (min: number, max: number, what: string) =>
  z
    .number({ error: wrongType('a number') })
    .refine(Number.isFinite, { error: (issue) => `${show(issue.input)} is not a finite number` })
    .refine((n) => n >= min && n <= max, {
      error: (issue) =>
        `${show(issue.input)} is out of range (${what} must be between ${min} and ${max})`,
    });

const count = z
  .number({ error: wrongType('a number') })
  .int({ error: (issue) => `${show(issue.input)} is not a whole number` })
  .min(0, { error: (issue) => `${show(issue.input)} is negative` })
  .max(MAX_COUNT, { error: (issue) => `${show(issue.input)} is implausibly large` });

/** primary: the party's own record (a release, a UN document); report: journalism; claim: a party's say-so. */
export const SOURCE_KINDS = ['primary', 'report', 'claim'] as const;

export const sourceSchema = z
  .object(
    {
      title: text(MAX_TITLE_LENGTH).optional().describe('Headline or document title.'),
      publisher: text(MAX_NAME_LENGTH).optional().describe('Who published it, e.g. "Reuters".'),
      url: text(MAX_URL_LENGTH)
        .optional()
        .describe('Link to the source; only http(s) URLs become links.'),
      note: text(MAX_TITLE_LENGTH)
        .optional()
        .describe('Remark on the source, e.g. how the title was obtained.'),
      kind: z
        .enum(SOURCE_KINDS, {
          error: (issue) => `${show(issue.input)} is not one of ${SOURCE_KINDS.join(', ')}`,
        })
        .optional()
        .describe(
          'primary: an official record of a party or the UN (a release, a statement, a resolution); report: journalism or research that checks what it reports; claim: what a party or its outlets say, not checked.',
        ),
    },
    { error: wrongType('an object') },
  )
  .describe('A public source the event is based on.');

export const locationSchema = z
  .object(
    {
      lat: finiteNumber(-90, 90, 'latitude').describe('Latitude, WGS 84 degrees.'),
      lon: finiteNumber(-180, 180, 'longitude').describe('Longitude, WGS 84 degrees.'),
      name: text(MAX_NAME_LENGTH).optional().describe('Place name, e.g. "Muscat" or "Off Aden".'),
      country: text(MAX_NAME_LENGTH)
        .optional()
        .describe('The country the place is in, or whose coast it is off; never a sea.'),
      sea: text(MAX_NAME_LENGTH)
        .optional()
        .describe('The sea or gulf, for a place at sea, e.g. "Red Sea" or "Gulf of Aden".'),
      precision: z
        .enum(PLACE_PRECISIONS, {
          error: (issue) => `${show(issue.input)} is not one of ${PLACE_PRECISIONS.join(', ')}`,
        })
        .default('exact')
        .describe(
          'exact: the point is the place; approximate: a nearby reference point; region: a nominal point for an area.',
        ),
      radiusKm: finiteNumber(0, MAX_RADIUS_KM, 'radiusKm')
        .optional()
        .describe('Radius of uncertainty around the point, in kilometres.'),
      note: text(MAX_TITLE_LENGTH)
        .optional()
        .describe('What was reported about the place, e.g. "about 60 nm south-east of Aden".'),
      timezone: text(MAX_TIME_ZONE_LENGTH)
        .refine(isTimeZone, { error: (issue) => `${show(issue.input)} is not an IANA time zone` })
        .optional()
        .describe('IANA time zone of the place, e.g. "Asia/Muscat"; used to show local time.'),
    },
    { error: wrongType('an object') },
  )
  .describe('Where it happened. Omit when no place was published.');

export const relationSchema = z.enum(RELATIONS, {
  error: (issue) =>
    issue.input === undefined
      ? 'is missing'
      : `${show(issue.input)} is not one of ${RELATIONS.join(', ')}`,
});

export const eventSchema = z
  .object({
    id: idSchema.optional(),
    title: requiredText(MAX_TITLE_LENGTH).describe('Short headline.'),
    date: isoDate.describe('When it happened (start). YYYY-MM-DD is a whole UTC day.'),
    endDate: isoDate.optional().describe('Last day of a span, inclusive.'),
    datePrecision: z
      .enum(DATE_PRECISIONS, {
        error: (issue) => `${show(issue.input)} is not one of ${DATE_PRECISIONS.join(', ')}`,
      })
      .optional()
      .describe(
        'How exact the date is; "day" when omitted (or "month" for a YYYY-MM date, "year" for a YYYY date).',
      ),
    category: text(MAX_NAME_LENGTH)
      .optional()
      .describe('Category id; undeclared ids get a derived label and colour.'),
    location: locationSchema.optional(),
    actors: z
      .array(requiredText(MAX_NAME_LENGTH), { error: 'must be a list of names' })
      .max(MAX_LIST_LENGTH, { error: `has more than ${MAX_LIST_LENGTH} entries` })
      .default([])
      .describe('Who took part; use the same spelling across events.'),
    summary: text(MAX_TEXT_LENGTH).default('').describe('What happened, in plain text.'),
    casualties: z
      .object(
        {
          killed: count.optional().describe('People killed, all parties.'),
          injured: count.optional().describe('People injured or wounded, all parties.'),
          byParty: z
            .array(
              z.object(
                {
                  party: requiredText(MAX_NAME_LENGTH).describe('Whose people, e.g. "US forces".'),
                  killed: count.optional(),
                  injured: count.optional(),
                },
                { error: wrongType('an object') },
              ),
              { error: 'must be a list of {party, killed, injured}' },
            )
            .max(MAX_LIST_LENGTH, { error: `has more than ${MAX_LIST_LENGTH} entries` })
            .optional()
            .describe('The same counts by party, where the sources give them.'),
        },
        { error: wrongType('an object') },
      )
      .optional()
      .describe('Reported casualties.'),
    confidence: z
      .enum(CONFIDENCES, {
        error: (issue) => `${show(issue.input)} is not one of ${CONFIDENCES.join(', ')}`,
      })
      .optional()
      .describe('How well the event is corroborated.'),
    confidenceNote: text(MAX_TEXT_LENGTH)
      .optional()
      .describe('Why the confidence is what it is, e.g. "One outlet reported it".'),
    disputed: text(MAX_TEXT_LENGTH).optional().describe('Where sources disagree, in a sentence.'),
    related: z
      .array(
        z.object(
          {
            id: idSchema,
            relation: relationSchema.describe('How this event relates to the other one.'),
          },
          { error: wrongType('an object') },
        ),
        { error: 'must be a list of {id, relation}' },
      )
      .max(MAX_LIST_LENGTH, { error: `has more than ${MAX_LIST_LENGTH} entries` })
      .default([])
      .describe('Links to other events in the dataset.'),
    sources: z
      .array(sourceSchema, { error: 'must be a list of sources' })
      .max(MAX_LIST_LENGTH, { error: `has more than ${MAX_LIST_LENGTH} entries` })
      .default([])
      .describe('Where the information comes from.'),
  })
  .describe('One dated (and usually geolocated) event.');

export const categorySchema = z.object({
  id: idSchema,
  label: text(MAX_NAME_LENGTH).optional().describe('Shown in the legend; defaults to the id.'),
  color: z
    .string({ error: wrongType('a colour like #0072B2') })
    .regex(/^#[0-9a-fA-F]{6}$/, { error: 'must be a colour like #0072B2' })
    .optional()
    .describe('Colour as #RRGGBB; derived when omitted.'),
});

export const datasetHeaderSchema = z.object({
  version: z.literal(1, { error: 'must be 1' }).optional().describe('Format version (1).'),
  title: text(MAX_TITLE_LENGTH)
    .optional()
    .describe('Dataset title, shown in the header and in citations.'),
  description: text(MAX_TEXT_LENGTH).optional(),
  categories: z
    .array(categorySchema, { error: 'must be a list of categories' })
    .max(MAX_CATEGORIES, {
      error: `has more than ${MAX_CATEGORIES.toLocaleString('en')} categories`,
    })
    .default([])
    .describe('Declared categories, in legend order.'),
});

/** The whole file, as published in events.schema.json. */
export const datasetFileSchema = datasetHeaderSchema
  .extend({
    events: z.array(eventSchema).describe('The events, in any order.'),
    stories: storiesSchema,
  })
  .describe('A Chronomap dataset (version 1).');

export type EventRecord = z.output<typeof eventSchema>;
export type SourceRecord = z.output<typeof sourceSchema>;
export type LocationRecord = z.output<typeof locationSchema>;
export type CategoryRecord = z.output<typeof categorySchema>;
export type DatasetHeader = z.output<typeof datasetHeaderSchema>;
export type Relation = z.output<typeof relationSchema>;
export type DatasetFileInput = z.input<typeof datasetFileSchema>;

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
