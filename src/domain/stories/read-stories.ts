/**
 * A file's stories, read like its events: each story and each step on its own, so that a bad one
 * is reported and skipped and the rest load. Each is checked against the dataset it is in: a
 * step's view, and the events it names, keep only what that dataset has.
 */
import { wellFormedText, linkableName } from '@/domain/events/event-ids';
import { idSchema, MAX_LIST_LENGTH, show } from '@/domain/events/schema-parts';
import { formatPath, rawId } from '@/domain/events/schema-issues';
import type { DataProblem, Dataset } from '@/domain/events/types';
import { countOf } from '@/utils/plural';

import { quoteSome, readStepView } from './read-step-view';
import { MAX_STEPS, MAX_STORIES, stepFieldsSchema, storyFieldsSchema } from './story-schema';
import type { Story, StoryStep } from './types';

export interface StoriesReading {
  stories: Story[];
  /** About the file as a whole (record 0), each naming its story and step. */
  problems: DataProblem[];
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

const STORY_SKIPPED = 'this story was skipped';
const STEP_SKIPPED = 'this step was skipped';

interface Context {
  dataset: Dataset;
  problems: DataProblem[];
  /** The ids of the stories read so far, by their place in the file. */
  ids: Map<string, number>;
}

function report(ctx: Context, field: string, message: string, severity: DataProblem['severity']) {
  ctx.problems.push({ record: 0, field, message, severity });
}

/** The problems of a zod reading, one per field, each with what became of its story or step. */
function reportIssues(
  ctx: Context,
  field: string,
  issues: readonly { path: PropertyKey[]; message: string }[],
  outcome: (path: PropertyKey[]) => { then: string; severity: DataProblem['severity'] },
) {
  const seen = new Set<string>();
  for (const issue of issues) {
    const part = formatPath(issue.path);
    if (seen.has(part)) continue;
    seen.add(part);
    const { then, severity } = outcome(issue.path);
    report(ctx, field, `${part} ${issue.message}; ${then}`, severity);
  }
}

/** The step's events that are in the dataset, each once; the others reported. */
function readStepEvents(raw: unknown, at: string, ctx: Context): string[] {
  if (raw === undefined) return [];
  if (!Array.isArray(raw)) {
    report(ctx, at, `events must be a list of event ids, got ${show(raw)}; left out`, 'warning');
    return [];
  }
  if (raw.length > MAX_LIST_LENGTH) {
    const first = `the first ${MAX_LIST_LENGTH} are read`;
    report(ctx, at, `events has more than ${MAX_LIST_LENGTH} entries; ${first}`, 'warning');
  }
  const events: string[] = [];
  const missing: string[] = [];
  const bad: string[] = [];
  raw.slice(0, MAX_LIST_LENGTH).forEach((entry, i) => {
    const parsed = idSchema.safeParse(entry);
    if (!parsed.success) {
      bad.push(`events[${i}] ${parsed.error.issues[0]?.message ?? 'is not an event id'}`);
      return;
    }
    const id = wellFormedText(parsed.data);
    if (!ctx.dataset.byId.has(id)) missing.push(id);
    else if (!events.includes(id)) events.push(id);
  });
  if (bad.length) {
    const others = bad.length - 1;
    const more = others ? ` (and ${countOf(others, 'other bad entry', 'other bad entries')})` : '';
    report(ctx, at, `${bad[0]}${more}; left out`, 'warning');
  }
  if (missing.length) {
    report(ctx, at, `events: no event ${quoteSome(missing)} in this dataset; left out`, 'warning');
  }
  return events;
}

function readStep(value: unknown, at: string, ctx: Context): StoryStep | null {
  if (!isObject(value)) {
    report(ctx, at, `is not an object; ${STEP_SKIPPED}`, 'error');
    return null;
  }
  const parsed = stepFieldsSchema.safeParse(value);
  if (!parsed.success) {
    reportIssues(ctx, at, parsed.error.issues, () => ({ then: STEP_SKIPPED, severity: 'error' }));
    return null;
  }
  const { view, leftOut } = readStepView(parsed.data.view, ctx.dataset);
  for (const reason of leftOut) report(ctx, at, `view: ${reason}; left out`, 'warning');
  const events = readStepEvents(value['events'], at, ctx);
  return { title: parsed.data.title, text: parsed.data.text, view, events };
}

/** The story's steps that load; an empty list when none does (the story is then skipped). */
function readSteps(raw: unknown, name: string, ctx: Context): StoryStep[] {
  if (!Array.isArray(raw)) {
    const problem = raw === undefined ? 'is missing' : `must be a list of steps, got ${show(raw)}`;
    report(ctx, name, `steps ${problem}; ${STORY_SKIPPED}`, 'error');
    return [];
  }
  if (raw.length === 0) {
    report(ctx, name, `steps is empty; ${STORY_SKIPPED}`, 'error');
    return [];
  }
  if (raw.length > MAX_STEPS) {
    const count = raw.length.toLocaleString('en');
    const message = `has ${count} steps, more than the ${MAX_STEPS} Chronomap reads; the first ${MAX_STEPS} loaded`;
    report(ctx, name, message, 'warning');
  }
  const steps: StoryStep[] = [];
  raw.slice(0, MAX_STEPS).forEach((value, i) => {
    // Steps are counted from 1, as a link's step= counts them.
    const step = readStep(value, `${name} step ${i + 1}`, ctx);
    if (step) steps.push(step);
  });
  if (steps.length === 0)
    report(ctx, name, `has no step that could load; ${STORY_SKIPPED}`, 'error');
  return steps;
}

/** The story's own fields; a bad summary is left out, anything else skips the story. */
function readFields(value: Json, name: string, ctx: Context) {
  const parsed = storyFieldsSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const onlySummary = parsed.error.issues.every((issue) => issue.path[0] === 'summary');
  reportIssues(ctx, name, parsed.error.issues, () =>
    onlySummary
      ? { then: 'left out', severity: 'warning' }
      : { then: STORY_SKIPPED, severity: 'error' },
  );
  if (!onlySummary) return null;
  const { summary: _summary, ...rest } = value;
  const again = storyFieldsSchema.safeParse(rest);
  return again.success ? again.data : null;
}

function readStory(value: unknown, index: number, ctx: Context): Story | null {
  const at = `stories[${index}]`;
  if (!isObject(value)) {
    report(ctx, at, `is not an object; ${STORY_SKIPPED}`, 'error');
    return null;
  }
  const given = rawId(value);
  const name = given === undefined ? at : `${at} ${show(given)}`;
  const fields = readFields(value, name, ctx);
  if (!fields) return null;
  const id = linkableName(fields.id, { record: 0, field: `${name} id` }, ctx.problems);
  const previous = ctx.ids.get(id);
  if (previous !== undefined) {
    const message = `id ${show(id)} is already used by stories[${previous}]; ${STORY_SKIPPED}`;
    report(ctx, name, message, 'error');
    return null;
  }
  const steps = readSteps(value['steps'], name, ctx);
  if (steps.length === 0) return null;
  ctx.ids.set(id, index);
  return { id, title: fields.title, ...(fields.summary ? { summary: fields.summary } : {}), steps };
}

/**
 * The stories of a file (its `stories` member, undefined when it has none), checked against the
 * dataset its events made. Never throws.
 */
export function readStories(raw: unknown, dataset: Dataset): StoriesReading {
  const ctx: Context = { dataset, problems: [], ids: new Map() };
  const stories: Story[] = [];
  if (raw === undefined) return { stories, problems: ctx.problems };
  if (!Array.isArray(raw)) {
    report(ctx, 'stories', `must be a list of stories, got ${show(raw)}; none loaded`, 'error');
    return { stories, problems: ctx.problems };
  }
  if (raw.length > MAX_STORIES) {
    const count = raw.length.toLocaleString('en');
    const message = `has ${count} stories, more than the ${MAX_STORIES} Chronomap reads; the first ${MAX_STORIES} loaded`;
    report(ctx, 'stories', message, 'warning');
  }
  raw.slice(0, MAX_STORIES).forEach((value, i) => {
    const story = readStory(value, i, ctx);
    if (story) stories.push(story);
  });
  return { stories, problems: ctx.problems };
}
