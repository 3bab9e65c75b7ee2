import { describe, expect, it } from 'vitest';

import { IdleSignal } from './idle-signal';

function setup() {
  const element = { dataset: {} as DOMStringMap } as HTMLElement;
  const map = { loaded: () => true, moving: false, isMoving: () => map.moving };
  const signal = new IdleSignal(element, map);
  return { element, map, signal, attribute: () => element.dataset['mapIdle'] };
}

describe('IdleSignal', () => {
  it('starts busy, and turns idle when MapLibre does', () => {
    const { signal, attribute } = setup();
    expect(attribute()).toBe('false');
    signal.mapIdle();
    expect(attribute()).toBe('true');
    expect(signal.idle).toBe(true);
  });

  it('stays busy while work of the app’s own is pending, even when MapLibre is idle', () => {
    const { signal, attribute } = setup();
    signal.mapIdle();
    const release = signal.hold();
    expect(attribute()).toBe('false');
    signal.mapIdle();
    expect(attribute()).toBe('false');
    release();
    signal.mapIdle();
    expect(attribute()).toBe('true');
  });

  it('waits for every holder, and a release twice counts once', () => {
    const { signal } = setup();
    const first = signal.hold();
    const second = signal.hold();
    first();
    first();
    expect(signal.pending).toBe(true);
    second();
    expect(signal.pending).toBe(false);
  });

  it('settles without an idle event only when the map is quiet', () => {
    const { signal, map, attribute } = setup();
    map.moving = true;
    signal.settle();
    expect(attribute()).toBe('false');
    map.moving = false;
    const release = signal.hold();
    signal.settle();
    expect(attribute()).toBe('false');
    release();
    signal.settle();
    expect(attribute()).toBe('true');
  });
});
