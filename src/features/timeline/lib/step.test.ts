import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { stepEvent } from './step';

const day = (d: number) => Date.UTC(2024, 0, d);
const dataset = makeDataset([
  rawEvent({ id: 'a', date: '2024-01-02' }),
  rawEvent({ id: 'b', date: '2024-01-03' }),
  rawEvent({ id: 'c', date: '2024-02-20' }),
]);
const { events, starts } = dataset;
const get = (id: string) => dataset.byId.get(id)!;

describe('stepEvent', () => {
  it('goes to the next and previous event from the selection', () => {
    expect(stepEvent(events, starts, get('a'), null, 1)?.event.id).toBe('b');
    expect(stepEvent(events, starts, get('b'), null, -1)?.event.id).toBe('a');
    expect(stepEvent(events, starts, get('c'), null, 1)).toBeNull();
  });

  it('starts from the window when nothing is selected', () => {
    expect(stepEvent(events, starts, null, { start: day(3), end: day(10) }, 1)?.event.id).toBe('b');
    expect(stepEvent(events, starts, null, { start: day(1), end: day(3) }, -1)?.event.id).toBe('a');
  });

  it('jumps the window over empty weeks to the next event, keeping its width', () => {
    const step = stepEvent(events, starts, get('b'), { start: day(1), end: day(8) }, 1);
    expect(step?.event.id).toBe('c');
    expect(step?.window).toEqual({ start: Date.UTC(2024, 1, 20), end: Date.UTC(2024, 1, 27) });
  });

  it('leaves the window alone when the event is already inside', () => {
    expect(
      stepEvent(events, starts, get('a'), { start: day(1), end: day(8) }, 1)?.window,
    ).toBeNull();
  });
});
