import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { Autoplay, readingPauseMs } from './autoplay';

describe('autoplay', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('moves on after each pause, and stops by itself after the last step', () => {
    const target = new EventTarget();
    let step = 1;
    const stopped = vi.fn();
    const play = new Autoplay(
      () => {
        if (step === 3) return false;
        step += 1;
        play.schedule(1000);
        return true;
      },
      stopped,
      target,
    );
    play.schedule(1000);
    vi.advanceTimersByTime(999);
    expect(step).toBe(1);
    vi.advanceTimersByTime(1);
    expect(step).toBe(2);
    vi.advanceTimersByTime(2000);
    expect(step).toBe(3);
    expect(play.running).toBe(false);
    expect(stopped).toHaveBeenCalledTimes(1);
  });

  it('pauses at the first thing the reader does', () => {
    const target = new EventTarget();
    const next = vi.fn(() => true);
    const stopped = vi.fn();
    const play = new Autoplay(next, stopped, target);
    play.schedule(1000);
    target.dispatchEvent(new Event('pointerdown'));
    vi.advanceTimersByTime(5000);
    expect(next).not.toHaveBeenCalled();
    expect(stopped).toHaveBeenCalledTimes(1);
    expect(play.running).toBe(false);
  });

  it('gives longer text a longer pause, within bounds', () => {
    expect(readingPauseMs('')).toBe(5000);
    expect(readingPauseMs('word '.repeat(60))).toBe(20_000);
    expect(readingPauseMs('word '.repeat(1000))).toBe(30_000);
  });
});
