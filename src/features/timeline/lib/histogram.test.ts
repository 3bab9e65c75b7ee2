import { describe, expect, it } from 'vitest';

import { rawEvent } from '@/testing/make-event';

import { histogramData, memoCategoryStarts } from './histogram';
import { timelineData } from './test-timeline-data';

const data = timelineData([
  rawEvent({ date: '2024-01-01', category: 'diplomacy' }),
  rawEvent({ date: '2024-01-01', category: 'maritime' }),
  rawEvent({ date: '2024-01-02', category: 'maritime' }),
  rawEvent({ date: '2024-01-02', category: 'strikes' }),
]);
const edges = [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2), Date.UTC(2024, 0, 3)];
const [diplomacy, maritime, strikes] = data.groups.own;

describe('histogramData', () => {
  it('stacks each category of its own, bin by bin', () => {
    const starts = memoCategoryStarts()(data);
    const { stacks } = histogramData(data, edges, starts, 'grey');
    expect(stacks.map((stack) => [stack.color, [...stack.counts]])).toEqual([
      [diplomacy!.color, [1, 0]],
      [maritime!.color, [1, 1]],
      [strikes!.color, [0, 1]],
    ]);
  });

  it('counts the categories without a stack of their own together, in the other colour', () => {
    const groups = { own: [diplomacy!, maritime!], other: true };
    const starts = memoCategoryStarts()({ ...data, groups });
    const { stacks } = histogramData({ ...data, groups }, edges, starts, 'grey');
    expect(stacks.at(-1)!.color).toBe('grey');
    expect([...stacks.at(-1)!.counts]).toEqual([0, 1]);
    expect(stacks).toHaveLength(3);
  });
});

describe('memoCategoryStarts', () => {
  it('uses the store’s starts when they cover the stacks, else builds them once per set of events', () => {
    const startsOf = memoCategoryStarts();
    expect(startsOf(data)).toBe(data.categoryStarts);
    // A tie left a stacked category out of the store's most common ones.
    const short = { ...data, categoryStarts: new Map() };
    const first = startsOf(short);
    expect([...first.get('maritime')!]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]);
    expect(startsOf({ ...short })).toBe(first);
    expect(startsOf({ ...short, events: [...data.events] })).not.toBe(first);
  });
});
