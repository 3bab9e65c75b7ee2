import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { isAllowedDataUrl, parseUrlState, serializeUrlState, type UrlState } from './url-schema';

const DAY = 86_400_000;
const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('parseUrlState', () => {
  it('reads every parameter of the contract', () => {
    const { state, ignored } = parseUrlState(
      '?from=2024-01-01&to=2024-01-31&mode=cumulative&cat=maritime,diplomacy&actor=Houthis,Iran&q=tanker' +
        '&event=2024-01-10-muscat-talks&map=5.5/16.40/42.10&t=2023-10-01/2024-04-30&lanes=actor&speed=month&play=1' +
        '&inview=1&data=https://example.org/x.json&embed=1',
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      from: day('2024-01-01'),
      to: day('2024-02-01'),
      mode: 'cumulative',
      categories: ['maritime', 'diplomacy'],
      actors: ['Houthis', 'Iran'],
      query: 'tanker',
      event: '2024-01-10-muscat-talks',
      camera: { zoom: 5.5, lat: 16.4, lon: 42.1 },
      domain: [day('2023-10-01'), day('2024-05-01')],
      lanes: 'actor',
      speed: 'month',
      playing: true,
      inView: true,
      data: 'https://example.org/x.json',
      embed: true,
    } satisfies UrlState);
  });

  it('reads a date as the whole day and a date-time as exact', () => {
    expect(parseUrlState('from=2024-01-10&to=2024-01-10').state).toMatchObject({
      from: day('2024-01-10'),
      to: day('2024-01-11'),
    });
    expect(parseUrlState('from=2024-01-10T06:00Z&to=2024-01-10T18:30Z').state).toMatchObject({
      from: day('2024-01-10') + 6 * 3_600_000,
      to: day('2024-01-10') + 18.5 * 3_600_000,
    });
  });

  it('ignores unknown parameters silently', () => {
    expect(parseUrlState('utm_source=x&fbclid=y')).toEqual({ state: {}, ignored: [] });
  });

  it.each([
    ['from=2024-13-01', /from "2024-13-01" is not a date/],
    ['from=2024-02-01&to=2024-01-01', /from 2024-02-01 is after to 2024-01-01/],
    ['mode=sideways', /mode "sideways"/],
    ['map=99/0/0', /map "99\/0\/0"/],
    ['map=5/95/0', /map/],
    ['map=5/0', /map/],
    ['t=2024-02-01/2024-01-01', /^t /],
    [
      't=2024-01-01/2024-02-01/2024-03-01',
      /t "2024-01-01\/2024-02-01\/2024-03-01" is not a start\/end/,
    ],
    ['lanes=weather', /lanes "weather"/],
    ['speed=warp', /speed "warp"/],
    ['data=javascript:alert(1)', /data "javascript:alert\(1\)" is not an http\(s\) address/],
    ['data=//evil.example/x.json', /data/],
    [`q=${'x'.repeat(300)}`, /longer than 200/],
    [`event=${'x'.repeat(3000)}`, /event is too long/],
  ])('ignores %s with a reason', (search, reason) => {
    const { ignored } = parseUrlState(search);
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatch(reason);
  });

  it('drops only the value that is too long, however long the whole link', () => {
    const { state, ignored } = parseUrlState(
      `from=2024-01-01&q=${'x'.repeat(60_000)}&event=a&map=5/16/42&t=2024-01-01/2024-02-01`,
    );
    expect(ignored).toEqual(['q is too long (over 2,000 characters)']);
    expect(state).toEqual({
      from: day('2024-01-01'),
      event: 'a',
      camera: { zoom: 5, lat: 16, lon: 42 },
      domain: [day('2024-01-01'), day('2024-02-02')],
    });
  });

  it('says a problem once, however often the link repeats it', () => {
    const search = Array.from({ length: 50 }, () => `event=${'x'.repeat(2001)}`).join('&');
    expect(parseUrlState(search).ignored).toEqual(['event is too long (over 2,000 characters)']);
  });

  it('keeps an empty category list (nothing shown) apart from an absent one (everything)', () => {
    expect(parseUrlState('cat=').state.categories).toEqual([]);
    expect(parseUrlState('').state.categories).toBeUndefined();
  });
});

