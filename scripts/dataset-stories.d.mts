/** Types of scripts/dataset-stories.mjs, for the unit tests that use it. */
interface RawStoryEvent {
  id?: unknown;
  date?: unknown;
  endDate?: unknown;
  category?: unknown;
  actors?: readonly string[];
  sources?: readonly { url?: unknown }[];
}

export const VIEW_KEYS: readonly string[];
export const EXCLUDED_VIEW_KEYS: readonly string[];
export function dateSpan(text: unknown): { start: number; end: number } | null;
export function lintStories(
  stories: unknown,
  events: readonly RawStoryEvent[],
  categories: readonly { id?: unknown }[] | undefined,
): { problems: string[]; warnings: string[] };
