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
const [diplomacy, maritime] = data.categories;

describe('histogramData', () => {
  it('stacks each category of its own, bin by bin', () => {
    const starts = memoCategoryStarts()(data);
    const { stacks } = histogramData(data, edges, starts, 'grey');
    expect(stacks.map((stack) => [stack.color, [...stack.counts]])).toEqual([
      [diplomacy!.color, [1, 0]],
      [maritime!.color, [1, 1]],
      [data.categories[2]!.color, [0, 1]],
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
  it('builds the starts once per set of events, and uses the dataset’s when they cover the stacks', () => {
    const startsOf = memoCategoryStarts();
    const first = startsOf(data);
    expect([...first.get('maritime')!]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 2)]);
    expect(startsOf({ ...data })).toBe(first);
    const given = new Map(data.categories.map((category) => [category.id, new Float64Array(0)]));
    expect(startsOf({ ...data, categoryStarts: given })).toBe(given);
    expect(startsOf({ ...data, events: [...data.events] })).not.toBe(first);
  });
});
