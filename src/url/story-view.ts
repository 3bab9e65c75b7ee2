/**
 * Telling a story: each step is a view, applied to the store in one change (so a step is one
 * entry in the browser's history, and the link then names the story, the step and the view).
 */
import {
  markedEvents,
  STEP_VIEW_EXCLUDED_KEYS,
  type Story,
  type StoryPlace,
  type StoryStep,
} from '@/domain/stories/types';
import type { Dataset } from '@/domain/events/types';
import type { AppState, AppStore } from '@/store/app-store';

import { dataPatch, viewPatch } from './apply-view';
import { parseUrlState } from './url-schema';

/** The step a link or a button asks for, kept within the story: 1 below, the last above. */
export function clampStep(story: Story, step: number): number {
  return Math.min(Math.max(1, Math.round(step)), Math.max(1, story.steps.length));
}

/** The events a step marks that the dataset has. */
const marksOf = (step: StoryStep, selected: string | undefined, dataset: Dataset) =>
  markedEvents(step, selected).filter((id) => dataset.byId.has(id));

export interface StepPatch {
  patch: Partial<AppState>;
  /** The step's view frames its events itself: it has no camera of its own. */
  frames: boolean;
  ignored: string[];
}

/**
 * Everything a step changes: its view (window, filters, selection, camera, lanes; what its link
 * leaves out is the default, as for any link), the story's place and the events it marks. The
 * page itself (embedded or not) stays as it is.
 */
export function storyStepPatch(
  state: AppState,
  dataset: Dataset,
  place: StoryPlace,
): StepPatch | null {
  const story = state.stories.find((s) => s.id === place.id);
  if (!story || story.steps.length === 0) return null;
  const stepNumber = clampStep(story, place.step);
  const step = story.steps[stepNumber - 1]!;
  const { state: view, ignored } = parseUrlState(step.view);
  const base = viewPatch(view);
  const data = dataPatch(view, dataset, base.window ?? null);
  const marks = marksOf(step, view.event, dataset);
  return {
    patch: {
      ...base,
      ...data.patch,
      embed: state.embed,
      cameraOrigin: 'story',
      story: { id: story.id, step: stepNumber },
      storyMarks: marks,
    },
    frames: view.camera === undefined,
    ignored: [...ignored, ...data.ignored],
  };
}

/** Moves the telling to a step of a story (opening it), easing both views there. */
export function goToStoryStep(store: AppStore, place: StoryPlace): boolean {
  const state = store.getState();
  if (!state.dataset) return false;
  const step = storyStepPatch(state, state.dataset, place);
  if (!step) return false;
  store.setState(step.patch);
  // A step without a camera frames what it shows, as its own link would on the screen it is
  // read on; the fit is a command, not part of the link.
  if (step.frames) store.getState().fitMap('most', true);
  return true;
}

/**
 * Where a link puts the telling when the link carries its own view (a step the reader then
 * moved, shared or gone Back to): the story's place and marks, without the step's view.
 */
export function storyPlacePatch(
  state: AppState,
  dataset: Dataset,
  place: StoryPlace | null,
): { patch: Pick<AppState, 'story' | 'storyMarks'>; ignored: string[] } {
  const none = { story: null, storyMarks: [] };
  if (!place) return { patch: none, ignored: [] };
  const story = state.stories.find((s) => s.id === place.id);
  if (!story || story.steps.length === 0)
    return { patch: none, ignored: [`no story ${JSON.stringify(place.id)} in this dataset`] };
  const step = clampStep(story, place.step);
  const ignored =
    step === place.step ? [] : [`story ${JSON.stringify(story.id)} has no step ${place.step}`];
  const told = story.steps[step - 1]!;
  const marks = marksOf(told, parseUrlState(told.view).state.event, dataset);
  return { patch: { story: { id: story.id, step }, storyMarks: marks }, ignored };
}

/** Whether a link says anything of the view beside which data, story and step it is. */
export function hasOwnView(search: string): boolean {
  const own: readonly string[] = STEP_VIEW_EXCLUDED_KEYS;
  return [...new URLSearchParams(search).keys()].some((key) => !own.includes(key));
}
