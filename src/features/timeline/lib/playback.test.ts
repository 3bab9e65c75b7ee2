import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import type { TimeWindow } from '@/domain/events/time-window';
import { DAY, HOUR } from '@/domain/time/units';
import type { PlaybackSpeed } from '@/store/slices/time-slice';

import {
  advance,
  initialPlaybackWindow,
  isWholeDays,
  PlaybackLoop,
  SPEED_MS,
  wholeDays,
} from './playback';

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

describe('whole days', () => {
  it('knows a window of whole days', () => {
    expect(isWholeDays({ start: extent[0], end: extent[0] + 3 * DAY })).toBe(true);
    expect(isWholeDays({ start: extent[0] + 1, end: extent[0] + 3 * DAY })).toBe(false);
  });

  it('shows a moving window from the day it is in, at least a day wide', () => {
    expect(wholeDays({ start: extent[0] + 0.9 * DAY, end: extent[0] + 7.9 * DAY })).toEqual({
      start: extent[0],
      end: extent[0] + 7 * DAY,
    });
    expect(wholeDays({ start: extent[0] + 0.2 * DAY, end: extent[0] + 0.4 * DAY })).toEqual({
      start: extent[0],
      end: extent[0] + DAY,
    });
  });
});

describe('PlaybackLoop', () => {
  let frames: ((now: number) => void)[] = [];
  beforeEach(() => {
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: (now: number) => void) => {
      frames.push(callback);
      return frames.length;
    });
    vi.stubGlobal('cancelAnimationFrame', () => {});
    vi.spyOn(performance, 'now').mockReturnValue(0);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  /** A store of one window, played for `seconds` at 60 frames a second. */
  function play(
    window: TimeWindow | null,
    speed: PlaybackSpeed,
    seconds: number,
    inDays?: boolean,
  ) {
    const state = { window, applied: [] as TimeWindow[] };
    const loop = new PlaybackLoop(
      () => ({ playing: true, window: state.window, speed, loop: false, extent, inDays }),
      (next) => {
        state.window = next;
        state.applied.push(next);
      },
    );
    loop.start();
    for (let frame = 1; frame <= seconds * 60; frame++) frames.shift()?.((frame * 1000) / 60);
    return { ...state, loop };
  }

  it('moves a whole-day window in whole days, a day at a time', () => {
    const start = { start: extent[0], end: extent[0] + 7 * DAY };
    const { applied, window } = play(start, 'week', 1);
    expect(applied.every(isWholeDays)).toBe(true);
    expect(applied.map((w) => (w.start - extent[0]) / DAY)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(window?.end).toBe(extent[0] + 14 * DAY);
  });

  it('hands over nothing between days at a day per second', () => {
    const { applied } = play({ start: extent[0], end: extent[0] + DAY }, 'day', 2.5);
    expect(applied).toEqual([
      { start: extent[0] + DAY, end: extent[0] + 2 * DAY },
      { start: extent[0] + 2 * DAY, end: extent[0] + 3 * DAY },
    ]);
  });

  it('brings a window with a clock time back to whole days when the data is in days', () => {
    const odd = { start: extent[0] + 0.3 * DAY, end: extent[0] + 7.3 * DAY };
    const { applied } = play(odd, 'week', 0.5, true);
    expect(applied.length).toBeGreaterThan(0);
    expect(applied.every(isWholeDays)).toBe(true);
  });

  it('plays a finer window of finer data on smoothly, every frame', () => {
    const fine = { start: extent[0] + HOUR, end: extent[0] + 7 * DAY };
    const { applied } = play(fine, 'week', 0.5);
    expect(applied).toHaveLength(30);
  });

  it('starts from a whole-day slice when there is no window', () => {
    const { applied } = play(null, 'week', 1 / 60);
    expect(applied).toEqual([initialPlaybackWindow(extent, 'week')]);
  });
});
