import { countOf } from '@/utils/plural';

import { recordNoun, type DataProblem, type RecordKind } from './types';

/** A dataset that cannot be used at all; the message names the cause in words a reader can act on. */
export class DatasetError extends Error {
  override readonly name = 'DatasetError';
  constructor(
    message: string,
    readonly kind:
      'format' | 'empty' | 'too-large' | 'network' | 'http' | 'timeout' | 'cancelled' = 'format',
  ) {
    super(message);
  }
}

export const MAX_EVENTS = 2_000_000;
export const MAX_BYTES = 100 * 1024 * 1024;

/**
 * A file none of whose records loaded cannot be shown, like an empty one; the message counts what
 * was skipped, and Data problems says why.
 */
export function nothingLoaded(problems: readonly DataProblem[], kind: RecordKind): DatasetError {
  const skipped = new Set<number>();
  for (const problem of problems) if (problem.severity === 'error') skipped.add(problem.record);
  const noun = recordNoun(kind);
  const why =
    skipped.size === 0
      ? 'the file has none'
      : skipped.size === 1
        ? `its one ${noun} was skipped`
        : `all ${countOf(skipped.size, noun)} were skipped`;
  return new DatasetError(`No event could load: ${why}.`, 'empty');
}
