/** "Save" and "Copy story JSON": the stories as the dataset format writes them. */
import type { Story } from '@/domain/stories/types';
import { slugOf } from '@/utils/slug';

/** A story as a record of the dataset's `stories`, without empty optional parts. */
export function storyRecord(story: Story): Record<string, unknown> {
  return {
    id: story.id,
    title: story.title,
    ...(story.summary?.trim() ? { summary: story.summary } : {}),
    steps: story.steps.map(({ title, text, view, events }) => ({ title, text, view, events })),
  };
}

export function storyJson(story: Story): string {
  return `${JSON.stringify(storyRecord(story), null, 2)}\n`;
}

/**
 * The dataset's JSON (as the export writes it, whatever it holds) with these stories in place
 * of any it had, written the same way.
 */
export function withStories(datasetJson: string, stories: readonly Story[]): string {
  const dataset = JSON.parse(datasetJson) as Record<string, unknown>;
  return `${JSON.stringify({ ...dataset, stories: stories.map(storyRecord) }, null, 2)}\n`;
}

/** "fixture-twenty-events-with-stories.json" */
export function savedFileName(title: string): string {
  return `${slugOf(title) || 'events'}-with-stories.json`;
}
