import { describe, expect, it } from 'vitest';

import { chooseStrategy, CLUSTER_LIMIT, GRID_LIMIT } from './strategy';

describe('chooseStrategy', () => {
  it('clusters a dataset small enough to re-cluster as the window moves', () => {
    expect(chooseStrategy(0)).toBe('clusters');
    expect(chooseStrategy(CLUSTER_LIMIT)).toBe('clusters');
  });

  it('draws tiled points beyond the cluster limit, up to the grid limit', () => {
    expect(chooseStrategy(CLUSTER_LIMIT + 1)).toBe('tiles');
    expect(chooseStrategy(GRID_LIMIT)).toBe('tiles');
  });

  it('bins into a grid beyond the grid limit', () => {
    expect(chooseStrategy(GRID_LIMIT + 1)).toBe('grid');
    expect(chooseStrategy(1_000_000)).toBe('grid');
  });
});
