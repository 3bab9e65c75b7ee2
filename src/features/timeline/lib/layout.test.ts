import { describe, expect, it } from 'vitest';

import { gutterFor, shortLabel } from './layout';

/** A font where every character is 6 px wide. */
const measure = (text: string) => text.length * 6;

describe('gutterFor', () => {
  it('makes room for the longest label, as cut short', () => {
    expect(gutterFor(['Diplomacy'], measure)).toBe(80 + 28);
    expect(gutterFor(['Diplomacy', 'Attacks on shipping'], measure)).toBe(19 * 6 + 28);
    const long = 'Strikes on energy infrastructure';
    expect(gutterFor([long], measure)).toBe(shortLabel(long).length * 6 + 28);
  });

  it('never takes more than 200 px of the plot', () => {
    expect(gutterFor(['x'.repeat(26)], (text) => text.length * 20)).toBe(200);
  });
});

describe('shortLabel', () => {
  it('cuts labels over 26 characters, with an ellipsis', () => {
    expect(shortLabel('Diplomacy')).toBe('Diplomacy');
    expect(shortLabel('a'.repeat(30))).toBe(`${'a'.repeat(25)}…`);
  });
});
