import { describe, expect, it } from 'vitest';

import type { ChronoEvent } from '@/domain/events/types';

import { offMap } from './off-map';

const at = (id: string, lon?: number, lat?: number) =>
  ({ id, ...(lon === undefined ? {} : { location: { lon, lat } }) }) as unknown as ChronoEvent;

describe('offMap', () => {
  const events = [at('muscat', 58.4, 23.6), at('washington', -77, 38.9), at('nowhere')];

  it('counts the placed events outside the view and lists those without a place', () => {
    const view = offMap(events, [40, 10, 65, 35]);
    expect(view.outside).toBe(1);
    expect(view.unplaced.map((event) => event.id)).toEqual(['nowhere']);
  });

  it('reads a view across the antimeridian', () => {
    expect(
      offMap([at('fiji', 178, -18), at('samoa', -172, -14)], [170, -30, -160, 0]).outside,
    ).toBe(0);
  });

  it('counts an event at a pole as on the map when the edge of the map is in view', () => {
    const poles = [at('south', 0, -90), at('north', 10, 90)];
    // A view of the whole world reaches the map's edges (MapLibre's bounds stop near ±85.05°).
    expect(offMap(poles, [-180, -85.0511, 180, 85.0511]).outside).toBe(0);
    expect(offMap(poles, [-20, -60, 20, 60]).outside).toBe(2);
  });

  it('counts nothing as outside before the map has a view', () => {
    expect(offMap(events, null).outside).toBe(0);
  });
});
