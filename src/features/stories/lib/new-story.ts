import type { Story } from '@/domain/stories/types';
import type { AppStore } from '@/store/app-store';
import { slugOf } from '@/utils/slug';

export const NEW_STORY_TITLE = 'Untitled story';

/** An id for a story, from its title, that none of `taken` has: "untitled-story", then "untitled-story-2"… */
export function uniqueStoryId(title: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const base = slugOf(title) || 'story';
  if (!used.has(base)) return base;
  let n = 2;
  while (used.has(`${base}-${n}`)) n += 1;
  return `${base}-${n}`;
}

/** "New story": an empty story, with an id of its own, open in the editor. */
export function startNewStory(store: AppStore): Story {
  const state = store.getState();
  const story: Story = {
    id: uniqueStoryId(
      NEW_STORY_TITLE,
      state.stories.map((s) => s.id),
    ),
    title: NEW_STORY_TITLE,
    steps: [],
  };
  state.putStory(story);
  state.setEditingStory(story.id);
  return story;
}
