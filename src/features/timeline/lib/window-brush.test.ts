import { describe, expect, it } from 'vitest';

import { DAY, HOUR } from '@/domain/time/units';

import { createTimeScale } from './time-scale';
import { snapWindow } from './window-brush';

const jan1 = Date.UTC(2024, 0, 1);
/** 31 days over 1,000 px: a pixel is about 45 minutes, so windows snap to days. */
const month = createTimeScale([jan1, jan1 + 31 * DAY], [0, 1000]);
/** Two days over 1,000 px: a pixel is about 3 minutes, so windows snap to hours. */
const twoDays = createTimeScale([jan1, jan1 + 2 * DAY], [0, 1000]);
const px = (scale: typeof month, ms: number) => scale(ms);

describe('snapWindow', () => {
  it('snaps a drawn window to whole days when zoomed out', () => {
    const selection: [number, number] = [px(month, jan1 + 2.3 * DAY), px(month, jan1 + 9.6 * DAY)];
    expect(snapWindow(selection, month, 1000, null, false)).toEqual({
      start: jan1 + 2 * DAY,
      end: jan1 + 10 * DAY,
    });
  });

  it('snaps to hours when zoomed in', () => {
    const selection: [number, number] = [
      px(twoDays, jan1 + 3.2 * HOUR),
      px(twoDays, jan1 + 7.7 * HOUR),
    ];
    expect(snapWindow(selection, twoDays, 1000, null, false)).toEqual({
      start: jan1 + 3 * HOUR,
      end: jan1 + 8 * HOUR,
    });
  });

  it('makes a drawn window at least one unit long', () => {
    const x = px(month, jan1 + 5 * DAY);
    expect(snapWindow([x, x + 3], month, 1000, null, false)).toEqual({
      start: jan1 + 5 * DAY,
      end: jan1 + 6 * DAY,
    });
  });

  it('keeps the length of a window being moved', () => {
    const current = { start: jan1, end: jan1 + 7 * DAY };
    const selection: [number, number] = [
      px(month, jan1 + 10.1 * DAY),
      px(month, jan1 + 16.8 * DAY),
    ];
    expect(snapWindow(selection, month, 1000, current, true)).toEqual({
      start: jan1 + 10 * DAY,
      end: jan1 + 17 * DAY,
    });
  });
});
