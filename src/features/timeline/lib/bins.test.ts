import { describe, expect, it } from 'vitest';

import { binCounts, binEdges, chooseBinUnit, finestResolution } from './bins';

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
