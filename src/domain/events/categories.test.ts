import { describe, expect, it } from 'vitest';

import { colouredByCount, deriveCategory } from './categories';
import { PALETTE } from './palette';

describe('categories coloured by size', () => {
  const categories = Array.from({ length: 25 }, (_, i) => deriveCategory(`c${i}`));
  // c24 has the most events, c0 the fewest; c10 and c11 tie.
  const counts = new Map(categories.map((c, i) => [c.id, i === 10 ? 12 : i + 1]));

  it('go largest first, ties by name, the palette in that order', () => {
    const coloured = colouredByCount(categories, counts);
    expect(coloured.slice(0, 3).map((c) => c.id)).toEqual(['c24', 'c23', 'c22']);
    expect(coloured.map((c) => c.id).indexOf('c10')).toBeLessThan(
      coloured.map((c) => c.id).indexOf('c11'),
    );
    expect(coloured.slice(0, PALETTE.length).map((c) => c.color)).toEqual([...PALETTE]);
  });

  it('order tied names as a reader counts: c2 before c10', () => {
    const tied = ['c10', 'c2', 'c1', 'c100'].map((id) => deriveCategory(id));
    const once = new Map(tied.map((c) => [c.id, 1]));
    expect(colouredByCount(tied, once).map((c) => c.id)).toEqual(['c1', 'c2', 'c10', 'c100']);
  });

  it('never give two of the ten largest one colour, and come round again after them', () => {
    const coloured = colouredByCount(categories, counts);
    expect(new Set(coloured.slice(0, PALETTE.length).map((c) => c.color)).size).toBe(
      PALETTE.length,
    );
    expect(coloured[PALETTE.length]?.color).toBe(PALETTE[0]);
    expect(coloured.map((c) => c.label)).toEqual(coloured.map((c) => deriveCategory(c.id).label));
  });
});
