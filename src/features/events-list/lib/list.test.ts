import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { highlightParts } from './highlight';
import { sortEvents } from './sort';

describe('highlightParts', () => {
  it('marks every occurrence of every term, ignoring case', () => {
    expect(highlightParts('Tanker hit; second tanker', ['TANKER'])).toEqual([
      { text: 'Tanker', match: true },
      { text: ' hit; second ', match: false },
      { text: 'tanker', match: true },
    ]);
    expect(highlightParts('Oil tanker', ['oil', 'ker'])).toEqual([
      { text: 'Oil', match: true },
      { text: ' tan', match: false },
      { text: 'ker', match: true },
    ]);
    expect(highlightParts('Nothing', [])).toEqual([{ text: 'Nothing', match: false }]);
  });
});

describe('sortEvents', () => {
  const dataset = makeDataset([
    rawEvent({ id: 'a', title: 'Zulu', date: '2024-01-01', category: 'strikes' }),
    rawEvent({ id: 'b', title: 'alpha', date: '2024-01-02', category: 'diplomacy' }),
    rawEvent({ id: 'c', title: 'Mike', date: '2024-01-03', category: 'maritime' }),
  ]);
  const ids = (key: 'date' | 'title' | 'category') =>
    sortEvents(dataset.events, key, TEST_CATEGORIES).map((e) => e.id);

  it('sorts by date, title or category (legend order)', () => {
    expect(ids('date')).toEqual(['a', 'b', 'c']);
    expect(ids('title')).toEqual(['b', 'c', 'a']);
    expect(ids('category')).toEqual(['b', 'c', 'a']);
  });
});
