import { describe, expect, it } from 'vitest';

import { coverToAvoid, fitPadding, MapCamera, revealOffset, type CameraMap } from './camera';

const screen = { width: 800, height: 600 };
/** The offset with -0 read as 0: MapLibre makes no difference. */
const reveal = (...args: Parameters<typeof revealOffset>) =>
  revealOffset(...args)?.map((px) => px || 0) ?? null;
const none = { left: 0, bottom: 0 };

describe('revealOffset', () => {
  it('leaves a point that is on screen and clear of the edges alone', () => {
    expect(reveal({ x: 400, y: 300 }, screen, none)).toBeNull();
  });

  it('moves to a point off screen or too close to an edge', () => {
    expect(reveal({ x: -50, y: 300 }, screen, none)).toEqual([0, 0]);
    expect(reveal({ x: 790, y: 300 }, screen, none)).toEqual([0, 0]);
    expect(reveal({ x: 400, y: 10 }, screen, none)).toEqual([0, 0]);
  });

  it('treats a point under a panel as hidden, and centres it in the uncovered part', () => {
    const sheet = { left: 0, bottom: 300 };
    expect(reveal({ x: 400, y: 450 }, screen, sheet)).toEqual([0, -150]);
    const drawer = { left: 320, bottom: 0 };
    expect(reveal({ x: 200, y: 300 }, screen, drawer)).toEqual([160, 0]);
    expect(reveal({ x: 600, y: 300 }, screen, drawer)).toBeNull();
  });
});

describe('coverToAvoid', () => {
  it('plans around a panel that leaves map to speak of', () => {
    expect(coverToAvoid(screen, { left: 320, bottom: 200 })).toEqual({ left: 320, bottom: 200 });
  });

  it('ignores a panel that covers nearly all of the map on its side', () => {
    expect(coverToAvoid(screen, { left: 750, bottom: 550 })).toEqual({ left: 0, bottom: 0 });
  });
});

describe('fitPadding', () => {
  it('keeps a margin around the events, beside the panels', () => {
    expect(fitPadding(screen, { left: 320, bottom: 0 })).toEqual({
      top: 48,
      left: 368,
      right: 48,
      bottom: 48,
    });
  });

  it('keeps a smaller margin in a narrow strip', () => {
    expect(fitPadding(screen, { left: 0, bottom: 450 }).top).toBe(16);
  });
});

/** A map at a fixed view, where a point's screen position is given by the test. */
function fakeMap(project: (lonLat: [number, number]) => { x: number; y: number }) {
  const eased: unknown[][] = [];
  const jumped: unknown[] = [];
  const map = {
    project: (lonLat: [number, number]) => project(lonLat),
    easeTo: (...args: unknown[]) => eased.push(args),
    jumpTo: (options: unknown) => jumped.push(options),
    getCenter: () => ({ lng: 10, lat: 20 }),
    getZoom: () => 4,
  } as unknown as CameraMap;
  return { map, eased, jumped };
}

const container = {
  clientWidth: 800,
  clientHeight: 600,
  getBoundingClientRect: () => ({ width: 800, height: 600 }) as DOMRect,
};

describe('MapCamera', () => {
  it('reveals a selection under the sheet as the reader’s move, keeping the zoom', () => {
    const { map, eased } = fakeMap(() => ({ x: 400, y: 500 }));
    const camera = new MapCamera(
      map,
      container,
      () => false,
      () => {},
    );
    camera.setCover({ left: 0, bottom: 300 });
    expect(camera.reveal(30, 40)).toBe(true);
    expect(eased).toEqual([
      [{ center: [30, 40], offset: [0, -150], duration: 700 }, { forReader: true }],
    ]);
  });

  it('does not move for a selection in view, and jumps at once for reduced motion', () => {
    const inView = fakeMap(() => ({ x: 400, y: 300 }));
    expect(
      new MapCamera(
        inView.map,
        container,
        () => false,
        () => {},
      ).reveal(1, 2),
    ).toBe(false);
    expect(inView.eased).toEqual([]);
    const away = fakeMap(() => ({ x: -400, y: 300 }));
    new MapCamera(
      away.map,
      container,
      () => true,
      () => {},
    ).reveal(1, 2);
    expect(away.eased[0]?.[0]).toMatchObject({ duration: 0 });
  });

  it('moves to a camera from a link only when it is not there already', () => {
    const { map, jumped } = fakeMap(() => ({ x: 0, y: 0 }));
    const camera = new MapCamera(
      map,
      container,
      () => false,
      () => {},
    );
    camera.set({ zoom: 4, lat: 20, lon: 10 });
    expect(jumped).toEqual([]);
    camera.set({ zoom: 6, lat: 20, lon: 10 });
    expect(jumped).toEqual([{ center: [10, 20], zoom: 6 }]);
  });
});
