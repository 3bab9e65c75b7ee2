import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { Story } from '@/domain/stories/types';
import { createAppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { draftsKey, draftsOf, isDraft, mergeDrafts, readDrafts, startStoryDrafts } from './drafts';

const step = { title: 'One', text: 'Hello', view: 'event=a', events: ['a'] };
const own: Story = { id: 'own', title: 'The dataset’s', steps: [step] };
const file: DatasetSource = { kind: 'file', name: 'events.json' };

function memoryStorage() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

function datasetWith(stories: Story[]) {
  return { ...makeDataset([rawEvent({ id: 'a' })]), stories };
}

/** A page: a store with the drafts kept, and a dataset that loads into it. */
function page() {
  const store = createAppStore();
  const stop = startStoryDrafts(store);
  const load = (stories: Story[] = [own], source = file) =>
    store.getState().setDataset(datasetWith(stories), [], 'event', source);
  return { store, stop, load };
}

let storage: ReturnType<typeof memoryStorage>;
beforeEach(() => {
  storage = memoryStorage();
  vi.stubGlobal('localStorage', storage);
});
afterEach(() => vi.unstubAllGlobals());

describe('draftsOf and mergeDrafts', () => {
  it('keep only the stories the dataset does not have as they are', () => {
    const changed = { ...own, title: 'Changed' };
    const added: Story = { id: 'new', title: 'New', steps: [] };
    expect(draftsOf([own], [own, added])).toEqual([added]);
    expect(draftsOf([own], [changed])).toEqual([changed]);
  });

  it('put a draft in place of the story of its id, and new ones after', () => {
    const other: Story = { id: 'other', title: 'Other', steps: [] };
    const changed = { ...own, title: 'Changed' };
    const added: Story = { id: 'new', title: 'New', steps: [] };
    expect(mergeDrafts([own, other], [added, changed])).toEqual([changed, other, added]);
  });
});

describe('isDraft', () => {
  it('tells a new or changed story from the dataset’s own', () => {
    const { store, load } = page();
    load();
    const state = store.getState();
    expect(isDraft(state, own)).toBe(false);
    expect(isDraft(state, { ...own, steps: [] })).toBe(true);
    expect(isDraft(state, { id: 'new', title: 'New', steps: [] })).toBe(true);
  });
});

describe('startStoryDrafts', () => {
  it('brings back after a reload every change, and the editor that was open', () => {
    const before = page();
    before.load();
    const { putStory, setEditingStory } = before.store.getState();
    putStory({ ...own, steps: [{ ...step, text: 'Rewritten' }] });
    putStory({ id: 'new', title: 'New', steps: [] });
    setEditingStory('new');
    before.stop();

    const after = page();
    after.load();
    expect(after.store.getState().stories).toEqual([
      { ...own, steps: [{ ...step, text: 'Rewritten' }] },
      { id: 'new', title: 'New', steps: [] },
    ]);
    expect(after.store.getState().editingStory).toBe('new');
  });

  it('has the drafts in before a later subscriber (the URL sync) hears the data is ready', () => {
    const before = page();
    before.load();
    before.store.getState().putStory({ id: 'new', title: 'New', steps: [step] });
    before.stop();
    const after = page();
    let seen: string[] = [];
    after.store.subscribe(
      (s) => s.load.status,
      () => (seen = after.store.getState().stories.map((story) => story.id)),
    );
    after.load();
    expect(seen).toEqual(['own', 'new']);
  });

  it('keeps each dataset’s drafts apart: another file starts from its own stories', () => {
    const { store, load } = page();
    load();
    store.getState().putStory({ ...own, title: 'Changed' });
    load([own], { kind: 'file', name: 'other.json' });
    expect(store.getState().stories).toEqual([own]);
    load();
    expect(store.getState().stories).toEqual([{ ...own, title: 'Changed' }]);
  });

  it('forgets a draft once it is the dataset’s own again', () => {
    const { store, load } = page();
    load();
    store.getState().putStory({ ...own, title: 'Changed' });
    expect(storage.items.size).toBe(1);
    store.getState().putStory(own);
    expect(storage.items.size).toBe(0);
  });

  it('ignores storage it cannot read, and goes on when it cannot write', () => {
    storage.setItem(draftsKey('Test', file), '{"stories":[{"id":1},null],"editing":7}');
    expect(readDrafts(draftsKey('Test', file))).toEqual({ stories: [], editing: null });
    storage.setItem(draftsKey('Test', file), 'not json');
    const { store, load } = page();
    load();
    expect(store.getState().stories).toEqual([own]);
    storage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => store.getState().putStory({ ...own, title: 'Changed' })).not.toThrow();
    expect(store.getState().stories[0]!.title).toBe('Changed');
  });
});
