import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { neighbours } from './neighbours';

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
