import { describe, expect, it } from 'vitest';

import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';

import { atOnePlace, eventsAtPlace } from './place-events';

const event = (id: string, day: number, lon: number, lat: number) =>
  ({ id, start: day * DAY, end: (day + 1) * DAY, location: { lon, lat } }) as ChronoEvent;

describe('events at one place', () => {
  // 1,500 at one place and 10,000 at another, in date order as the map holds them.
  const crowd = Array.from({ length: 11_500 }, (_, i) =>
    i % 23 < 3 ? event(`q${i}`, i, 40, -20) : event(`p${i}`, i, 20, 10),
  );
  const data = { events: crowd, starts: crowd.map((e) => e.start), maxSpan: DAY };

  it('are all counted, in date order, however many there are', () => {
    const here = eventsAtPlace(data, null, { lon: 20, lat: 10 });
    expect(here).toHaveLength(10_000);
    expect(here.every((e, i) => i === 0 || (here[i - 1] as ChronoEvent).start <= e.start)).toBe(
      true,
    );
    expect(eventsAtPlace(data, null, { lon: 40, lat: -20 })).toHaveLength(1500);
  });

  it('are those of the time window', () => {
    const window = { start: 100 * DAY, end: 200 * DAY };
    const here = eventsAtPlace(data, window, { lon: 40, lat: -20 });
    expect(here.map((e) => e.id)).toEqual(
      crowd.filter((e, i) => i >= 100 && i < 200 && e.id.startsWith('q')).map((e) => e.id),
    );
  });

  it('tells one place from two that zooming in could draw apart', () => {
    expect(atOnePlace([event('a', 0, 20, 10), event('b', 1, 20, 10 + 1e-9)])).toBe(true);
    expect(atOnePlace([event('a', 0, 20, 10), event('b', 1, 20.001, 10)])).toBe(false);
    expect(atOnePlace([])).toBe(false);
  });
});
