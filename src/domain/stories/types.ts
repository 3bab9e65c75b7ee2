/**
 * Stories: guided tours through a dataset, a sequence of views each of which is a Chronomap link
 * (docs/data-format.md, "Stories"). The schema that reads them is story-schema.ts.
 */

/** The keys of a link a step's view may not hold: they name the data, the story or the page. */
export const STEP_VIEW_EXCLUDED_KEYS = ['data', 'read', 'story', 'step', 'embed'] as const;

export interface StoryStep {
  title: string;
  /** Paragraphs, *emphasis* and [links](https://…), read by story-text.ts; never HTML. */
  text: string;
  /**
   * The query string of a Chronomap link (no `?`), without the excluded keys: its window,
   * filters, selection, camera and lanes are the step's view. Checked when the file loads: what
   * could not be used is reported and left out.
   */
  view: string;
  /** The events the step is about, marked on the map and the timeline; the view's `event` too. */
  events: string[];
}

export interface Story {
  id: string;
  title: string;
  summary?: string;
  steps: StoryStep[];
}

/** Which story is being told, and its step (1-based, as in a link's `step=`). */
export interface StoryPlace {
  id: string;
  step: number;
}

/** The events a step marks: those it names, and the one its view selects. */
export function markedEvents(step: StoryStep, selected: string | undefined): string[] {
  return selected && !step.events.includes(selected) ? [...step.events, selected] : step.events;
}
