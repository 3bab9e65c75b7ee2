import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { inWindow } from './event-set';
import { filterEventsNaive, idSet, NO_FILTERS } from './filter-events';

const day = (d: number) => Date.UTC(2024, 0, d);

const dataset = makeDataset([
  rawEvent({ id: 'jan1', date: '2024-01-01', category: 'diplomacy', actors: ['Oman', 'Iran'] }),
  rawEvent({
    id: 'jan5',
    date: '2024-01-05',
    category: 'maritime',
    actors: ['Houthis'],
    title: 'Tanker hit',
  }),
  rawEvent({
    id: 'span',
    date: '2023-12-20',
    endDate: '2024-01-10',
    category: 'strikes',
    actors: ['United States'],
  }),
  rawEvent({
    id: 'feb',
    date: '2024-02-01',
    category: 'maritime',
    actors: ['Houthis'],
    summary: 'A TANKER again',
  }),
]);

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('filterEventsNaive', () => {
  it('combines category, actor, text and time with AND', () => {
    expect(
      ids(filterEventsNaive(dataset, { categories: ['maritime'], actors: [], query: '' }, null)),
    ).toEqual(['jan5', 'feb']);
    expect(
      ids(
        filterEventsNaive(
          dataset,
          { categories: null, actors: ['Iran', 'United States'], query: '' },
          null,
        ),
      ),
    ).toEqual(['span', 'jan1']);
    expect(
      ids(filterEventsNaive(dataset, { categories: null, actors: [], query: 'tanker' }, null)),
    ).toEqual(['jan5', 'feb']);
    expect(
      ids(
        filterEventsNaive(
          dataset,
          { ...NO_FILTERS, query: 'tanker' },
          { start: day(1), end: day(31) },
        ),
      ),
    ).toEqual(['jan5']);
  });

  it('matches every word of the query, in any order, ignoring case', () => {
    expect(ids(filterEventsNaive(dataset, { ...NO_FILTERS, query: 'AGAIN tanker' }, null))).toEqual(
      ['feb'],
    );
  });

  it('agrees with the indexed window search on random windows', () => {
    for (let i = 0; i < 200; i++) {
      const start = day(-20) + Math.random() * 60 * 86_400_000;
      const window = { start, end: start + Math.random() * 20 * 86_400_000 };
      expect(ids(inWindow(dataset, window))).toEqual(
        ids(filterEventsNaive(dataset, NO_FILTERS, window)),
      );
    }
  });
});

describe('idSet', () => {
  it('is one Set per list, holding its ids', () => {
    const ids = ['a', 'b'];
    expect(idSet(ids)).toBe(idSet(ids));
    expect([...idSet(ids)]).toEqual(['a', 'b']);
    expect(idSet(['a', 'b'])).not.toBe(idSet(ids));
  });
});
