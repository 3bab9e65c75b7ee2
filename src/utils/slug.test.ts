import { describe, expect, it } from 'vitest';

import { slugOf } from './slug';

describe('slugOf', () => {
  it('keeps letters and digits, one dash between words, none at the ends', () => {
    expect(slugOf('  Fixture: twenty events (2024)! ')).toBe('fixture-twenty-events-2024');
  });

  it('drops accents rather than cutting the word', () => {
    expect(slugOf('Café à Muscat')).toBe('cafe-a-muscat');
  });

  it('is cut short without a dash at the end', () => {
    expect(slugOf('abc def', 4)).toBe('abc');
  });

  it('is empty when nothing is left', () => {
    expect(slugOf('«»…')).toBe('');
  });
});
