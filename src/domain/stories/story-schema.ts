/**
 * A dataset's stories, as a file writes them (docs/data-format.md, "Stories"): the zod schema the
 * published JSON Schema documents. read-stories.ts reads each story and step on its own with
 * these parts, so that one bad step costs only itself.
 */
import { z } from 'zod';

import {
  idSchema,
  MAX_LIST_LENGTH,
  MAX_TEXT_LENGTH,
  MAX_TITLE_LENGTH,
  requiredText,
  text,
  wrongType,
} from '../events/schema-parts';

export const MAX_STORIES = 200;
export const MAX_STEPS = 200;
/** A step's view is a link's query string: as long as a link Chronomap reads is. */
export const MAX_VIEW_LENGTH = 2_000;

/** A step's fields but its events, which are read one by one (a missing one costs only itself). */
export const stepFieldsSchema = z.object(
  {
    title: requiredText(MAX_TITLE_LENGTH).describe(
      'The step\'s heading, e.g. "The talks in Muscat".',
    ),
    text: text(MAX_TEXT_LENGTH)
      .default('')
      .describe(
        'What the step says. Paragraphs are separated by a blank line; *emphasis*, **strong** and [links](https://…) (http and https only). Never HTML: markup is shown as typed.',
      ),
    view: text(MAX_VIEW_LENGTH, "a link's query string").describe(
      'The query string of a Chronomap link, e.g. "from=2024-01-01&to=2024-01-31&event=2024-01-10-muscat-talks&map=5/20/50" (a leading "?" or a whole http(s) link is read for its query). Any key of a link but data, read, story, step and embed; empty for the whole dataset.',
    ),
  },
  { error: wrongType('an object') },
);

export const stepEventsSchema = z
  .array(idSchema.describe('The id of an event of this dataset.'), {
    error: 'must be a list of event ids',
  })
  .max(MAX_LIST_LENGTH, { error: `has more than ${MAX_LIST_LENGTH} entries` })
  .default([])
  .describe('The ids of the events the step is about, marked on the map and the timeline.');

export const storyStepSchema = stepFieldsSchema
  .extend({ events: stepEventsSchema })
  .describe('One view of the story, with what it says about it.');

/** A story's fields but its steps. */
export const storyFieldsSchema = z.object(
  {
    id: idSchema.describe('Unique, stable identifier; used in links (?story=...).'),
    title: requiredText(MAX_TITLE_LENGTH).describe(
      'The story\'s title, e.g. "The road to Muscat".',
    ),
    summary: text(MAX_TEXT_LENGTH)
      .optional()
      .describe('What the story tells, in a sentence or two.'),
  },
  { error: wrongType('an object') },
);

export const storySchema = storyFieldsSchema
  .extend({
    steps: z
      .array(storyStepSchema, { error: 'must be a list of steps' })
      .min(1, { error: 'is empty' })
      .max(MAX_STEPS, { error: `has more than ${MAX_STEPS} steps` })
      .describe('The views of the story, in the order they are told.'),
  })
  .describe('A guided tour through the dataset: a sequence of views, each a Chronomap link.');

export const storiesSchema = z
  .array(storySchema, { error: 'must be a list of stories' })
  .max(MAX_STORIES, { error: `has more than ${MAX_STORIES} stories` })
  .default([])
  .describe('Guided tours through the events; each is opened by a link with ?story=<id>.');
