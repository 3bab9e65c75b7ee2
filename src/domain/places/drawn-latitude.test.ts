import { describe, expect, it } from 'vitest';

import { drawnLatitude, MAX_DRAWN_LATITUDE } from './drawn-latitude';

describe('drawnLatitude', () => {
  it('puts the poles at the edge of the map and leaves every other place where it is', () => {
    expect(drawnLatitude(-90)).toBe(-MAX_DRAWN_LATITUDE);
    expect(drawnLatitude(90)).toBe(MAX_DRAWN_LATITUDE);
    for (const lat of [-85, -33.9, 0, 51.5, 78.2, 85]) expect(drawnLatitude(lat)).toBe(lat);
  });
});
