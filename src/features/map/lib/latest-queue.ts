import { afterNextPaint } from '@/utils/after-next-paint';

import type { Release } from './idle-signal';

export interface LatestQueueOptions {
  /** One run: a promise while it works, undefined when there was nothing to do. */
  run: () => Promise<unknown> | undefined;
  /** Marks the queue's work as pending (idle-signal.ts) until the release is called. */
  hold: () => Release;
  /** Nothing runs or waits any more. */
  onDrained: () => void;
  /** Defers a task until the next frame has painted; returns its cancel (injectable for tests). */
  afterPaint?: (task: () => void) => () => void;
}

/**
 * One run in flight at a time; while it works, requests collapse into one that runs with the
 * latest state when it is done. Handing 100k points to MapLibre's worker takes a few hundred
 * milliseconds: queueing every request would draw states nobody looks at any more.
 */
export class LatestQueue {
  private inFlight = false;
  private again = false;
  private cancelWait: (() => void) | null = null;
  private releaseWait: Release | null = null;
  private destroyed = false;
  private readonly afterPaint: (task: () => void) => () => void;

  constructor(private readonly options: LatestQueueOptions) {
    this.afterPaint = options.afterPaint ?? afterNextPaint;
  }

  /** A run is waiting for the next paint. */
  get waitingForPaint(): boolean {
    return this.cancelWait !== null;
  }

  /**
   * Runs after the frame that shows the change elsewhere (the timeline, the list): a long run
   * should not hold that frame back. Requests before that frame collapse into one.
   */
  requestAfterPaint() {
    if (this.cancelWait || this.destroyed) return;
    this.releaseWait = this.options.hold();
    this.cancelWait = this.afterPaint(() => {
      this.cancelWait = null;
      this.request();
      this.releaseWait?.();
      this.releaseWait = null;
    });
  }

  /** Runs now, or once the run in flight is done. */
  request() {
    if (this.destroyed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    const release = this.options.hold();
    const running = this.options.run();
    if (!running) {
      release();
      this.options.onDrained();
      return;
    }
    this.inFlight = true;
    void running
      .catch(() => undefined)
      .then(() => {
        this.inFlight = false;
        release();
        if (this.destroyed) return;
        if (this.again) {
          this.again = false;
          this.request();
        } else this.options.onDrained();
      });
  }

  destroy() {
    this.destroyed = true;
    this.cancelWait?.();
    this.cancelWait = null;
    this.releaseWait?.();
  }
}
