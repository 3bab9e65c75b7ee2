import { describe, expect, it } from 'vitest';

import { advance, initialPlaybackWindow, SPEED_MS } from './playback';
import { DAY } from './time-scale';

const extent: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2024, 3, 1)];

describe('playback', () => {
  it('moves the window by the speed per second of wall time, keeping its width', () => {
    const window = { start: Date.UTC(2024, 0, 1), end: Date.UTC(2024, 0, 8) };
    const step = advance(window, 200, 'week', extent, false);
    expect(step.done).toBe(false);
    expect(step.window.start - window.start).toBe(SPEED_MS.week / 5);
    expect(step.window.end - step.window.start).toBe(7 * DAY);
  });

  it('stops at the end of the data', () => {
    const window = { start: extent[1] - 8 * DAY, end: extent[1] - DAY };
    const step = advance(window, 1000, 'week', extent, false);
    expect(step).toEqual({ done: true, window: { start: extent[1] - 7 * DAY, end: extent[1] } });
  });

  it('starts over when looping', () => {
    const window = { start: extent[1] - 8 * DAY, end: extent[1] - DAY };
    expect(advance(window, 1000, 'month', extent, true)).toEqual({
      done: false,
      window: { start: extent[0], end: extent[0] + 7 * DAY },
    });
  });

  it('never jumps more than a quarter second of playback after a stall', () => {
    const window = { start: extent[0], end: extent[0] + DAY };
    expect(advance(window, 10_000, 'day', extent, false).window.start - window.start).toBe(DAY / 4);
  });

  it('starts from a slice at the beginning of the data', () => {
    const window = initialPlaybackWindow(extent, 'week');
    expect(window.start).toBe(extent[0]);
    expect(window.end - window.start).toBe(16 * DAY);
  });
});
