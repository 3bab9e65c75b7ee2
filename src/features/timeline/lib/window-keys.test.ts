import { describe, expect, it } from 'vitest';

import { DAY } from './time-scale';
import { windowForKey } from './window-keys';

const jan = (d: number) => Date.UTC(2024, 0, d);
const current = { start: jan(10), end: jan(17) };
const extent: [number, number] = [jan(2), Date.UTC(2024, 3, 13)];

describe('windowForKey', () => {
  it('moves by a day, a week with Shift, a month with Page keys', () => {
    expect(windowForKey('ArrowRight', false, current, extent)).toEqual({
      start: jan(11),
      end: jan(18),
    });
    expect(windowForKey('ArrowLeft', true, current, extent)).toEqual({
      start: jan(3),
      end: jan(10),
    });
    expect(windowForKey('PageDown', false, current, extent)).toEqual({
      start: jan(40),
      end: jan(47),
    });
  });

  it('jumps to the data’s start and end keeping the width', () => {
    expect(windowForKey('Home', false, current, extent)).toEqual({ start: jan(2), end: jan(9) });
    expect(windowForKey('End', false, current, extent)).toEqual({
      start: extent[1] - 7 * DAY,
      end: extent[1],
    });
  });

  it('clears on Delete and ignores other keys', () => {
    expect(windowForKey('Delete', false, current, extent)).toBe('clear');
    expect(windowForKey('a', false, current, extent)).toBeNull();
  });
});
