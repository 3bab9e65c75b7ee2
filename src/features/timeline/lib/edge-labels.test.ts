import { describe, expect, it } from 'vitest';

import { placeEdgeLabels } from './edge-labels';

const plot = { left: 100, right: 1100 };
const widths = { start: 90, end: 90 };
const overlaps = (p: { start: number; end: number }) => p.start + widths.start > p.end;

describe('window edge labels', () => {
  it('puts the start date left of the window and the end date right of it', () => {
    expect(placeEdgeLabels(500, 520, widths, plot)).toEqual({ start: 406, end: 524 });
  });

  it('moves the end date aside when the start date is pinned to the left edge', () => {
    const placed = placeEdgeLabels(130, 150, widths, plot);
    expect(placed.start).toBe(100);
    expect(placed.end).toBe(198);
    expect(overlaps(placed)).toBe(false);
  });

  it('moves the start date aside when the end date is pinned to the right edge', () => {
    const placed = placeEdgeLabels(1040, 1090, widths, plot);
    expect(placed.end).toBe(1010);
    expect(placed.start).toBe(912);
    expect(overlaps(placed)).toBe(false);
  });

  it('keeps both inside the plot when the window runs past its edges', () => {
    const placed = placeEdgeLabels(20, 1300, widths, plot);
    expect(placed).toEqual({ start: 100, end: 1010 });
  });

  it('never lets them overlap while a narrow window crosses the plot', () => {
    for (let x = 60; x <= 1140; x += 5)
      expect(overlaps(placeEdgeLabels(x, x + 15, widths, plot))).toBe(false);
  });
});
