import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent } from '@/testing/make-event';

import { highlightTargets } from './highlight-markers';

describe('highlightTargets', () => {
  const dataset = makeDataset([
    rawEvent({ id: 'a', location: { lat: 12.8, lon: 45.0, precision: 'exact' } }),
    rawEvent({ id: 'b', location: { lat: 15.3, lon: 42.6, precision: 'exact' } }),
    rawEvent({ id: 'nowhere', location: undefined }),
  ]);
  const a = dataset.byId.get('a')!;
  const b = dataset.byId.get('b')!;
  const nowhere = dataset.byId.get('nowhere')!;
  const roles = (selected: typeof a | null, hovered: typeof a | null) =>
    highlightTargets(selected, hovered).map(({ event, role }) => [event.id, role]);

  it('rings both the selection and a hovered neighbour', () => {
    expect(roles(a, b)).toEqual([
      ['b', 'hovered'],
      ['a', 'selected'],
    ]);
  });

  it('rings a hovered selection once, as the selection', () => {
    expect(roles(a, a)).toEqual([['a', 'selected']]);
  });

  it('has nothing to ring for events without a place', () => {
    expect(roles(nowhere, nowhere)).toEqual([]);
    expect(roles(null, null)).toEqual([]);
  });
});
