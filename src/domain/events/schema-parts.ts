/**
 * The pieces of the dataset schema that other parts of a file (its stories) are read with too:
 * the same limits, the same messages. schema.ts builds the events from them.
 */
import { z } from 'zod';

export const MAX_TITLE_LENGTH = 500;
export const MAX_TEXT_LENGTH = 20_000;
export const MAX_NAME_LENGTH = 200;
export const MAX_LIST_LENGTH = 200;

/** A value as it appeared in the file, quoted when it is text, cut short when long. */
export const show = (input: unknown): string => {
  // Never serialise lists or objects: a hostile file can nest them deep enough to overflow the stack.
  if (Array.isArray(input)) return 'a list';
  if (input !== null && typeof input === 'object') return 'an object';
  const text =
    typeof input === 'string'
      ? JSON.stringify(input.length > 80 ? input.slice(0, 80) : input)
      : String(input);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/** A value of the wrong type, or none at all: "is missing" says which. */
export const wrongType =
  (what: string) =>
  (issue: { input: unknown }): string =>
    issue.input === undefined ? 'is missing' : `must be ${what}, got ${show(issue.input)}`;

export const text = (max: number, what = 'text') =>
  z
    .string({ error: wrongType(what) })
    .trim()
    .max(max, { error: `is too long (over ${max.toLocaleString('en')} characters)` });

export const requiredText = (max: number) => text(max).min(1, { error: 'is empty' });

export const idSchema = z
  .string({ error: wrongType('text') })
  .trim()
  .min(1, { error: 'is empty' })
  .max(MAX_NAME_LENGTH, { error: `is too long (over ${MAX_NAME_LENGTH} characters)` })
  .describe('Unique, stable identifier; used in links (?event=...).');
