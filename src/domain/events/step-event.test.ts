import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { neighbours, stepEvent } from './step-event';

const dataset = makeDataset([
  rawEvent({ id: 'a', date: '2024-01-01' }),
  rawEvent({ id: 'b', date: '2024-01-02' }),
  rawEvent({ id: 'c', date: '2024-01-03' }),
]);
const [a, b, c] = dataset.events as [
  (typeof dataset.events)[0],
  (typeof dataset.events)[0],
  (typeof dataset.events)[0],
];

describe('neighbours', () => {
  it('finds the previous and next event in date order', () => {
    expect(neighbours(dataset.events, b)).toEqual({ previous: a, next: c, position: 1 });
    expect(neighbours(dataset.events, a).previous).toBeNull();
    expect(neighbours(dataset.events, c).next).toBeNull();
  });

  it('steps from where a filtered-out selection would sit', () => {
    expect(neighbours([a, c], b)).toEqual({ previous: a, next: c, position: -1 });
  });
});

describe('stepEvent', () => {
  const day = (d: number) => Date.UTC(2024, 0, d);
  const set = makeDataset([
    rawEvent({ id: 'a', date: '2024-01-02' }),
    rawEvent({ id: 'b', date: '2024-01-03' }),
    rawEvent({ id: 'c', date: '2024-02-20' }),
  ]);
  const get = (id: string) => set.byId.get(id) ?? null;

  it('goes to the next and previous event from the selection', () => {
    expect(stepEvent(set, get('a'), null, 1)?.event.id).toBe('b');
    expect(stepEvent(set, get('b'), null, -1)?.event.id).toBe('a');
    expect(stepEvent(set, get('c'), null, 1)).toBeNull();
  });

  it('starts from the window when nothing is selected', () => {
    expect(stepEvent(set, null, { start: day(3), end: day(10) }, 1)?.event.id).toBe('b');
    expect(stepEvent(set, null, { start: day(1), end: day(3) }, -1)?.event.id).toBe('a');
  });

  it('jumps the window over empty weeks to the next event, keeping its width', () => {
    const step = stepEvent(set, get('b'), { start: day(1), end: day(8) }, 1);
    expect(step?.event.id).toBe('c');
    expect(step?.window).toEqual({ start: Date.UTC(2024, 1, 20), end: Date.UTC(2024, 1, 27) });
  });

  it('going back, ends the moved window with the event', () => {
    const step = stepEvent(set, get('c'), { start: day(50), end: day(57) }, -1);
    expect(step?.event.id).toBe('b');
    expect(step?.window).toEqual({ start: day(-3), end: day(4) });
  });

  it('leaves the window alone when the event is already inside', () => {
    expect(stepEvent(set, get('a'), { start: day(1), end: day(8) }, 1)?.window).toBeNull();
  });
});
