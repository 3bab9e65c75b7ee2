import { sameWindow, type TimeWindow } from '@/domain/events/time-window';
import { DAY, WEEK } from '@/domain/time/units';
import type { PlaybackSpeed } from '@/store/slices/time-slice';

/** Data time covered per second of playback. */
export const SPEED_MS: Record<PlaybackSpeed, number> = { day: DAY, week: WEEK, month: 30 * DAY };

export const SPEED_LABEL: Record<PlaybackSpeed, string> = {
  day: '1 day/s',
  week: '1 week/s',
  month: '1 month/s',
};

/** The window playback starts from when none is set: a slice at the start of the data. */
export function initialPlaybackWindow(extent: [number, number], speed: PlaybackSpeed): TimeWindow {
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
  speed: PlaybackSpeed,
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

/** Whether a window starts and ends on UTC midnights, so it reads and links as plain dates. */
export function isWholeDays(window: TimeWindow): boolean {
  return window.start % DAY === 0 && window.end % DAY === 0;
}

/** The whole-day window a moving one shows: from the day it is in, at least a day wide. */
export function wholeDays(window: TimeWindow): TimeWindow {
  const start = Math.floor(window.start / DAY) * DAY;
  const width = Math.max(DAY, Math.round((window.end - window.start) / DAY) * DAY);
  return { start, end: start + width };
}

/**
 * Runs playback on animation frames while `isPlaying()`; `apply` receives each new window.
 *
 * When the data is in days, or the window is whole days, playback moves in whole days: it keeps
 * the exact, fractional position to itself and hands over a window only when it enters another
 * day. The readout, the list and the link then stay in dates ("12 Jan 2024", `from=2024-01-12`),
 * each day's events arrive together, and at a week or a month per second the steps (7 to 30 a
 * second) still read as motion. Finer data with a finer window plays on smoothly, frame by frame.
 */
export class PlaybackLoop {
  private frame = 0;
  private last = 0;
  /** Where playback really is, between the whole days it shows. */
  private exact: TimeWindow | null = null;
  /** What it last handed over: another window in the store means someone moved it. */
  private shown: TimeWindow | null = null;

  constructor(
    private readonly read: () => {
      playing: boolean;
      window: TimeWindow | null;
      speed: PlaybackSpeed;
      loop: boolean;
      extent: [number, number] | null;
      /** Every event is dated to the day (or month): no time of day to play through. */
      inDays?: boolean;
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
    this.exact = null;
    this.shown = null;
  }

  private tick = (now: number) => {
    this.frame = 0;
    const { playing, window, speed, loop, extent, inDays = false } = this.read();
    if (!playing || !extent) return;
    const elapsed = now - this.last;
    this.last = now;
    if (!window) {
      this.hand(initialPlaybackWindow(extent, speed), false, false);
      this.frame = requestAnimationFrame(this.tick);
      return;
    }
    const ours = this.exact && this.shown && sameWindow(window, this.shown);
    const from = ours && this.exact ? this.exact : window;
    const step = advance(from, elapsed, speed, extent, loop);
    this.exact = step.window;
    const days = inDays || isWholeDays(window);
    const next = days ? wholeDays(step.window) : step.window;
    this.hand(next, step.done, !step.done && sameWindow(next, window));
    if (!step.done) this.frame = requestAnimationFrame(this.tick);
  };

  private hand(window: TimeWindow, done: boolean, unchanged: boolean) {
    this.shown = window;
    if (!unchanged) this.apply(window, done);
  }
}
