import type { Story } from './types';

/** A story as the file format writes it (story-schema.ts), so a saved file loads back with it. */
export function toStoryRecord(story: Story): Record<string, unknown> {
  return {
    id: story.id,
    title: story.title,
    ...(story.summary ? { summary: story.summary } : {}),
    steps: story.steps.map((step) => ({
      title: step.title,
      text: step.text,
      view: step.view,
      ...(step.events.length ? { events: step.events } : {}),
    })),
  };
}
