import { describe, expect, it } from 'vitest';

import { rowForKey, rowWindow, scrollToShow } from './row-window';

describe('a list that draws only the rows in sight', () => {
  it('draws the rows in view and a few around them, never past the ends', () => {
    expect(rowWindow(0, 220, 10_000, 44)).toEqual([0, 10]);
    const [from, to] = rowWindow(44 * 5000, 220, 10_000, 44);
    expect(from).toBeLessThanOrEqual(5000);
    expect(to).toBeGreaterThanOrEqual(5005);
    expect(to - from).toBeLessThan(20);
    expect(rowWindow(44 * 9999, 220, 10_000, 44)[1]).toBe(10_000);
    expect(rowWindow(0, 220, 3, 44)).toEqual([0, 3]);
  });

  it('moves along the list with the arrow keys, a page at a time, and to either end', () => {
    expect(rowForKey('ArrowDown', 0, 10_000, 5)).toBe(1);
    expect(rowForKey('ArrowUp', 0, 10_000, 5)).toBe(0);
    expect(rowForKey('PageDown', 10, 10_000, 5)).toBe(14);
    expect(rowForKey('PageUp', 2, 10_000, 5)).toBe(0);
    expect(rowForKey('End', 0, 10_000, 5)).toBe(9999);
    expect(rowForKey('ArrowDown', 9999, 10_000, 5)).toBe(9999);
    expect(rowForKey('Home', 500, 10_000, 5)).toBe(0);
    expect(rowForKey('Enter', 3, 10_000, 5)).toBeNull();
  });

  it('scrolls as little as it takes to show a row', () => {
    expect(scrollToShow(2, 0, 220, 44)).toBe(0);
    expect(scrollToShow(9999, 0, 220, 44)).toBe(10_000 * 44 - 220);
    expect(scrollToShow(10, 44 * 50, 220, 44)).toBe(440);
  });
});
