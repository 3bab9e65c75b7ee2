import { describe, expect, it } from 'vitest';

import { createAppStore } from '../app-store';

describe('Clear all', () => {
  it('clears every filter, the map-view limit included, and the time window', () => {
    const store = createAppStore();
    const state = store.getState();
    state.setCategories([]);
    state.setActors(['Iran']);
    state.setQuery('drone');
    state.setInView(true);
    state.setWindow({ start: 0, end: 10 });

    store.getState().clearFilters();

    expect(store.getState()).toMatchObject({
      categories: null,
      actors: [],
      query: '',
      inView: false,
      window: null,
      mode: 'window',
    });
  });
});