describe('serializeUrlState', () => {
  it('leaves defaults out so plain links stay short', () => {
    expect(
      serializeUrlState({
        mode: 'window',
        lanes: 'category',
        speed: 'week',
        playing: false,
        inView: false,
        embed: false,
        actors: [],
      }),
    ).toBe('');
  });

  it('writes readable values in a fixed order', () => {
    expect(
      serializeUrlState({
        event: 'a',
        from: day('2024-01-01'),
        to: day('2024-02-01'),
        categories: ['maritime', 'diplomacy'],
        camera: { zoom: 5.123, lat: 16.40001, lon: 42.1 },
        query: 'oil tanker',
      }),
    ).toBe(
      'from=2024-01-01&to=2024-01-31&cat=maritime,diplomacy&q=oil%20tanker&event=a&map=5.12/16.4/42.1',
    );
  });

  it('writes windows that are not whole days as date-times', () => {
    expect(
      serializeUrlState({ from: day('2024-01-10') + 6 * 3_600_000, to: day('2024-01-11') }),
    ).toBe('from=2024-01-10T06:00Z&to=2024-01-10');
  });
});

const arbitraryId = fc.stringMatching(/^[a-z0-9][a-z0-9 _.-]{0,20}$/).filter((s) => s.trim() === s);
const arbitraryState: fc.Arbitrary<UrlState> = fc
  .record(
    {
      window: fc
        .tuple(
          fc.integer({ min: -20000, max: 40000 }),
          fc.integer({ min: 1, max: 5000 }),
          fc.boolean(),
        )
        .map(([d, span, days]) => {
          const from = days ? d * DAY : d * DAY + 3_600_000;
          return { from, to: from + span * (days ? DAY : 60_000) };
        }),
      mode: fc.constantFrom('window', 'cumulative'),
      categories: fc.uniqueArray(arbitraryId, { maxLength: 5 }),
      actors: fc.uniqueArray(
        arbitraryId.filter((s) => !s.includes(',')),
        { minLength: 1, maxLength: 5 },
      ),
      query: fc.string({ minLength: 1, maxLength: 50 }).filter((s) => s.trim() === s && s !== ''),
      event: arbitraryId,
      camera: fc.record({
        zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100),
        lat: fc.integer({ min: -850000, max: 850000 }).map((n) => n / 10000),
        lon: fc.integer({ min: -1800000, max: 1800000 }).map((n) => n / 10000),
      }),
      lanes: fc.constantFrom('category', 'actor', 'country'),
      speed: fc.constantFrom('day', 'week', 'month'),
      playing: fc.boolean(),
      inView: fc.boolean(),
      embed: fc.boolean(),
      data: fc.webUrl(),
    },
    { requiredKeys: [] },
  )
  .map(({ window, ...rest }) => ({ ...rest, ...(window ?? {}) }) as UrlState);

/** What parsing gives back for a state: defaults and empty lists are absent. */
function canonical(state: UrlState): UrlState {
  const out: UrlState = { ...state };
  if (out.mode === 'window') delete out.mode;
  if (out.lanes === 'category') delete out.lanes;
  if (out.speed === 'week') delete out.speed;
  for (const key of ['playing', 'inView', 'embed'] as const) if (!out[key]) delete out[key];
  if (out.actors && out.actors.length === 0) delete out.actors;
  if (out.categories) out.categories = out.categories.map((c) => c.trim());
  return out;
}

describe('round trip (property-based)', () => {
  it('any state serialises and parses back to itself', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const parsed = parseUrlState(serializeUrlState(state));
        expect(parsed.ignored).toEqual([]);
        expect(parsed.state).toEqual(canonical(state));
      }),
      { numRuns: 500 },
    );
  });

  it('any string parses without throwing', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), (search) => {
        const { state, ignored } = parseUrlState(search);
        expect(typeof state).toBe('object');
        expect(Array.isArray(ignored)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('any key=value soup parses without throwing', () => {
    const keys = fc.constantFrom(
      'from',
      'to',
      'mode',
      'cat',
      'actor',
      'q',
      'event',
      'map',
      't',
      'lanes',
      'speed',
      'play',
      'inview',
      'data',
      'embed',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(keys, fc.string({ maxLength: 40 })), { maxLength: 20 }),
        (pairs) => {
          const search = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
          expect(() => parseUrlState(search)).not.toThrow();
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('isAllowedDataUrl', () => {
  it('allows relative paths and http(s) only', () => {
    expect(isAllowedDataUrl('data/other.json')).toBe(true);
    expect(isAllowedDataUrl('/data/other.json')).toBe(true);
    expect(isAllowedDataUrl('https://example.org/x.csv')).toBe(true);
    for (const bad of [
      'javascript:alert(1)',
      'data:text/csv,a',
      'file:///etc/passwd',
      'vbscript:x',
      '//evil.example/x',
    ]) {
      expect(isAllowedDataUrl(bad)).toBe(false);
    }
  });
});
