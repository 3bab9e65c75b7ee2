import { describe, expect, it } from 'vitest';

import { candidates, inWindow } from '@/domain/events/event-set';
import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { countInView, densityBins } from './draw';
import { createTimeScale, linearPositions } from './time-scale';

const dataset = makeDataset([
  rawEvent({ id: 'long', date: '2024-01-01', endDate: '2024-01-20', category: 'strikes' }),
  rawEvent({ id: 'early', date: '2024-01-02', category: 'maritime' }),
  rawEvent({ id: 'a', date: '2024-01-10', category: 'diplomacy' }),
  rawEvent({ id: 'b', date: '2024-01-10', category: 'maritime' }),
  rawEvent({ id: 'c', date: '2024-01-12', category: 'maritime' }),
  rawEvent({ id: 'late', date: '2024-02-01', category: 'maritime' }),
]);
const lanes = new Map(dataset.categories.map((category, i) => [category.id, [i]]));
const lanesOf = (event: ChronoEvent) => lanes.get(event.category) ?? [];

const view = (from: string, to: string) => ({ start: Date.parse(from), end: Date.parse(to) });

/** The candidates for a view of [from, to), as the timeline finds them. */
const candidatesIn = (from: string, to: string) => candidates(dataset, view(from, to));

const ids = (events: ChronoEvent[]) => events.map((event) => event.id).sort();

describe('events in view', () => {
  it('keeps what overlaps the view, including a span that began before it', () => {
    const window = view('2024-01-05', '2024-01-15');
    const shown = inWindow(dataset, window);
    expect(ids(shown)).toEqual(['a', 'b', 'c', 'long']);
    expect(countInView(dataset.events, candidatesIn('2024-01-05', '2024-01-15'), 100)).toBe(4);
  });

  it('stops counting once past the limit', () => {
    expect(countInView(dataset.events, candidatesIn('2024-01-01', '2024-03-01'), 2)).toBe(3);
  });
});

describe('density bins', () => {
  // One pixel column per day from 5 to 15 January.
  const d0 = Date.parse('2024-01-05');
  const toX = (ms: number) => (ms - d0) / DAY;
  const area = { left: 0, right: 10 };
  const bins = densityBins(
    dataset.events,
    candidatesIn('2024-01-05', '2024-01-15'),
    toX,
    lanesOf,
    dataset.categories.length,
    area,
  );
  const lane = (id: string) => dataset.categories.findIndex((category) => category.id === id);
  const cell = (category: string, column: number) => lane(category) * bins.width + column;

  it('counts each event in its lane, at the column of its middle', () => {
    // 10 January, noon: 5.5 days in, column 6 once rounded.
    expect(bins.counts[cell('diplomacy', 6)]).toBe(1);
    expect(bins.counts[cell('maritime', 6)]).toBe(1);
    expect(bins.counts[cell('maritime', 8)]).toBe(1);
    expect(bins.firstStart[cell('maritime', 8)]).toBe(Date.parse('2024-01-12'));
  });

  it('leaves out events outside the view, and spans whose middle falls outside it', () => {
    const total = bins.counts.reduce((sum, count) => sum + count, 0);
    // "long" (1–20 January) has its middle on 10 January, inside; "early" and "late" are out.
    expect(total).toBe(4);
    expect(bins.counts[cell('strikes', 6)]).toBe(1);
    expect(bins.lastEnd[cell('strikes', 6)]).toBe(Date.parse('2024-01-21'));
  });
});

describe('density bins placed by arithmetic', () => {
  it('put every event in the column the time scale itself would', () => {
    const start = Date.parse('2024-01-01');
    const events = Array.from({ length: 5000 }, (_, i) => {
      // Spread over half a year, some ending on the same day, some spanning days.
      const from = start + ((i * 7919) % 182) * DAY + ((i * 104729) % DAY);
      return { start: from, end: from + (1 + (i % 3)) * DAY, category: 'x' } as ChronoEvent;
    }).sort((a, b) => a.start - b.start);
    const scale = createTimeScale([start, start + 182 * DAY], [140, 1261]);
    const all = { from: 0, to: events.length, endsAfter: -Infinity };
    const area = { left: 140, right: 1261 };
    const oneLane = () => [0];
    const byScale = densityBins(events, all, (ms) => scale(ms), oneLane, 1, area);
    const byArithmetic = densityBins(events, all, linearPositions(scale), oneLane, 1, area);
    expect([...byArithmetic.counts]).toEqual([...byScale.counts]);
  });
});
