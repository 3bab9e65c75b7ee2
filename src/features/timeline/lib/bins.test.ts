import { describe, expect, it } from 'vitest';

import { binCounts, binEdges, binPlace, chooseBinUnit, finestResolution, spanMiddle } from './bins';

const utc = Date.UTC;

describe('histogram bins', () => {
  it('picks calendar units that keep bars readable', () => {
    expect(chooseBinUnit([utc(2023, 9, 1), utc(2024, 3, 30)], 1200).label).toBe('day');
    expect(chooseBinUnit([utc(2000, 0, 1), utc(2024, 0, 1)], 1200).label).toBe('quarter');
    expect(chooseBinUnit([utc(2024, 0, 1), utc(2024, 0, 3)], 1200).label).toBe('hour');
  });

  it('never bins finer than the data: day-dated events get at least daily bars', () => {
    const dayEvents = [{ start: 0, end: 86_400_000 }];
    expect(finestResolution(dayEvents)).toBe(86_400_000);
    expect(
      chooseBinUnit([utc(2024, 0, 1), utc(2024, 0, 3)], 1200, finestResolution(dayEvents)).label,
    ).toBe('day');
    expect(finestResolution([...dayEvents, { start: 5, end: 6 }])).toBe(1);
  });

  it('builds aligned edges covering the domain', () => {
    const edges = binEdges(
      [utc(2024, 0, 1, 12), utc(2024, 0, 4, 6)],
      chooseBinUnit([0, 86_400_000 * 3], 30),
    );
    expect(edges[0]).toBeLessThanOrEqual(utc(2024, 0, 1, 12));
    expect(edges[edges.length - 1]).toBeGreaterThanOrEqual(utc(2024, 0, 4, 6));
  });

  it('counts sorted times into [edge, next edge)', () => {
    const times = Float64Array.from([0, 1, 1, 5, 9, 10, 12]);
    expect([...binCounts(times, [0, 5, 10, 15])]).toEqual([3, 2, 2]);
    expect([...binCounts(times, [2, 4])]).toEqual([0]);
  });

  it('counts a million sorted times into bins exactly', () => {
    const times = Float64Array.from({ length: 1_000_000 }, (_, i) => i);
    const edges = Array.from({ length: 201 }, (_, i) => i * 5000);
    const counts = binCounts(times, edges);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1_000_000);
    expect(counts[0]).toBe(5000);
  });
});

describe('where an event sits', () => {
  const day = utc(2024, 0, 10);
  const H = 3_600_000;
  const hourUnit = chooseBinUnit([day, day + 2 * 24 * H], 1200);
  const dayUnit = chooseBinUnit([0, 120 * 24 * H], 1200);
  const hours = binEdges([day - 6 * H, day + 30 * H], hourUnit);
  const days = binEdges([day - 5 * 24 * H, day + 5 * 24 * H], dayUnit);

  it('is checked here at hour and at day bars', () => {
    expect([hourUnit.label, dayUnit.label]).toEqual(['hour', 'day']);
  });

  /** The index of the bar that counts a time, as binCounts does. */
  const barOf = (edges: number[], ms: number) =>
    edges.findIndex((edge, i) => ms < (edges[i + 1] ?? -Infinity) && ms >= edge);

  it('is over the bar that counts it, for a date-only day, an instant, a span, at any unit', () => {
    const events = [
      { start: day, end: day + 24 * H },
      { start: day + 6 * H + 17 * 60_000, end: day + 6 * H + 17 * 60_000 + 1 },
      { start: day + 22 * H, end: day + 28 * H },
      { start: day, end: day + 3 * 24 * H },
    ];
    for (const edges of [hours, days]) {
      const place = binPlace(edges);
      for (const { start, end } of events) {
        expect(barOf(edges, place(start, end))).toBe(barOf(edges, start));
      }
    }
  });

  it('puts a date-only day at noon in day bars and at 00:30 in hour bars', () => {
    expect(binPlace(days)(day, day + 24 * H)).toBe(day + 12 * H);
    expect(binPlace(hours)(day, day + 24 * H)).toBe(day + H / 2);
  });

  it('keeps an instant at its instant', () => {
    const at = day + 6 * H + 17 * 60_000;
    expect(binPlace(hours)(at, at + 1)).toBeCloseTo(at, -1);
  });

  it('falls back to the middle of the span past the last edge, as without bins', () => {
    expect(binPlace([0, 10])(20, 40)).toBe(30);
    expect(spanMiddle(20, 40)).toBe(30);
  });
});
