import { describe, expect, it } from 'vitest';

import { LatestQueue } from './latest-queue';

/** A queue whose runs resolve when the test says, counting holds and drains. */
function setup() {
  const runs: { state: number; finish: () => void }[] = [];
  let state = 0;
  let held = 0;
  let drains = 0;
  let paint: (() => void) | null = null;
  const queue = new LatestQueue({
    run: () =>
      new Promise<void>((resolve) => {
        runs.push({ state, finish: resolve });
      }),
    hold: () => {
      held += 1;
      let released = false;
      return () => {
        if (!released) held -= 1;
        released = true;
      };
    },
    onDrained: () => (drains += 1),
    afterPaint: (task) => {
      paint = task;
      return () => (paint = null);
    },
  });
  const settle = () => new Promise((resolve) => setTimeout(resolve));
  return {
    queue,
    runs,
    setState: (next: number) => (state = next),
    held: () => held,
    drains: () => drains,
    paint: () => paint?.(),
    settle,
  };
}

describe('LatestQueue', () => {
  it('runs one at a time, then once more with the latest state, skipping those in between', async () => {
    const t = setup();
    t.setState(1);
    t.queue.request();
    for (const state of [2, 3, 4]) {
      t.setState(state);
      t.queue.request();
    }
    expect(t.runs.map((run) => run.state)).toEqual([1]);
    t.runs[0]!.finish();
    await t.settle();
    expect(t.runs.map((run) => run.state)).toEqual([1, 4]);
    expect(t.drains()).toBe(0);
    t.runs[1]!.finish();
    await t.settle();
    expect(t.runs).toHaveLength(2);
    expect(t.drains()).toBe(1);
  });

  it('holds the idle signal from the request until the last run is done', async () => {
    const t = setup();
    t.queue.requestAfterPaint();
    expect(t.held()).toBe(1);
    expect(t.queue.waitingForPaint).toBe(true);
    t.paint();
    expect(t.queue.waitingForPaint).toBe(false);
    expect(t.held()).toBe(1);
    t.queue.request();
    t.runs[0]!.finish();
    await t.settle();
    expect(t.held()).toBe(1);
    t.runs[1]!.finish();
    await t.settle();
    expect(t.held()).toBe(0);
  });

  it('collapses the requests made before the next paint into one run', () => {
    const t = setup();
    t.queue.requestAfterPaint();
    t.queue.requestAfterPaint();
    expect(t.runs).toHaveLength(0);
    t.paint();
    expect(t.runs).toHaveLength(1);
  });

  it('drains at once when a run has nothing to do', () => {
    let drains = 0;
    const queue = new LatestQueue({
      run: () => undefined,
      hold: () => () => {},
      onDrained: () => (drains += 1),
    });
    queue.request();
    expect(drains).toBe(1);
  });

  it('keeps going after a run fails', async () => {
    let calls = 0;
    let drains = 0;
    const queue = new LatestQueue({
      run: () => (++calls === 1 ? Promise.reject(new Error('worker gone')) : Promise.resolve()),
      hold: () => () => {},
      onDrained: () => (drains += 1),
    });
    queue.request();
    queue.request();
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls).toBe(2);
    expect(drains).toBe(1);
  });

  it('runs nothing more once destroyed', async () => {
    const t = setup();
    t.queue.request();
    t.queue.request();
    t.queue.destroy();
    t.runs[0]!.finish();
    await t.settle();
    expect(t.runs).toHaveLength(1);
    expect(t.drains()).toBe(0);
    t.queue.requestAfterPaint();
    expect(t.queue.waitingForPaint).toBe(false);
  });
});
