import type { StateCreator } from 'zustand';

import type { Story, StoryPlace } from '@/domain/stories/types';

import type { AppState } from '../app-store';

/**
 * The stories the reader can tell (the dataset's, and those written or edited in the app) and
 * where the telling is. Moving to a step also applies its view: url/story-view.ts does both in
 * one change, so that a step is one entry in the browser's history.
 */
export interface StorySlice {
  stories: Story[];
  /** The story being told and its step; null when none is open. */
  story: StoryPlace | null;
  /** The events the current step marks on the map and the timeline. */
  storyMarks: string[];
  /** The story open in the editor, by id; null when the editor is closed. */
  editingStory: string | null;
  /** Adds a story or replaces the one with its id, in place. */
  putStory: (story: Story) => void;
  removeStory: (id: string) => void;
  /** Leaves the story: the view stays as it is. */
  closeStory: () => void;
  setEditingStory: (id: string | null) => void;
}

export const createStorySlice: StateCreator<AppState, [], [], StorySlice> = (set) => ({
  stories: [],
  story: null,
  storyMarks: [],
  editingStory: null,
  putStory: (story) =>
    set((state) => {
      const at = state.stories.findIndex((s) => s.id === story.id);
      if (at < 0) return { stories: [...state.stories, story] };
      const stories = [...state.stories];
      stories[at] = story;
      return { stories };
    }),
  removeStory: (id) =>
    set((state) => ({
      stories: state.stories.filter((s) => s.id !== id),
      ...(state.story?.id === id ? { story: null, storyMarks: [] } : {}),
      ...(state.editingStory === id ? { editingStory: null } : {}),
    })),
  closeStory: () => set({ story: null, storyMarks: [] }),
  setEditingStory: (editingStory) => set({ editingStory }),
});
