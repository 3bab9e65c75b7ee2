import { describe, expect, it } from 'vitest';

import { categoryStartTimes } from './category-starts';
import type { ChronoEvent } from './types';

const at = (category: string, start: number) => ({ category, start }) as ChronoEvent;

describe('category start times', () => {
  const events = [at('a', 1), at('b', 2), at('a', 3), at('c', 4), at('b', 5), at('a', 6)];
  const counts = new Map([
    ['a', 3],
    ['b', 2],
    ['c', 1],
  ]);

  it('list each category’s starts in the events’ order', () => {
    const starts = categoryStartTimes(events, counts);
    expect([...starts.keys()]).toEqual(['a', 'b', 'c']);
    expect([...(starts.get('a') ?? [])]).toEqual([1, 3, 6]);
    expect([...(starts.get('c') ?? [])]).toEqual([4]);
  });

  it('keep only the most common categories when there are more than asked for', () => {
    const starts = categoryStartTimes(events, counts, 2);
    expect([...starts.keys()]).toEqual(['a', 'b']);
    expect([...(starts.get('b') ?? [])]).toEqual([2, 5]);
  });
});
