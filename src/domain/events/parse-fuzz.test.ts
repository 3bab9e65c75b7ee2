import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { DatasetError } from './dataset-error';
import { parseDataset, type ParseOutput } from './parse-dataset';

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** Parses, or rejects with a DatasetError naming the cause; anything else is a bug. */
function parseOrReject(text: string, name: string): ParseOutput | DatasetError {
  try {
    return parseDataset({ bytes: bytes(text), name });
  } catch (error) {
    if (error instanceof DatasetError) return error;
    throw error;
  }
}

/** Every record is accounted for: loaded, or named in a problem. */
function accountsFor(result: ParseOutput | DatasetError, records: number) {
  if (result instanceof DatasetError) {
    expect(result.message.length).toBeGreaterThan(10);
    return;
  }
  const skipped = new Set(
    result.problems.filter((p) => p.severity === 'error').map((p) => p.record),
  ).size;
  expect(result.dataset.events.length + skipped).toBe(records);
}

const field = fc.oneof(
  fc.string(),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    '2024-01-10',
    '2024-02',
    '2024-01-10T06:00Z',
    '2024-13-01',
    'NaN',
    '__proto__',
    '<script>x</script>',
  ),
  fc.jsonValue({ maxDepth: 3 }),
);

const eventLike = fc.record(
  {
    id: field,
    title: field,
    date: field,
    endDate: field,
    datePrecision: field,
    category: field,
    location: fc.oneof(
      field,
      fc.record(
        { lat: field, lon: field, precision: field, name: field, radiusKm: field },
        { requiredKeys: [] },
      ),
    ),
    actors: fc.oneof(field, fc.array(field, { maxLength: 4 })),
    summary: field,
    casualties: fc.oneof(field, fc.record({ killed: field, injured: field }, { requiredKeys: [] })),
    related: fc.oneof(field, fc.array(fc.record({ id: field, relation: field }), { maxLength: 3 })),
    sources: fc.oneof(
      field,
      fc.array(fc.record({ url: field, title: field }, { requiredKeys: [] }), { maxLength: 3 }),
    ),
  },
  { requiredKeys: [] },
);

describe('parsers under fuzzing (fast-check)', () => {
  // A hang would fail these by Vitest's timeout; how parsing time grows with size is measured by
  // the benchmark (npm run bench), not asserted here.
  it('any text, under any name, parses or is refused with a reason', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 2000 }),
        fc.constantFrom('x.json', 'x.csv', 'x.geojson', 'x'),
        (text, name) => {
          expect(parseOrReject(text, name)).toBeDefined();
        },
      ),
      { numRuns: 600 },
    );
  });

  it('any list of event-like records: every record loads or is reported', () => {
    fc.assert(
      fc.property(fc.array(eventLike, { maxLength: 20 }), (events) => {
        const text = JSON.stringify({ events });
        accountsFor(parseOrReject(text, 'x.json'), events.length);
      }),
      { numRuns: 400 },
    );
  });

  it('any JSON value as a record or as a whole file', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        accountsFor(
          parseOrReject(
            JSON.stringify({ events: [value, { title: 'ok', date: '2024-01-01' }] }),
            'x.json',
          ),
          2,
        );
        parseOrReject(JSON.stringify(value), 'x.json');
        parseOrReject(
          JSON.stringify({ type: 'FeatureCollection', features: [value] }),
          'x.geojson',
        );
      }),
      { numRuns: 400 },
    );
  });

  it('any CSV table: every data row loads or is reported', () => {
    const cell = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.constantFrom('2024-01-01', '15.5', '-200', '=1+1', 'a;b', '"quoted"', '\n'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 15 }),
        (rows) => {
          const csv = Papa.unparse([
            ['id', 'title', 'date', 'lat', 'lon', 'actors', 'source_url'],
            ...rows,
          ]);
          const nonEmpty = rows.filter((row) => row.some((value) => value.trim() !== '')).length;
          const result = parseOrReject(csv, 'x.csv');
          if (!(result instanceof DatasetError)) {
            expect(result.dataset.events.length).toBeLessThanOrEqual(nonEmpty);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
