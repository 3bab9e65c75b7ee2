/**
 * Drafts: every story written or changed in the app is kept in the browser's storage, per
 * dataset, so a reload (or a closed tab) loses nothing; the dataset's own file is untouched
 * until the author saves it.
 */
import type { Story, StoryStep } from '@/domain/stories/types';
import type { AppState, AppStore } from '@/store/app-store';
import type { DatasetSource } from '@/store/slices/data-slice';

const PREFIX = 'chronomap:story-drafts:';

export interface Drafts {
  /** The stories that differ from the dataset's own (or that it does not have). */
  stories: Story[];
  /** The story open in the editor, to open it again. */
  editing: string | null;
}

const NO_DRAFTS: Drafts = { stories: [], editing: null };

function sourceName(source: DatasetSource): string {
  return source.kind === 'file' ? source.name : source.url;
}

/** Drafts belong to a dataset: its title, and the file or address it came from. */
export function draftsKey(title: string, source: DatasetSource): string {
  return `${PREFIX}${title} · ${sourceName(source)}`;
}

const isString = (value: unknown): value is string => typeof value === 'string';

function isStep(value: unknown): value is StoryStep {
  const step = value as Partial<StoryStep> | null;
  return (
    typeof step === 'object' &&
    step !== null &&
    isString(step.title) &&
    isString(step.text) &&
    isString(step.view) &&
    Array.isArray(step.events) &&
    step.events.every(isString)
  );
}

/** Storage is the author's own, but it may be old or edited by hand: only whole stories come back. */
function isStory(value: unknown): value is Story {
  const story = value as Partial<Story> | null;
  return (
    typeof story === 'object' &&
    story !== null &&
    isString(story.id) &&
    isString(story.title) &&
    (story.summary === undefined || isString(story.summary)) &&
    Array.isArray(story.steps) &&
    story.steps.every(isStep)
  );
}

export function readDrafts(key: string): Drafts {
  try {
    const text = globalThis.localStorage?.getItem(key);
    if (!text) return NO_DRAFTS;
    const saved = JSON.parse(text) as Partial<Drafts> | null;
    const stories = Array.isArray(saved?.stories) ? saved.stories.filter(isStory) : [];
    const editing = isString(saved?.editing) ? saved.editing : null;
    return { stories, editing };
  } catch {
    return NO_DRAFTS;
  }
}

export function writeDrafts(key: string, drafts: Drafts) {
  try {
    if (drafts.stories.length === 0 && drafts.editing === null)
      globalThis.localStorage?.removeItem(key);
    else globalThis.localStorage?.setItem(key, JSON.stringify(drafts));
  } catch {
    // Private mode or a full storage: the drafts last for this visit only.
  }
}

const sameStory = (a: Story | undefined, b: Story) => JSON.stringify(a) === JSON.stringify(b);

/** The stories the app has that the dataset's own file does not have as they are. */
export function draftsOf(own: readonly Story[], stories: readonly Story[]): Story[] {
  const byId = new Map(own.map((story) => [story.id, story]));
  return stories.filter((story) => !sameStory(byId.get(story.id), story));
}

/** The dataset's stories with the drafts in: a draft replaces the story of its id, in place. */
export function mergeDrafts(own: readonly Story[], drafts: readonly Story[]): Story[] {
  const byId = new Map(drafts.map((story) => [story.id, story]));
  const ownIds = new Set(own.map((story) => story.id));
  return [
    ...own.map((story) => byId.get(story.id) ?? story),
    ...drafts.filter((story) => !ownIds.has(story.id)),
  ];
}

/** Whether a story has changes of the app's own: new, or not as the dataset has it. */
export function isDraft(state: AppState, story: Story): boolean {
  return !sameStory(
    state.dataset?.stories.find((s) => s.id === story.id),
    story,
  );
}

/**
 * Keeps the drafts: brings a dataset's back when it loads (and the editor, if it was open), and
 * saves every change to its stories or to what the editor has open. Subscribe it before the URL
 * sync, so that a link to a draft's story finds it.
 */
export function startStoryDrafts(store: AppStore): () => void {
  let dataset: AppState['dataset'] = null;
  let key: string | null = null;
  let stories: AppState['stories'] = store.getState().stories;
  let editing: AppState['editingStory'] = store.getState().editingStory;

  const restore = (state: AppState) => {
    dataset = state.dataset;
    key =
      dataset && state.load.status === 'ready' ? draftsKey(dataset.title, state.load.source) : null;
    const drafts = key ? readDrafts(key) : NO_DRAFTS;
    const merged = mergeDrafts(state.stories, drafts.stories);
    const open = merged.some((story) => story.id === drafts.editing) ? drafts.editing : null;
    stories = merged;
    editing = open;
    if (drafts.stories.length || open) store.setState({ stories: merged, editingStory: open });
  };

  return store.subscribe((state) => {
    // The dataset first: a new one's stories are its own, not drafts of the last one's.
    if (state.dataset !== dataset) return restore(state);
    if (state.stories === stories && state.editingStory === editing) return;
    stories = state.stories;
    editing = state.editingStory;
    if (key && dataset) writeDrafts(key, { stories: draftsOf(dataset.stories, stories), editing });
  });
}
