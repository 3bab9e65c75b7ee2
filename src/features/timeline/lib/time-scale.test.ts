import { describe, expect, it } from 'vitest';

import { DAY, HOUR } from '@/domain/time/units';

import {
  createTimeScale,
  paddedExtent,
  snapTime,
  tickCount,
  tickLabels,
  linearPositions,
} from './time-scale';

const utc = (...args: [number, number, number?, number?]) =>
  Date.UTC(args[0], args[1], args[2] ?? 1, args[3] ?? 0);

describe('time scale', () => {
  it('pads the data extent on both sides', () => {
    const [a, b] = paddedExtent([utc(2024, 0, 1), utc(2024, 0, 11)]);
    expect(a).toBeLessThan(utc(2024, 0, 1));
    expect(b).toBeGreaterThan(utc(2024, 0, 11));
  });

  it('gives a single-day dataset at least a day of room', () => {
    const [a, b] = paddedExtent([utc(2024, 0, 1), utc(2024, 0, 1)]);
    expect(b - a).toBeGreaterThanOrEqual(DAY);
  });

  it("gives the scale's positions as plain arithmetic, for loops over many events", () => {
    const scale = createTimeScale([utc(2024, 0, 1), utc(2024, 6, 1)], [140, 1260]);
    const position = linearPositions(scale);
    for (const ms of [utc(2023, 11, 1), utc(2024, 0, 1), utc(2024, 2, 17, 5), utc(2024, 6, 1)]) {
      expect(position(ms)).toBeCloseTo(scale(ms), 6);
    }
  });

  it('puts everything at the middle of a scale over one instant, as d3 does', () => {
    const scale = createTimeScale([utc(2024, 0, 1), utc(2024, 0, 1)], [100, 300]);
    expect(linearPositions(scale)(utc(2024, 5, 1))).toBe(scale(utc(2024, 5, 1)));
  });

  it('maps UTC times linearly onto pixels', () => {
    const scale = createTimeScale([utc(2024, 0, 1), utc(2024, 0, 11)], [0, 1000]);
    expect(scale(utc(2024, 0, 6))).toBe(500);
    expect(scale.invert(250).getTime()).toBe(utc(2024, 0, 3, 12));
  });
});

describe('tick labels', () => {
  const labelsFor = (domain: [number, number], width: number) => {
    const scale = createTimeScale(domain, [0, width]);
    return tickLabels(scale.ticks(tickCount(width)));
  };

  it('shows years across decades', () => {
    expect(labelsFor([utc(1990, 0), utc(2030, 0)], 900)).toEqual([
      '1990',
      '1995',
      '2000',
      '2005',
      '2010',
      '2015',
      '2020',
      '2025',
      '2030',
    ]);
  });

  it('shows months, naming the year on the first tick and each January', () => {
    expect(labelsFor([utc(2023, 9), utc(2024, 4)], 900)).toEqual([
      'Oct 2023',
      'Nov',
      'Dec',
      'Jan 2024',
      'Feb',
      'Mar',
      'Apr',
      'May',
    ]);
  });

  it('shows days with the year on the first tick and on New Year', () => {
    expect(labelsFor([utc(2024, 0, 3), utc(2024, 0, 9)], 700).slice(0, 2)).toEqual([
      '3 Jan 2024',
      '4 Jan',
    ]);
    expect(labelsFor([utc(2023, 11, 30), utc(2024, 0, 3)], 500)).toEqual([
      '30 Dec 2023',
      '31 Dec',
      '1 Jan 2024',
      '2 Jan',
      '3 Jan',
    ]);
  });

  it('shows hours when zoomed into a day', () => {
    const labels = labelsFor([utc(2024, 0, 10), utc(2024, 0, 10, 12)], 700);
    expect(labels[0]).toBe('10 Jan 2024');
    expect(labels.slice(1, 3)).toEqual(['01:00', '02:00']);
  });

  it('keeps labels short enough not to overlap at ~90 px per tick', () => {
    for (const domain of [
      [utc(1900, 0), utc(2030, 0)],
      [utc(2023, 0), utc(2025, 0)],
      [utc(2024, 0, 1), utc(2024, 2, 1)],
      [utc(2024, 0, 1), utc(2024, 0, 2)],
    ] as [number, number][]) {
      for (const label of labelsFor(domain, 1200)) expect(label.length).toBeLessThanOrEqual(12);
    }
  });
});

describe('snapTime', () => {
  it('snaps to days when zoomed out and to hours when zoomed in', () => {
    expect(snapTime(utc(2024, 0, 10, 13), HOUR)).toBe(utc(2024, 0, 11));
    expect(snapTime(utc(2024, 0, 10, 13) + 20 * 60_000, HOUR / 10)).toBe(utc(2024, 0, 10, 13));
  });
});

describe('labels past year 9999', () => {
  it('write the whole year, not its last four digits', () => {
    const ticks = [10000, 10050, 10100].map((year) => {
      const date = new Date(0);
      date.setUTCFullYear(year, 0, 1);
      return date;
    });
    expect(tickLabels(ticks)).toEqual(['10000', '10050', '10100']);
    const months = [new Date(Date.UTC(9999, 11, 1)), new Date(Date.UTC(9999, 11, 1))];
    months[1]!.setUTCFullYear(10000, 0, 1);
    expect(tickLabels(months)).toEqual(['Dec 9999', 'Jan 10000']);
  });
});

describe('labels over the whole calendar', () => {
  const yearStart = (year: number, month = 0) => {
    const date = new Date(0);
    date.setUTCFullYear(year, month, 1);
    return date.getTime();
  };

  it('write years below 1000 as numbers, so a timeline of years 1–9999 does not start at "0000"', () => {
    for (const width of [300, 600, 1200]) {
      const scale = createTimeScale(paddedExtent([yearStart(1), yearStart(9999, 11)]), [0, width]);
      const labels = tickLabels(scale.ticks(tickCount(width)));
      expect(labels[0]).toBe('0');
      expect(labels.at(-1)).toBe('10000');
      expect(labels.filter((label) => /^0\d/.test(label))).toEqual([]);
    }
    const early = createTimeScale([yearStart(500), yearStart(502)], [0, 1200]);
    const labels = tickLabels(early.ticks(tickCount(1200)));
    expect(labels[0]).toBe('Jan 500');
    expect(labels).toContain('Jan 501');
  });
});
