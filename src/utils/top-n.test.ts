import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { topN } from './top-n';

const byValueDown = (a: { v: number }, b: { v: number }) => b.v - a.v;

describe('topN', () => {
  it('gives the best n, best first, ties in the order they came', () => {
    const items = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3].map((v, i) => ({ v, i }));
    expect(topN(items, 4, byValueDown)).toEqual([
      { v: 9, i: 5 },
      { v: 6, i: 7 },
      { v: 5, i: 4 },
      { v: 5, i: 8 },
    ]);
  });

  it('gives everything, sorted, when there are fewer than n; nothing for n = 0', () => {
    expect(topN([2, 7, 1], 5, (a, b) => a - b)).toEqual([1, 2, 7]);
    expect(topN([2, 7, 1], 0, (a, b) => a - b)).toEqual([]);
  });

  it('agrees with a stable sort cut to n', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 })), fc.nat(12), (values, n) => {
        const items = values.map((v, i) => ({ v, i }));
        expect(topN(items, n, byValueDown)).toEqual([...items].sort(byValueDown).slice(0, n));
      }),
    );
  });
});
