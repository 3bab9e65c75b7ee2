import { describe, expect, it } from 'vitest';

import { createAppStore } from '@/store/app-store';

import { startNewStory, uniqueStoryId } from './new-story';

describe('uniqueStoryId', () => {
  it('is the slug of the title, numbered from 2 when taken', () => {
    expect(uniqueStoryId('The road to Muscat', [])).toBe('the-road-to-muscat');
    expect(uniqueStoryId('The road to Muscat', ['the-road-to-muscat'])).toBe(
      'the-road-to-muscat-2',
    );
    expect(
      uniqueStoryId('The road to Muscat', ['the-road-to-muscat', 'the-road-to-muscat-2']),
    ).toBe('the-road-to-muscat-3');
  });

  it('is "story" when the title has nothing to make an id of', () => {
    expect(uniqueStoryId('…', [])).toBe('story');
    expect(uniqueStoryId('', ['story'])).toBe('story-2');
  });
});

describe('startNewStory', () => {
  it('adds an empty untitled story beside the others and opens it in the editor', () => {
    const store = createAppStore();
    const own = { id: 'untitled-story', title: 'Untitled story', steps: [] };
    store.setState({ stories: [own] });
    const story = startNewStory(store);
    expect(story).toEqual({ id: 'untitled-story-2', title: 'Untitled story', steps: [] });
    expect(store.getState().stories).toEqual([own, story]);
    expect(store.getState().editingStory).toBe('untitled-story-2');
  });

  it('never gives two new stories the same id', () => {
    const store = createAppStore();
    const ids = [1, 2, 3].map(() => startNewStory(store).id);
    expect(new Set(ids).size).toBe(3);
    expect(store.getState().stories).toHaveLength(3);
  });
});
