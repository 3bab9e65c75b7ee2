import { describe, expect, it } from 'vitest';

import { createAppStore } from '@/store/app-store';

import { activeFilterCount } from './active-filters';

const none = { categories: null, actors: [], query: '', inView: false };

describe('activeFilterCount', () => {
  it('is zero when nothing narrows the events', () => {
    expect(activeFilterCount(none)).toBe(0);
    expect(activeFilterCount({ ...none, query: '   ' })).toBe(0);
  });

  it('counts each kind of filter once, however many values it holds', () => {
    expect(activeFilterCount({ ...none, actors: ['Iran', 'Houthis'] })).toBe(1);
    expect(
      activeFilterCount({ categories: [], actors: ['Iran'], query: 'drone', inView: true }),
    ).toBe(4);
  });

  it('counts hiding every category as a filter', () => {
    expect(activeFilterCount({ ...none, categories: [] })).toBe(1);
  });
});

describe('after Clear all', () => {
  it('counts nothing, the map-view limit included', () => {
    const store = createAppStore();
    store.getState().setQuery('drone');
    store.getState().setInView(true);
    expect(activeFilterCount(store.getState())).toBe(2);
    store.getState().clearFilters();
    expect(activeFilterCount(store.getState())).toBe(0);
  });
});
