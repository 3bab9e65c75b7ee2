import { describe, expect, it } from 'vitest';

import { countOf, plural } from './plural';

describe('plural', () => {
  it('is singular for exactly one and plural otherwise', () => {
    expect(plural(1, 'event')).toBe('event');
    expect(plural(0, 'event')).toBe('events');
    expect(plural(2, 'event')).toBe('events');
    expect(plural(1.5, 'event')).toBe('events');
  });

  it('takes an irregular plural', () => {
    expect(plural(1, 'entry', 'entries')).toBe('entry');
    expect(plural(3, 'entry', 'entries')).toBe('entries');
  });
});

describe('countOf', () => {
  it('puts the count before its word, with thousands separators', () => {
    expect(countOf(1, 'row')).toBe('1 row');
    expect(countOf(0, 'row')).toBe('0 rows');
    expect(countOf(12_345, 'record')).toBe('12,345 records');
    expect(countOf(1_000_000, 'feature')).toBe('1,000,000 features');
  });
});
