import { describe, expect, it } from 'vitest';

import { DAY } from '@/domain/time/units';

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

describe('the first key press, with no window yet', () => {
  const padded: [number, number] = [extent[0] - 3 * DAY - 5, extent[1] + 3 * DAY];

  it('opens a week from the first day of the data, not before it', () => {
    expect(windowForKey('ArrowRight', false, null, extent, padded)).toEqual({
      start: jan(2),
      end: jan(9),
    });
    expect(windowForKey('Home', false, null, extent, padded)).toEqual({
      start: jan(2),
      end: jan(9),
    });
  });

  it('opens at the first whole day in view when the view starts inside the data', () => {
    const zoomed: [number, number] = [jan(20) + 5, jan(40)];
    expect(windowForKey('ArrowRight', true, null, extent, zoomed)).toEqual({
      start: jan(21),
      end: jan(28),
    });
  });

  it('opens a week up to the end of the data going back', () => {
    expect(windowForKey('ArrowLeft', false, null, extent, padded)).toEqual({
      start: extent[1] - 7 * DAY,
      end: extent[1],
    });
    expect(windowForKey('End', false, null, extent, padded)).toEqual({
      start: extent[1] - 7 * DAY,
      end: extent[1],
    });
  });

  it('has nothing to clear', () => {
    expect(windowForKey('Delete', false, null, extent, padded)).toBeNull();
  });
});
