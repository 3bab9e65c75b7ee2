import { describe, expect, it } from 'vitest';

import { effectiveWindow, overlaps, sameWindow } from './time-window';

describe('effectiveWindow', () => {
  it('is the window itself, or from the beginning of time in cumulative mode', () => {
    expect(effectiveWindow({ start: 5, end: 10 }, 'window')).toEqual({ start: 5, end: 10 });
    expect(effectiveWindow({ start: 5, end: 10 }, 'cumulative')).toEqual({
      start: -Infinity,
      end: 10,
    });
    expect(effectiveWindow(null, 'cumulative')).toBeNull();
  });
});

describe('overlaps', () => {
  it('counts a span ending at the window start out and one starting before its end in', () => {
    const window = { start: 10, end: 20 };
    expect(overlaps({ start: 0, end: 10 }, window)).toBe(false);
    expect(overlaps({ start: 0, end: 11 }, window)).toBe(true);
    expect(overlaps({ start: 19, end: 30 }, window)).toBe(true);
    expect(overlaps({ start: 20, end: 30 }, window)).toBe(false);
  });
});

describe('sameWindow', () => {
  it('compares bounds, not objects', () => {
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 2 })).toBe(true);
    expect(sameWindow({ start: 1, end: 2 }, { start: 1, end: 3 })).toBe(false);
    expect(sameWindow(null, null)).toBe(true);
    expect(sameWindow(null, { start: 1, end: 2 })).toBe(false);
  });
});
