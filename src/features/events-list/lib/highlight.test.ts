import { describe, expect, it } from 'vitest';

import { highlightParts } from './highlight';

const marked = (text: string, terms: string[]) =>
  highlightParts(text, terms)
    .filter((part) => part.match)
    .map((part) => part.text);

describe('highlightParts', () => {
  it('marks every match of every term, case-insensitively, and keeps the text whole', () => {
    const parts = highlightParts('Tanker hit; tanker sank', ['TANKER', 'sank']);
    expect(parts.map((part) => part.text).join('')).toBe('Tanker hit; tanker sank');
    expect(marked('Tanker hit; tanker sank', ['TANKER', 'sank'])).toEqual([
      'Tanker',
      'tanker',
      'sank',
    ]);
  });

  it('marks the right letters after one whose lower case is longer (İ)', () => {
    // "İstanbul".toLowerCase() has 9 code units: a position in it is one past the original's.
    expect(marked('Near İstanbul port', ['port'])).toEqual(['port']);
    expect(marked('İstanbul', ['stan'])).toEqual(['stan']);
    expect(marked('İstanbul', ['i̇st'])).toEqual(['İst']);
    expect(marked('İZMİR and İstanbul', ['bul'])).toEqual(['bul']);
  });

  it('matches ß and letters outside the basic plane where they are', () => {
    expect(marked('Große Straße', ['straße'])).toEqual(['Straße']);
    expect(marked('GROẞE Straße', ['große'])).toEqual(['GROẞE']);
    expect(marked('𐐀𐐀 x', ['𐐨', 'x'])).toEqual(['𐐀𐐀', 'x']);
  });

  it('keeps combining marks with the letter they belong to', () => {
    const decomposed = 'Cafe\u0301 Sana\u0301\u02bca';
    expect(marked(decomposed, ['cafe'])).toEqual(['Cafe\u0301']);
    expect(marked(decomposed, ['sana'])).toEqual(['Sana\u0301']);
  });

  it('marks nothing without terms', () => {
    expect(highlightParts('Anything', [])).toEqual([{ text: 'Anything', match: false }]);
  });
});
