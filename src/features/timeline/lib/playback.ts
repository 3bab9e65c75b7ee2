import type { TimeWindow } from '@/domain/events/filter-events';

import { DAY } from './time-scale';

export type Speed = 'day' | 'week' | 'month';

/** Data time covered per second of playback. */
export const SPEED_MS: Record<Speed, number> = { day: DAY, week: 7 * DAY, month: 30 * DAY };

export const SPEED_LABEL: Record<Speed, string> = {
  day: '1 day/s',
  week: '1 week/s',
  month: '1 month/s',
};

/** The window playback starts from when none is set: a slice at the start of the data. */
export function initialPlaybackWindow(extent: [number, number], speed: Speed): TimeWindow {
  const width = Math.min(SPEED_MS[speed] * 4, Math.max(DAY, (extent[1] - extent[0]) / 6));
  const start = Math.floor(extent[0] / DAY) * DAY;
  return { start, end: start + Math.ceil(width / DAY) * DAY };
}

export type PlaybackStep = { window: TimeWindow; done: false } | { window: TimeWindow; done: true };

/**
 * One frame of playback: moves the window forward by `elapsedMs` of wall time. At the end of the
 * data it stops there, or starts over from the beginning when looping.
 */
export function advance(
  window: TimeWindow,
  elapsedMs: number,
  speed: Speed,
  extent: [number, number],
  loop: boolean,
): PlaybackStep {
  const width = window.end - window.start;
  const step = (SPEED_MS[speed] * Math.min(elapsedMs, 250)) / 1000;
  const next = { start: window.start + step, end: window.end + step };
  if (next.end < extent[1]) return { window: next, done: false };
  if (loop) {
    const start = Math.floor(extent[0] / DAY) * DAY;
    return { window: { start, end: start + width }, done: false };
  }
  return { window: { start: extent[1] - width, end: extent[1] }, done: true };
}

/** Runs playback on animation frames while `isPlaying()`; `apply` receives each new window. */
export class PlaybackLoop {
  private frame = 0;
  private last = 0;

  constructor(
    private readonly read: () => {
      playing: boolean;
      window: TimeWindow | null;
      speed: Speed;
      loop: boolean;
      extent: [number, number] | null;
    },
    private readonly apply: (window: TimeWindow, done: boolean) => void,
  ) {}

  start() {
    if (this.frame) return;
    this.last = performance.now();
    this.frame = requestAnimationFrame(this.tick);
  }

  stop() {
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }

  private tick = (now: number) => {
    this.frame = 0;
    const { playing, window, speed, loop, extent } = this.read();
    if (!playing || !extent) return;
    const elapsed = now - this.last;
    this.last = now;
    const current = window ?? initialPlaybackWindow(extent, speed);
    const step = window
      ? advance(current, elapsed, speed, extent, loop)
      : { window: current, done: false };
    this.apply(step.window, step.done);
    if (!step.done) this.frame = requestAnimationFrame(this.tick);
  };
}
