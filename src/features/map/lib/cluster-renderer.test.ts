import { describe, expect, it } from 'vitest';

import { makeDataset, rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { ClusterRenderer } from './cluster-renderer';
import {
  CLUSTER_LAYER,
  EVENTS_SOURCE,
  LIVE_LAYER,
  LIVE_SOURCE,
  UNCERTAINTY_LAYER,
} from './event-layers';
import { IdleSignal } from './idle-signal';
import type { MapScene } from './map-types';
import type { RendererContext } from './strategy';

/** A map that records what the renderer did to its sources and layers. */
function setup() {
  const dataset = makeDataset([
    rawEvent({ id: 'a', date: '2020-01-01', location: { lat: 1, lon: 1, precision: 'exact' } }),
    rawEvent({ id: 'b', date: '2021-01-01', location: { lat: 2, lon: 2, precision: 'exact' } }),
  ]);
  const sent: Record<string, string[][]> = {};
  const visible: Record<string, string> = {};
  const source = (id: string) => ({
    setData: (data: GeoJSON.FeatureCollection) => {
      (sent[id] ??= []).push(data.features.map((feature) => String(feature.properties?.['id'])));
      return Promise.resolve();
    },
    setClusterOptions: () => {},
  });
  const sources: Record<string, ReturnType<typeof source>> = {
    [EVENTS_SOURCE]: source(EVENTS_SOURCE),
    [LIVE_SOURCE]: source(LIVE_SOURCE),
  };
  const map = {
    getSource: (id: string) => sources[id],
    setFilter: () => {},
    setLayoutProperty: (layer: string, _: string, value: string) => (visible[layer] = value),
    loaded: () => true,
    isMoving: () => false,
  };
  const scene: MapScene = {
    data: dataset,
    categories: TEST_CATEGORIES,
    extent: [0, 1],
    window: { start: -Infinity, end: Date.UTC(2020, 6, 1) },
    live: false,
    theme: 'light',
    generation: 1,
  };
  const idle = new IdleSignal({ dataset: {} } as HTMLElement, map);
  const ctx = {
    map,
    scene,
    idle,
    isDestroyed: () => false,
    drill: {} as RendererContext['drill'],
  } as unknown as RendererContext;
  return { renderer: new ClusterRenderer(ctx), scene, sent, visible };
}

const settle = () => new Promise((resolve) => setTimeout(resolve));

describe('ClusterRenderer', () => {
  it('clusters only the events of the window', () => {
    const { renderer, sent } = setup();
    expect(renderer.draw()?.drawsSomething).toBe(true);
    expect(sent[EVENTS_SOURCE]).toEqual([['a']]);
  });

  it('swaps in live points of every event while scrubbing, once they are loaded', async () => {
    const { renderer, scene, sent, visible } = setup();
    scene.live = true;
    expect(renderer.setLive(true)).toBe(false);
    expect(renderer.label()).toBe('clusters');
    await settle();
    expect(sent[LIVE_SOURCE]).toEqual([['a', 'b']]);
    expect(renderer.label()).toBe('live points');
    expect(visible).toMatchObject({
      [LIVE_LAYER]: 'visible',
      [CLUSTER_LAYER]: 'none',
      [UNCERTAINTY_LAYER]: 'none',
    });
    // While they stand in, a moving window needs no new clusters.
    expect(renderer.followWindow()).toBe(false);
  });

  it('brings the clusters back only once they are drawn for the final window', async () => {
    const { renderer, scene } = setup();
    scene.live = true;
    renderer.setLive(true);
    await settle();
    scene.live = false;
    expect(renderer.setLive(false)).toBe(true);
    expect(renderer.label()).toBe('live points');
    renderer.drained();
    expect(renderer.label()).toBe('clusters');
  });

  it('empties its source and hides its layers when another way of drawing takes over', async () => {
    const { renderer, scene, sent, visible } = setup();
    scene.live = true;
    renderer.setLive(true);
    await settle();
    renderer.leave();
    expect(sent[EVENTS_SOURCE]).toEqual([[]]);
    expect(renderer.label()).toBe('clusters');
    expect(visible).toMatchObject({ [LIVE_LAYER]: 'none', [UNCERTAINTY_LAYER]: 'none' });
  });
});
