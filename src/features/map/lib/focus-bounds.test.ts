import { describe, expect, it } from 'vitest';

import { eventBounds, focusBounds, samplePositions } from './focus-bounds';

describe('focusBounds', () => {
  it('frames the bulk of the events, leaving a few far-away ones out', () => {
    const region: [number, number][] = Array.from({ length: 40 }, (_, i) => [
      40 + (i % 10),
      12 + (i % 8),
    ]);
    const washington: [number, number][] = Array.from({ length: 4 }, () => [-77, 38.9]);
    expect(focusBounds([...region, ...washington])).toEqual([
      [40, 12],
      [49, 19],
    ]);
  });

  it('keeps a lone event that is merely at the edge of the region', () => {
    const region: [number, number][] = Array.from({ length: 18 }, (_, i) => [
      42 + (i % 6) * 3,
      12 + (i % 5) * 3,
    ]);
    const baghdad: [number, number] = [44.4, 33.3];
    expect(focusBounds([...region, baghdad])?.[1][1]).toBe(33.3);
  });

  it('frames everything when the events are spread out evenly', () => {
    const spread: [number, number][] = Array.from({ length: 20 }, (_, i) => [
      -170 + i * 17,
      -60 + i * 6,
    ]);
    expect(focusBounds(spread)).toEqual([
      [-170, -60],
      [153, 54],
    ]);
  });

  it('frames everything when there are only a few events', () => {
    expect(
      focusBounds([
        [0, 0],
        [100, 50],
      ]),
    ).toEqual([
      [0, 0],
      [100, 50],
    ]);
    expect(focusBounds([])).toBeNull();
  });

  it('finds the same region in a very large dataset, from an even sample', () => {
    const region: [number, number][] = Array.from({ length: 90_000 }, (_, i) => [
      40 + (i % 10),
      12 + (i % 8),
    ]);
    const washington: [number, number][] = Array.from({ length: 10_000 }, () => [-77, 38.9]);
    const mixed = region.flatMap((point, i) =>
      i % 9 === 0 ? [point, washington[i / 9]!] : [point],
    );
    expect(focusBounds(mixed)).toEqual([
      [40, 12],
      [49, 19],
    ]);
  });
});

describe('event positions for framing', () => {
  const located = (lon: number, lat: number) => ({ location: { lon, lat } });

  it('bounds every located event and skips the others', () => {
    expect(eventBounds([located(44, 12), {}, located(58, 23.6), located(-77, 38.9)])).toEqual([
      [-77, 12],
      [58, 38.9],
    ]);
    expect(eventBounds([{}, {}])).toBeNull();
  });

  it('samples a large dataset evenly instead of copying every position', () => {
    const events = Array.from({ length: 100_000 }, (_, i) => located(i % 360, 0));
    const sample = samplePositions(events, 1_000);
    expect(sample).toHaveLength(1_000);
    expect(sample[1]).toEqual([100, 0]);
    expect(samplePositions([located(1, 2), {}], 1_000)).toEqual([[1, 2]]);
  });
});

describe('framing events at the poles', () => {
  it('frames them where the map draws them, at its edge', () => {
    const poles = [{ location: { lon: 0, lat: -90 } }, { location: { lon: 10, lat: 90 } }];
    expect(eventBounds(poles)).toEqual([
      [0, -85],
      [10, 85],
    ]);
    expect(samplePositions(poles)).toEqual([
      [0, -85],
      [10, 85],
    ]);
  });
});
