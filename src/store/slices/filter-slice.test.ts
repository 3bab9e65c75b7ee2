import { describe, expect, it } from 'vitest';

import { buildDataset } from '@/domain/events/build-dataset';
import { rawEvent } from '@/testing/make-event';

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

describe('toggling a category', () => {
  function storeWithCategories(count: number) {
    const store = createAppStore();
    const events = Array.from({ length: count }, (_, i) =>
      rawEvent({ id: `e${i}`, category: `c${i}` }),
    );
    const dataset = buildDataset({ categories: [] }, events).dataset;
    store.getState().setDataset(dataset, [], 'event', { kind: 'default', url: '' });
    return store;
  }

  it('hides one, shows it again, and goes back to no filter at all', () => {
    const store = storeWithCategories(3);
    store.getState().toggleCategory('c1');
    expect(store.getState().categories).toEqual(['c0', 'c2']);
    store.getState().toggleCategory('c0');
    expect(store.getState().categories).toEqual(['c2']);
    store.getState().toggleCategory('c1');
    store.getState().toggleCategory('c0');
    expect(store.getState().categories).toBeNull();
  });

  it('keeps the legend order whatever the order of the clicks', () => {
    const store = storeWithCategories(4);
    store.getState().setCategories([]);
    store.getState().toggleCategory('c3');
    store.getState().toggleCategory('c0');
    expect(store.getState().categories).toEqual(['c0', 'c3']);
  });
});
