/**
 * The editor's changes to a story, as pure functions from a story to the next: each result goes
 * into the store whole (putStory), so the drafts and the player see one consistent story.
 */
import type { Story, StoryStep } from '@/domain/stories/types';
import type { AppState } from '@/store/app-store';
import { stepViewOf } from '@/url/step-view';

/** What the reader is looking at, as a step's view and the events it is about. */
function currentView(state: AppState): Pick<StoryStep, 'view' | 'events'> {
  return { view: stepViewOf(state), events: state.selectedId ? [state.selectedId] : [] };
}

/** "Add this view as a step": titled after the selected event, or by its number. */
export function stepOfView(state: AppState, number: number): StoryStep {
  const selected = state.selectedId ? state.dataset?.byId.get(state.selectedId) : undefined;
  return { title: selected?.title ?? `Step ${number}`, text: '', ...currentView(state) };
}

export function withStepAdded(story: Story, step: StoryStep, at = story.steps.length): Story {
  const steps = [...story.steps];
  steps.splice(at, 0, step);
  return { ...story, steps };
}

export function withStepChanged(story: Story, index: number, change: Partial<StoryStep>): Story {
  return {
    ...story,
    steps: story.steps.map((step, i) => (i === index ? { ...step, ...change } : step)),
  };
}

/** "Replace with this view": what the step shows becomes what is on the screen now. */
export function withStepViewReplaced(story: Story, index: number, state: AppState): Story {
  return withStepChanged(story, index, currentView(state));
}

export function withStepDeleted(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

/** The story with a step moved to another place, or null when it cannot go there. */
export function withStepMoved(story: Story, from: number, to: number): Story | null {
  const count = story.steps.length;
  if (from === to || from < 0 || to < 0 || from >= count || to >= count) return null;
  const steps = [...story.steps];
  const [step] = steps.splice(from, 1);
  steps.splice(to, 0, step!);
  return { ...story, steps };
}
