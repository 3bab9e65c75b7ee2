import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { candidates, EMPTY_EVENT_SET, inWindow, toEventSet } from './event-set';
import { effectiveWindow } from './time-window';

const day = (d: number) => Date.UTC(2024, 0, d);

const dataset = makeDataset([
  rawEvent({ id: 'jan1', date: '2024-01-01' }),
  rawEvent({ id: 'jan5', date: '2024-01-05' }),
  rawEvent({ id: 'span', date: '2023-12-20', endDate: '2024-01-10' }),
  rawEvent({ id: 'feb', date: '2024-02-01' }),
]);

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('inWindow', () => {
  it('returns events whose span overlaps [start, end)', () => {
    expect(ids(inWindow(dataset, { start: day(5), end: day(6) }))).toEqual(['span', 'jan5']);
  });

  it('treats the end as exclusive and the start as inclusive', () => {
    expect(ids(inWindow(dataset, { start: day(2), end: day(5) }))).toEqual(['span']);
    expect(ids(inWindow(dataset, { start: day(11), end: day(33) }))).toEqual(['feb']);
  });

  it('returns everything without a window', () => {
    expect(inWindow(dataset, null)).toHaveLength(4);
  });

  it('cumulative mode starts at the beginning of the data', () => {
    const window = effectiveWindow({ start: day(20), end: day(21) }, 'cumulative');
    expect(ids(inWindow(dataset, window))).toEqual(['span', 'jan1', 'jan5']);
  });

  it('reads a plain array of starts as well as the dataset index', () => {
    const plain = { events: dataset.events, starts: [...dataset.starts], maxSpan: dataset.maxSpan };
    expect(ids(inWindow(plain, { start: day(5), end: day(6) }))).toEqual(['span', 'jan5']);
  });
});

describe('candidates', () => {
  it('starts the search one longest span before the window, and stops at its end', () => {
    // Sorted: span (20 Dec), jan1, jan5, feb; the longest span is 21 days.
    expect(candidates(dataset, { start: day(11), end: day(33) })).toEqual({
      from: 0,
      to: 4,
      endsAfter: day(11),
    });
    expect(candidates(dataset, { start: day(60), end: day(70) })).toEqual({
      from: 4,
      to: 4,
      endsAfter: day(60),
    });
  });
});

describe('toEventSet', () => {
  it('indexes a part of the dataset as the dataset indexes itself', () => {
    const part = toEventSet(dataset.events.filter((event) => event.id !== 'feb'));
    expect([...part.starts]).toEqual([...dataset.starts.slice(0, 3)]);
    expect(part.maxSpan).toBe(dataset.maxSpan);
    expect(ids(inWindow(part, { start: day(5), end: day(6) }))).toEqual(['span', 'jan5']);
  });

  it('of nothing is the empty set', () => {
    expect(toEventSet([])).toEqual(EMPTY_EVENT_SET);
  });
});
