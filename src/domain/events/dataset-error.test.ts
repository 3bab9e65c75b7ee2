import { describe, expect, it } from 'vitest';

import { nothingLoaded } from './dataset-error';
import type { DataProblem } from './types';

const skipped = (record: number, field = 'date'): DataProblem => ({
  record,
  field,
  message: 'is missing',
  severity: 'error',
});

describe('nothingLoaded', () => {
  it('is an empty file’s error, counting each skipped record once in the file’s own word', () => {
    const error = nothingLoaded([skipped(1), skipped(1, 'title'), skipped(2)], 'row');
    expect(error.kind).toBe('empty');
    expect(error.message).toBe('No event could load: all 2 rows were skipped.');
  });

  it('speaks of one record as one', () => {
    expect(nothingLoaded([skipped(1)], 'event').message).toBe(
      'No event could load: its one record was skipped.',
    );
    expect(nothingLoaded([skipped(1)], 'feature').message).toBe(
      'No event could load: its one feature was skipped.',
    );
  });

  it('does not count warnings as skipped', () => {
    const warning: DataProblem = {
      record: 0,
      field: 'categories',
      message: 'x',
      severity: 'warning',
    };
    expect(nothingLoaded([warning], 'event').message).toBe(
      'No event could load: the file has none.',
    );
  });
});
