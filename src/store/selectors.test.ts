import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { createAppStore } from './app-store';
import {
  selectActorCounts,
  selectBaseEvents,
  selectCategoryCounts,
  selectMatchingEvents,
  selectVisibleEvents,
} from './selectors';

function storeWith() {
  const store = createAppStore();
  const dataset = makeDataset([
    rawEvent({
      id: 'muscat',
      date: '2024-01-10',
      category: 'diplomacy',
      actors: ['Oman', 'Iran'],
      location: { lat: 23.6, lon: 58.4 },
    }),
    rawEvent({
      id: 'aden',
      date: '2024-01-12',
      category: 'maritime',
      actors: ['Houthis'],
      location: { lat: 12.8, lon: 45.0 },
    }),
    {
      ...rawEvent({ id: 'nowhere', date: '2024-02-01', category: 'strikes', actors: [] }),
      location: undefined,
    },
  ]);
  store.getState().setDataset(dataset, [], 'event', { kind: 'default', url: '' });
  return store;
}

const ids = (events: { id: string }[]) => events.map((e) => e.id);

describe('derived events', () => {
  it('are computed once and shared while their inputs stay the same', () => {
    const store = storeWith();
    const first = selectVisibleEvents(store.getState());
    store.getState().hover('aden');
    expect(selectVisibleEvents(store.getState())).toBe(first);
    store.getState().setWindow({ start: Date.UTC(2024, 0, 11), end: Date.UTC(2024, 0, 13) });
    expect(ids(selectVisibleEvents(store.getState()))).toEqual(['aden']);
  });

  it('the map gets every matching event, the time window aside', () => {
    const store = storeWith();
    store.getState().setWindow({ start: Date.UTC(2024, 0, 11), end: Date.UTC(2024, 0, 13) });
    store.getState().toggleCategory('strikes');
    expect(ids(selectMatchingEvents(store.getState()).events)).toEqual(['muscat', 'aden']);
  });

  it('"only events in map view" keeps events inside the bounds, across the antimeridian too', () => {
    const store = storeWith();
    store.getState().setViewFromMap({ zoom: 5, lat: 15, lon: 45 }, [40, 10, 50, 20], true);
    expect(ids(selectBaseEvents(store.getState()).events)).toHaveLength(3);
    store.getState().setInView(true);
    expect(ids(selectBaseEvents(store.getState()).events)).toEqual(['aden']);
    store.getState().setViewFromMap({ zoom: 2, lat: 0, lon: 180 }, [170, -80, 60, 80], true);
    expect(ids(selectBaseEvents(store.getState()).events)).toEqual(['muscat', 'aden']);
  });

  it('showing every category again means no category filter', () => {
    const store = storeWith();
    store.getState().toggleCategory('maritime');
    expect(store.getState().categories).toEqual(['diplomacy', 'strikes']);
    store.getState().toggleCategory('maritime');
    expect(store.getState().categories).toBeNull();
  });

  it('a camera the app set is not mistaken for a user move', () => {
    const store = storeWith();
    store.getState().setViewFromMap({ zoom: 4, lat: 20, lon: 50 }, [30, 10, 70, 30], false);
    expect(store.getState().camera).toBeNull();
    expect(store.getState().bounds).toEqual([30, 10, 70, 30]);
  });

  it('facet counts follow the window and every other filter, from the totals or a count', () => {
    const store = storeWith();
    const counts = () => Object.fromEntries(selectCategoryCounts(store.getState()));
    const actors = () => Object.fromEntries(selectActorCounts(store.getState()));
    expect(counts()).toEqual({ diplomacy: 1, maritime: 1, strikes: 1 });
    expect(actors()).toEqual({ Oman: 1, Iran: 1, Houthis: 1 });
    store.getState().setWindow({ start: Date.UTC(2024, 0, 11), end: Date.UTC(2024, 0, 13) });
    expect(counts()).toEqual({ maritime: 1 });
    store.getState().setWindow(null);
    store.getState().toggleActor('Oman');
    expect(counts()).toEqual({ diplomacy: 1 });
    // A facet's own filter does not narrow its counts.
    expect(actors()).toEqual({ Oman: 1, Iran: 1, Houthis: 1 });
  });
});
