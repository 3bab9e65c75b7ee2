import { describe, expect, it } from 'vitest';

import { buildDataset } from '@/domain/events/build-dataset';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { buildLanes, categoryGroups, MAX_LANES } from './lanes';

/** Category cN has N + 1 events, so the highest numbers are the most common. */
function datasetOf(categoryCount: number) {
  const events = Array.from({ length: categoryCount }, (_, n) =>
    Array.from({ length: n + 1 }, (_, k) => rawEvent({ id: `c${n}-${k}`, category: `c${n}` })),
  ).flat();
  return buildDataset({ categories: [] }, events).dataset;
}

const ids = (categories: readonly { id: string }[]) => categories.map((c) => c.id);

describe('category lanes', () => {
  it('give every category of a short legend its lane, in legend order, shown or not', () => {
    const dataset = makeDataset([
      rawEvent({ category: 'maritime' }),
      rawEvent({ category: 'diplomacy' }),
    ]);
    const groups = categoryGroups(dataset, ['maritime']);
    expect(groups).toEqual({ own: dataset.categories, other: false });
    expect(buildLanes('category', dataset, groups).lanes.map((lane) => lane.key)).toEqual(
      ids(dataset.categories),
    );
  });

  it('keep to MAX_LANES with many categories: the most common, in legend order, then Other', () => {
    const dataset = datasetOf(50);
    const groups = categoryGroups(dataset, null);
    expect(groups.other).toBe(true);
    expect(ids(groups.own).sort()).toEqual(['c43', 'c44', 'c45', 'c46', 'c47', 'c48', 'c49']);
    expect(ids(groups.own)).toEqual(ids(dataset.categories.filter((c) => groups.own.includes(c))));
    const model = buildLanes('category', dataset, groups);
    expect(model.lanes).toHaveLength(MAX_LANES);
    expect(model.lanes.at(-1)).toMatchObject({ label: 'Other categories', color: null });
    const rare = dataset.byId.get('c0-0')!;
    const common = dataset.byId.get('c49-0')!;
    expect(model.lanesOf(rare)).toEqual([MAX_LANES - 1]);
    expect(model.lanes[model.lanesOf(common)[0]!]?.key).toBe('c49');
  });

  it('give the few categories a reader picked among many a lane each, rare or not', () => {
    const dataset = datasetOf(50);
    const groups = categoryGroups(dataset, ['c0', 'c3', 'c49']);
    expect(groups).toEqual({
      own: dataset.categories.filter((c) => ['c0', 'c3', 'c49'].includes(c.id)),
      other: false,
    });
  });
});

describe('actor lanes', () => {
  it('are the most frequent actors, ties by name, then Other actors', () => {
    const dataset = makeDataset(
      ['Zeta', 'Alpha', 'Beta', 'Beta', 'Gamma', 'Delta', 'Eta', 'Theta', 'Iota', 'Kappa'].map(
        (actor) => rawEvent({ actors: [actor] }),
      ),
    );
    const model = buildLanes('actor', dataset);
    expect(model.lanes.map((lane) => lane.label)).toEqual([
      'Beta',
      'Alpha',
      'Delta',
      'Eta',
      'Gamma',
      'Iota',
      'Kappa',
      'Other actors',
    ]);
  });
});
