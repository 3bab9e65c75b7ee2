import { readFileSync } from 'node:fs';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { eventSchema } from './schema';
import { wellFormedEvent } from './well-formed-event';

const padded = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\n '), text, fc.constantFrom('', ' ', '\u00a0'))
    .map(([before, middle, after]) => before + middle + after);

const name = padded(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() !== ''));
const validDate = fc.constantFrom(
  '2024-01-10',
  '2024-02',
  '2024-02-29',
  '2024-01-10T06:00Z',
  '2024-01-10 06:00:30.5+03:00',
  '0099-12-31',
);
const oddText = fc.oneof(
  fc.string(),
  fc.constantFrom('', '   ', 'x'.repeat(201), 'y'.repeat(501), ' padded ', '\u00a0'),
);
const odd = fc.oneof(
  oddText,
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(
    ' 2024-01-10',
    '2024-01-10t06:00z',
    '2024-02-30',
    '2024-13',
    '2024-01-10T06:00+19:00',
    '10000-01-01',
    -0.5,
    1e9,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    'Asia/Muscat',
    'Mars/Olympus',
    'exact',
    'follow-up',
  ),
  fc.jsonValue({ maxDepth: 2 }),
);

/** Each field: usually valid, sometimes absent, sometimes anything at all. */
const maybe = <T>(valid: fc.Arbitrary<T>, oddness = odd) =>
  fc.oneof({ weight: 20, arbitrary: valid }, { weight: 1, arbitrary: oddness });

function events(fieldValue: <T>(valid: fc.Arbitrary<T>) => fc.Arbitrary<T | unknown>) {
  const location = fc.record(
    {
      lat: fieldValue(fc.double({ min: -90, max: 90, noNaN: true })),
      lon: fieldValue(fc.double({ min: -180, max: 180, noNaN: true })),
      name: fieldValue(name),
      country: fieldValue(name),
      sea: fieldValue(name),
      precision: fieldValue(fc.constantFrom('exact', 'approximate', 'region')),
      radiusKm: fieldValue(fc.double({ min: 0, max: 20_000, noNaN: true })),
      note: fieldValue(name),
      timezone: fieldValue(fc.constantFrom('Asia/Muscat', 'UTC', ' Asia/Aden ')),
      extra: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: ['lat', 'lon'] },
  );
  const source = fc.record(
    {
      title: fieldValue(name),
      publisher: fieldValue(name),
      url: fieldValue(fc.constantFrom('https://example.org/a', 'javascript:alert(1)', ' x ')),
      note: fieldValue(name),
      kind: fieldValue(fc.constantFrom('primary', 'report', 'claim')),
    },
    { requiredKeys: [] },
  );
  const count = fieldValue(fc.integer({ min: 0, max: 100_000 }));
  return fc.record(
    {
      id: fieldValue(name),
      title: fieldValue(name),
      date: fieldValue(validDate),
      endDate: fieldValue(validDate),
      datePrecision: fieldValue(fc.constantFrom('day', 'month', 'year', 'approximate')),
      category: fieldValue(padded(fc.string({ maxLength: 8 }))),
      location: fieldValue(location),
      actors: fieldValue(fc.array(fieldValue(name), { maxLength: 4 })),
      summary: fieldValue(padded(fc.string({ maxLength: 30 }))),
      casualties: fieldValue(
        fc.record(
          {
            killed: count,
            injured: count,
            byParty: fieldValue(
              fc.array(
                fieldValue(
                  fc.record(
                    { party: fieldValue(name), killed: count, injured: count },
                    { requiredKeys: ['party'] },
                  ),
                ),
                { maxLength: 3 },
              ),
            ),
          },
          { requiredKeys: [] },
        ),
      ),
      confidence: fieldValue(fc.constantFrom('high', 'medium', 'low')),
      confidenceNote: fieldValue(name),
      disputed: fieldValue(name),
      related: fieldValue(
        fc.array(
          fc.record({
            id: fieldValue(name),
            relation: fieldValue(fc.constantFrom('response-to', 'follow-up', 'same-incident')),
          }),
          { maxLength: 3 },
        ),
      ),
      sources: fieldValue(fc.array(fieldValue(source), { maxLength: 3 })),
      notInTheSchema: fc.jsonValue({ maxDepth: 1 }),
    },
    { requiredKeys: ['title', 'date'] },
  );
}

describe('wellFormedEvent', () => {
  it('never accepts a record the schema rejects, and reads what it accepts as the schema does', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.oneof(events(maybe), odd), (value) => {
        const fast = wellFormedEvent(value);
        if (fast === undefined) return;
        accepted += 1;
        const slow = eventSchema.safeParse(value);
        expect(slow.success).toBe(true);
        expect(fast).toEqual(slow.data);
      }),
      { numRuns: 3_000 },
    );
    // The property above holds trivially for a reader that accepts nothing.
    expect(accepted).toBeGreaterThan(100);
  });

  it('reads every plainly valid record without the schema', () => {
    fc.assert(
      fc.property(
        events((valid) => valid),
        (value) => {
          expect(wellFormedEvent(value)).toEqual(eventSchema.parse(value));
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('reads every event of the bundled dataset', () => {
    const file = readFileSync(new URL('../../../public/data/events.json', import.meta.url), 'utf8');
    const { events: bundled } = JSON.parse(file) as { events: unknown[] };
    expect(bundled.length).toBeGreaterThan(100);
    for (const event of bundled) {
      expect(wellFormedEvent(event)).toEqual(eventSchema.parse(event));
    }
  });

  it('leaves values the schema would trim, default or refuse to the same effect', () => {
    expect(wellFormedEvent({ title: ' Talks ', date: '2024-01-10' })).toEqual({
      title: 'Talks',
      date: '2024-01-10',
      summary: '',
      actors: [],
      related: [],
      sources: [],
    });
    expect(wellFormedEvent({ title: 'Talks', date: ' 2024-01-10' })).toBeUndefined();
    expect(wellFormedEvent({ title: 'Talks', date: '2024-01-10', location: null })).toBeUndefined();
    const crowd = Array.from({ length: 201 }, (_, i) => `Actor ${i}`);
    expect(eventSchema.safeParse({ title: 'T', date: '2024-01-10', actors: crowd }).success).toBe(
      false,
    );
    expect(wellFormedEvent({ title: 'T', date: '2024-01-10', actors: crowd })).toBeUndefined();
    expect(
      wellFormedEvent({ title: 'T', date: '2024-01-10', location: { lat: 1, lon: 2 } })?.location,
    ).toEqual({ lat: 1, lon: 2, precision: 'exact' });
  });
});
