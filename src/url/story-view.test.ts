import { describe, expect, it } from 'vitest';

import type { Story } from '@/domain/stories/types';
import { createAppStore } from '@/store/app-store';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { serializeUrlState } from './url-schema';
import { urlStateOf } from './url-state';
import { goToStoryStep, hasOwnView, storyPlacePatch } from './story-view';

const dataset = makeDataset([
  rawEvent({ id: 'talks', date: '2024-01-10', category: 'diplomacy' }),
  rawEvent({ id: 'strike', date: '2024-01-12', category: 'strikes' }),
  rawEvent({ id: 'ship', date: '2023-12-15', category: 'maritime' }),
]);

const story: Story = {
  id: 'road',
  title: 'The road',
  steps: [
    {
      title: 'Ships',
      text: '',
      view: 'from=2023-12-01&to=2023-12-31&cat=maritime',
      events: ['ship'],
    },
    {
      title: 'Talks',
      text: '',
      view: 'from=2024-01-01&to=2024-01-31&event=talks&map=5/23.6/58.4',
      events: [],
    },
    { title: 'All', text: '', view: '', events: ['strike', 'gone'] },
  ],
};

function storeWithStory() {
  const store = createAppStore();
  store.getState().setDataset(dataset, [], 'event', { kind: 'default', url: 'x' });
  store.getState().putStory(story);
  return store;
}

describe('telling a story', () => {
  it('applies a step as its own link would, and names the story and step in the link', () => {
    const store = storeWithStory();
    store.setState({ embed: true, query: 'left over' });
    expect(goToStoryStep(store, { id: 'road', step: 2 })).toBe(true);
    const state = store.getState();
    expect(state.story).toEqual({ id: 'road', step: 2 });
    expect(state.selectedId).toBe('talks');
    expect(state.query).toBe('');
    expect(state.camera).toEqual({ zoom: 5, lat: 23.6, lon: 58.4 });
    expect(state.cameraOrigin).toBe('story');
    // The page stays embedded: a step is a view, not a page.
    expect(state.embed).toBe(true);
    expect(state.storyMarks).toEqual(['talks']);
    expect(serializeUrlState(urlStateOf(state))).toBe(
      'story=road&step=2&from=2024-01-01&to=2024-01-31&event=talks&map=5/23.6/58.4&embed=1',
    );
  });

  it('frames a step without a camera by a fit, and marks only events the data has', () => {
    const store = storeWithStory();
    goToStoryStep(store, { id: 'road', step: 3 });
    const state = store.getState();
    expect(state.camera).toBeNull();
    expect(state.mapCommand?.command).toEqual({ kind: 'fit', scope: 'most', forStory: true });
    expect(state.storyMarks).toEqual(['strike']);
    expect(state.window).toBeNull();
  });

  it('keeps a step asked for within the story, and refuses a story that is not there', () => {
    const store = storeWithStory();
    goToStoryStep(store, { id: 'road', step: 99 });
    expect(store.getState().story).toEqual({ id: 'road', step: 3 });
    expect(goToStoryStep(store, { id: 'nope', step: 1 })).toBe(false);
    expect(store.getState().story).toEqual({ id: 'road', step: 3 });
  });

  it('places the telling without its view for a link that has a view of its own', () => {
    const store = storeWithStory();
    const state = store.getState();
    expect(storyPlacePatch(state, dataset, { id: 'road', step: 1 })).toEqual({
      patch: { story: { id: 'road', step: 1 }, storyMarks: ['ship'] },
      ignored: [],
    });
    expect(storyPlacePatch(state, dataset, { id: 'road', step: 7 }).ignored).toEqual([
      'story "road" has no step 7',
    ]);
    expect(storyPlacePatch(state, dataset, { id: 'x', step: 1 })).toEqual({
      patch: { story: null, storyMarks: [] },
      ignored: ['no story "x" in this dataset'],
    });
  });

  it('tells a link with a view of its own from one that only names the story', () => {
    expect(hasOwnView('story=road&step=2')).toBe(false);
    expect(hasOwnView('data=a.json&story=road&embed=1')).toBe(false);
    expect(hasOwnView('story=road&step=2&from=2024-01-01')).toBe(true);
  });

  it('leaves the view as it is when the story is left', () => {
    const store = storeWithStory();
    goToStoryStep(store, { id: 'road', step: 2 });
    store.getState().closeStory();
    const state = store.getState();
    expect(state.story).toBeNull();
    expect(state.storyMarks).toEqual([]);
    expect(state.selectedId).toBe('talks');
    expect(serializeUrlState(urlStateOf(state))).not.toContain('story');
  });
});
