import { describe, expect, it } from 'vitest';

import { nextIndex, withActive } from './list-keys';

describe('nextIndex', () => {
  it('steps, jumps to the ends and pages, never past either end', () => {
    expect(nextIndex('ArrowDown', 0, 5, 3)).toBe(1);
    expect(nextIndex('ArrowDown', 4, 5, 3)).toBe(4);
    expect(nextIndex('ArrowUp', 0, 5, 3)).toBe(0);
    expect(nextIndex('ArrowUp', 3, 5, 3)).toBe(2);
    expect(nextIndex('Home', 3, 5, 3)).toBe(0);
    expect(nextIndex('End', 0, 5, 3)).toBe(4);
    expect(nextIndex('PageDown', 0, 5, 3)).toBe(3);
    expect(nextIndex('PageDown', 3, 5, 3)).toBe(4);
    expect(nextIndex('PageUp', 4, 5, 3)).toBe(1);
    expect(nextIndex('PageUp', 1, 5, 0)).toBe(0);
  });

  it('leaves other keys, and an empty list, alone', () => {
    expect(nextIndex('Tab', 0, 5, 3)).toBeNull();
    expect(nextIndex('j', 0, 5, 3)).toBeNull();
    expect(nextIndex('ArrowDown', 0, 0, 3)).toBeNull();
  });
});

describe('withActive', () => {
  it('adds the active row to the rendered range, in order', () => {
    expect(withActive([3, 4, 5], 4)).toEqual([3, 4, 5]);
    expect(withActive([3, 4, 5], 0)).toEqual([0, 3, 4, 5]);
    expect(withActive([3, 4, 5], 9)).toEqual([3, 4, 5, 9]);
    expect(withActive([3, 4, 5], -1)).toEqual([3, 4, 5]);
  });
});
