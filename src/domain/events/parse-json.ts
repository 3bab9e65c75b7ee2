import { buildDataset, type BuildResult } from './build-dataset';
import { DatasetError, MAX_EVENTS } from './dataset-error';
import { readJsonHeader } from './read-header';
import { readStories } from '../stories/read-stories';

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** JSON.parse with a message a reader can act on. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(stripBom(text));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new DatasetError(`The file is not valid JSON (${detail}). Is it complete?`);
  }
}

/** The app's own format: `{ version, title, categories, events: [...] }`, or a bare array of events. */
export function parseChronomapJson(value: unknown): BuildResult {
  const file = Array.isArray(value) ? { events: value } : value;
  if (file === null || typeof file !== 'object') {
    throw new DatasetError(
      'The file is JSON but not a dataset: expected an object with an "events" list.',
    );
  }
  const events = (file as { events?: unknown }).events;
  if (!Array.isArray(events)) {
    throw new DatasetError('The file has no "events" list, so there is nothing to show.', 'empty');
  }
  if (events.length === 0) throw new DatasetError('The file\'s "events" list is empty.', 'empty');
  if (events.length > MAX_EVENTS) {
    throw new DatasetError(
      `The file has ${events.length.toLocaleString('en')} events; the limit is ${MAX_EVENTS.toLocaleString('en')}.`,
      'too-large',
    );
  }
  const { header, problems } = readJsonHeader(file as Record<string, unknown>);
  const result = buildDataset(header, events);
  // Stories are checked against the events that loaded: read once the dataset is built.
  const stories = readStories((file as { stories?: unknown }).stories, result.dataset);
  result.dataset.stories = stories.stories;
  // About the file as a whole, so before the records'; concat, as stories' may be too many to spread.
  result.problems = problems.concat(stories.problems, result.problems);
  return result;
}
