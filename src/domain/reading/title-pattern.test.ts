import { describe, expect, it } from 'vitest';

import { patternColumns, renderPattern, soleColumn } from './title-pattern';

const cells = (values: Record<string, string>) => (column: string) => values[column];

describe('title patterns', () => {
  it('fills columns into the text around them', () => {
    expect(renderPattern('{first} {last}', cells({ first: 'Ali', last: 'Bagheri Kani' }))).toBe(
      'Ali Bagheri Kani',
    );
    expect(renderPattern('M {mag} – {place}', cells({ mag: '4.5', place: 'Off Aden' }))).toBe(
      'M 4.5 – Off Aden',
    );
  });

  it('drops an empty column with the text that joins it to the one before', () => {
    const pattern = '{actor1} vs {actor2}';
    expect(renderPattern(pattern, cells({ actor1: 'Houthis', actor2: '' }))).toBe('Houthis');
    expect(renderPattern(pattern, cells({ actor1: '', actor2: 'US' }))).toBe('US');
    expect(renderPattern(pattern, cells({}))).toBe('');
  });

  it('reads a pattern without braces as fixed text', () => {
    expect(renderPattern('Earthquake', cells({}))).toBe('Earthquake');
  });

  it('names the columns it uses', () => {
    expect(patternColumns('{a} and {b c}')).toEqual(['a', 'b c']);
    expect(soleColumn('{title}')).toBe('title');
    expect(soleColumn('{a} {b}')).toBeUndefined();
    expect(soleColumn('Event: {a}')).toBeUndefined();
  });
});
