import { describe, expect, it } from 'vitest';

import { categoriesSetApart, listedItems, type ChecklistItem } from './checklist';

const all: ChecklistItem[] = ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'].map(
  (label) => ({ id: label.toLowerCase(), label }),
);
const top = all.slice(0, 2);
const labels = (items: readonly ChecklistItem[]) => items.map((item) => item.label);
const none = new Set<string>();

describe('what a checklist lists', () => {
  it('the top items, then the pinned ones not among them, and on "Show all" the rest after', () => {
    const pinned = new Set(['zeta', 'alpha']);
    const query = { all, top, pinned, search: '', expanded: false };
    expect(labels(listedItems(query))).toEqual(['Alpha', 'Beta', 'Zeta']);
    expect(labels(listedItems({ ...query, expanded: true }))).toEqual([
      'Alpha',
      'Beta',
      'Zeta',
      'Gamma',
      'Delta',
      'Epsilon',
    ]);
    expect(labels(listedItems({ ...query, pinned: none }))).toEqual(['Alpha', 'Beta']);
  });

  it('a search finds every match, in the list’s order, whatever the case', () => {
    const query = { all, top, pinned: new Set(['alpha']), search: ' ETA', expanded: false };
    expect(labels(listedItems(query))).toEqual(['Beta', 'Zeta']);
    expect(listedItems({ ...query, search: 'omega' })).toEqual([]);
  });
});

describe('the categories set apart', () => {
  const categories = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id }));

  it('are none without a filter, the shown ones while few are, the hidden ones while most are', () => {
    expect([...categoriesSetApart(categories, null)]).toEqual([]);
    expect([...categoriesSetApart(categories, ['d', 'b'])]).toEqual(['d', 'b']);
    expect([...categoriesSetApart(categories, ['a', 'b', 'c', 'e'])]).toEqual(['d']);
    expect([...categoriesSetApart(categories, [])]).toEqual([]);
  });
});
