import { describe, expect, it } from 'vitest';

import { createAppStore } from '@/store/app-store';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { createTimelineDataReader, stepSelection } from './timeline-store';

const dataset = makeDataset([
  rawEvent({ id: 'a', date: '2024-01-01', category: 'diplomacy' }),
  rawEvent({ id: 'b', date: '2024-01-10', category: 'maritime' }),
  rawEvent({ id: 'c', date: '2024-03-01', category: 'maritime' }),
]);

function storeWithData() {
  const store = createAppStore();
  store.getState().setDataset(dataset, [], 'event', { kind: 'default', url: '/data/events.json' });
  return store;
}

describe('createTimelineDataReader', () => {
  it('is null before a dataset, then the events with the dataset’s own colours and per-category starts', () => {
    const read = createTimelineDataReader();
    expect(read(createAppStore().getState())).toBeNull();
    const data = read(storeWithData().getState())!;
    expect(data.events.map((event) => event.id)).toEqual(['a', 'b', 'c']);
    expect(data.extent).toEqual(dataset.extent);
    expect(data.categoryStarts).toBe(dataset.categoryStarts);
    expect(data.categoryColors.get('maritime')).toBe(dataset.categories[1]!.color);
  });

  it('keeps the lanes while only the window moves, and rebuilds them for another lane mode', () => {
    const store = storeWithData();
    const read = createTimelineDataReader();
    const lanes = read(store.getState())!.lanes;
    store.getState().setWindow({ start: 0, end: 1 });
    expect(read(store.getState())!.lanes).toBe(lanes);
    store.getState().setLanes('country');
    expect(read(store.getState())!.lanes).not.toBe(lanes);
  });
});

describe('stepSelection', () => {
  it('selects the next event in date order, and the window follows it', () => {
    const store = storeWithData();
    store.getState().select('a');
    store.getState().setWindow({ start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 2) });
    stepSelection(store.getState(), 1);
    expect(store.getState().selectedId).toBe('b');
    const window = store.getState().window!;
    expect(window.start).toBeLessThanOrEqual(Date.UTC(2024, 0, 10));
    expect(window.end).toBeGreaterThan(Date.UTC(2024, 0, 10));
  });
});
