import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { createAppStore } from './app-store';
import {
  selectActorCounts,
  selectBaseEvents,
  selectCategoryColors,
  selectCategoryCounts,
  selectCategoryStarts,
  selectEffectiveWindow,
  selectMarkedEvents,
  selectMatchingEvents,
  selectMatchingInWindow,
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

const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

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

describe('data the views read', () => {
  const jan = (d: number) => Date.UTC(2024, 0, d);

  it('the window in cumulative mode runs from the start of time, and stays one object', () => {
    const store = storeWith();
    store.getState().setWindow({ start: jan(11), end: jan(13) });
    store.getState().setMode('cumulative');
    const window = selectEffectiveWindow(store.getState());
    expect(window).toEqual({ start: -Infinity, end: jan(13) });
    store.getState().hover('aden');
    expect(selectEffectiveWindow(store.getState())).toBe(window);
    expect(ids(selectVisibleEvents(store.getState()))).toEqual(['muscat', 'aden']);
  });

  it('the map draws the matching events in the window, whatever "only in map view" says', () => {
    const store = storeWith();
    store.getState().setViewFromMap({ zoom: 5, lat: 15, lon: 45 }, [40, 10, 50, 20], true);
    store.getState().setInView(true);
    store.getState().setWindow({ start: jan(1), end: jan(31) });
    expect(ids(selectVisibleEvents(store.getState()))).toEqual(['aden']);
    expect(ids(selectMatchingInWindow(store.getState()))).toEqual(['muscat', 'aden']);
  });

  it('per-category starts are the dataset own until a filter narrows the events', () => {
    const store = storeWith();
    const dataset = store.getState().dataset;
    expect(selectCategoryStarts(store.getState())).toBe(dataset?.categoryStarts);
    store.getState().toggleActor('Houthis');
    expect(Object.fromEntries(selectCategoryStarts(store.getState()))).toEqual({
      maritime: new Float64Array([jan(12)]),
    });
  });

  it('colours each category by id, once per dataset', () => {
    const store = storeWith();
    const colors = selectCategoryColors(store.getState());
    const categories = store.getState().dataset?.categories ?? [];
    expect(categories.length).toBeGreaterThan(0);
    for (const category of categories) expect(colors.get(category.id)).toBe(category.color);
    store.getState().setWindow({ start: jan(1), end: jan(2) });
    expect(selectCategoryColors(store.getState())).toBe(colors);
  });
});

describe('a story step’s marks', () => {
  it('are the events the step names that the data has, the same list until they change', () => {
    const store = createAppStore();
    const dataset = makeDataset([rawEvent({ id: 'a' }), rawEvent({ id: 'b' })]);
    store.getState().setDataset(dataset, [], 'event', { kind: 'default', url: 'x' });
    store.setState({ storyMarks: ['b', 'gone'] });
    const marked = selectMarkedEvents(store.getState());
    expect(marked.map((event) => event.id)).toEqual(['b']);
    store.setState({ query: 'x' });
    expect(selectMarkedEvents(store.getState())).toBe(marked);
    store.getState().closeStory();
    expect(selectMarkedEvents(store.getState())).toEqual([]);
  });
});
