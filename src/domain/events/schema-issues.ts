import type { z } from 'zod';

import type { DataProblem } from './types';

/** A field's path as problems name it: `sources[2].url`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

/** The record's id as far as it can be read, to name a record the schema refused. */
export function rawId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id.length <= 200) return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return undefined;
}

/** The schema's issues as problems, one per field. */
export function reportIssues(
  record: number,
  id: string | undefined,
  error: z.ZodError,
  problems: DataProblem[],
) {
  // One line per field is enough to fix a record; zod may report several for one value.
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = formatPath(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ record, id, field, message: issue.message, severity: 'error' });
  }
}
