import { describe, expect, it } from 'vitest';

import { createAppStore } from '../app-store';

describe('the time window while it is dragged', () => {
  it('is marked as scrubbing until the drag ends, even when the last step does not move it', () => {
    const store = createAppStore();
    const notified: boolean[] = [];
    store.subscribe((state) => notified.push(state.scrubbing));
    store.getState().setWindow({ start: 0, end: 10 }, true);
    expect(store.getState().scrubbing).toBe(true);
    store.getState().setWindow({ start: 5, end: 15 }, true);
    // Released where it was: only the scrubbing flag changes.
    store.getState().setWindow({ start: 5, end: 15 });
    expect(store.getState()).toMatchObject({ window: { start: 5, end: 15 }, scrubbing: false });
    // Nothing changed: no one is notified.
    store.getState().setWindow({ start: 5, end: 15 });
    expect(notified).toEqual([true, true, false]);
  });
});
