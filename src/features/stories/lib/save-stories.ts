/** "Save" and "Copy story JSON": the stories as the dataset format writes them. */
import { toStoryRecord } from '@/domain/stories/story-record';
import type { Story } from '@/domain/stories/types';
import { slugOf } from '@/utils/slug';

export function storyJson(story: Story): string {
  return `${JSON.stringify(toStoryRecord(story), null, 2)}\n`;
}

/** "fixture-twenty-events-with-stories.json" */
export function savedFileName(title: string): string {
  return `${slugOf(title) || 'events'}-with-stories.json`;
}
