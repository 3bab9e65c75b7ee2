/**
 * fast-check datasets in Chronomap's JSON shape, as hostile as a file can be while staying valid:
 * text of separators, quotes, line breaks, formula starters, apostrophes, backslashes and
 * Unicode beyond the BMP; every optional field present or absent.
 */
import fc from 'fast-check';

import {
  CONFIDENCES,
  DATE_PRECISIONS,
  PLACE_PRECISIONS,
  RELATIONS,
  SOURCE_KINDS,
  type DatasetFileInput,
} from '@/domain/events/schema';

/** Pieces that have broken, or could break, a writer or a reader of some format. */
const HOSTILE_PIECES = [
  ';',
  ',',
  '"',
  "'",
  ':',
  '\\',
  '\\;',
  '\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '\u00a0',
  '=',
  '+',
  '-',
  '@',
  '=HYPERLINK("http://evil.example","x")',
  "'=1+1",
  "''",
  'Smith; Jones',
  'a:follow-up',
  'https://example.org/a;b',
  '0x1A',
  '<b>x</b>',
  'é',
  '日本',
  '🙂',
  '\u200b',
  '\u2028',
  'ש',
  'plain',
];

/** Text made of hostile pieces and arbitrary (well-formed) Unicode. */
const hostile = (maxPieces = 6) =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES) },
        { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      ),
      { minLength: 1, maxLength: maxPieces },
    )
    .map((pieces) => pieces.join(''));

/** Text that stays something once trimmed, as a required field needs. */
const someText = (maxPieces?: number) => hostile(maxPieces).filter((text) => text.trim() !== '');

const DATES = [
  '2024-01-10',
  '2024-01-31',
  '2024-02',
  '2023',
  '2024-01-10T06:00Z',
  '2024-01-10T10:30:15.250+04:00',
  '0001-01-01',
  '1969-07-20',
  '9999-12-31',
];

const ZONES = ['Asia/Muscat', 'UTC', 'America/New_York', 'Etc/GMT+5', 'Asia/Kolkata'];

/** Degrees with no -0: JSON writes it as 0, and no reader sees the difference. */
const degrees = (limit: number) =>
  fc.double({ min: -limit, max: limit, noNaN: true }).map((value) => value || 0);

const location = fc.record(
  {
    lat: degrees(90),
    lon: degrees(180),
    name: someText(),
    country: someText(),
    sea: someText(),
    precision: fc.constantFrom(...PLACE_PRECISIONS),
    radiusKm: fc.double({ min: 0, max: 20_000, noNaN: true }).map((value) => value || 0),
    note: someText(),
    timezone: fc.constantFrom(...ZONES),
  },
  { requiredKeys: ['lat', 'lon'] },
);

const URLS = [
  'https://example.org/a;b',
  'https://example.org/a,b?q="x"&r=1',
  "http://example.org/'quoted'/=x",
  'https://example.org/back\\slash;',
  'javascript:alert(1)',
  'ftp://example.org/file',
];

/** A source with at least one field: a source of nothing is nothing to show, in any format. */
const source = fc
  .record(
    {
      url: fc.oneof(fc.constantFrom(...URLS), someText()),
      title: someText(),
      publisher: someText(),
      note: someText(),
      kind: fc.constantFrom(...SOURCE_KINDS),
    },
    { requiredKeys: [] },
  )
  // A kind only qualifies a source: alone it is still a source of nothing.
  .filter((value) => Object.keys(value).some((key) => key !== 'kind'));

const category = fc.oneof(fc.constantFrom('maritime', 'diplomacy', 'uncategorised'), someText(3));

const event = fc.record(
  {
    id: someText(4),
    title: someText(),
    date: fc.constantFrom(...DATES),
    endDate: fc.constantFrom(...DATES),
    datePrecision: fc.constantFrom(...DATE_PRECISIONS),
    category,
    location,
    actors: fc.array(someText(4), { maxLength: 4 }),
    summary: hostile(10),
    casualties: fc.record(
      {
        killed: fc.nat(100_000_000),
        injured: fc.nat(1_000),
        byParty: fc.array(
          fc.record(
            { party: someText(4), killed: fc.nat(1_000), injured: fc.nat(1_000) },
            { requiredKeys: ['party'] },
          ),
          { minLength: 1, maxLength: 3 },
        ),
      },
      { requiredKeys: [] },
    ),
    confidence: fc.constantFrom(...CONFIDENCES),
    confidenceNote: someText(),
    disputed: someText(),
    sources: fc.array(source, { maxLength: 3 }),
  },
  { requiredKeys: ['title', 'date'] },
);

const link = fc.record({ to: fc.nat(), relation: fc.constantFrom(...RELATIONS) });

/** A whole file: a header (title, description, declared categories) and linked events. */
export const arbitraryDatasetFile: fc.Arbitrary<DatasetFileInput> = fc
  .record({
    title: fc.option(someText(), { nil: undefined }),
    description: fc.option(hostile(10), { nil: undefined }),
    categories: fc.array(
      fc.record(
        {
          id: category,
          label: someText(3),
          color: fc.constantFrom('#0072B2', '#d55e00', '#123ABC'),
        },
        { requiredKeys: ['id'] },
      ),
      { maxLength: 3 },
    ),
    events: fc.array(fc.tuple(event, fc.array(link, { maxLength: 3 })), {
      minLength: 1,
      maxLength: 6,
    }),
  })
  .map(({ events, ...header }) => ({
    ...header,
    events: events.map(([record, links]) => {
      // Links to the other events' ids (or their generated ones): some valid, some not.
      const ids = events.map(([other], i) => other.id ?? `event-${i + 1}`);
      const related = links.map(({ to, relation }) => ({
        id: ids[to % ids.length] ?? '',
        relation,
      }));
      return related.length ? { ...record, related } : record;
    }),
  }));
