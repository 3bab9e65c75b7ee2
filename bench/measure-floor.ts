/** One run of the floor: bare MapLibre with the same data, camera and drag as the app. */
import type { Browser } from '@playwright/test';

import { DAYS, START } from './generate.ts';
import { longTasksBetween } from './instrument.ts';
import { DAY } from '../src/domain/time/units.ts';

import { WINDOW } from './options.ts';
import { dragAndSample, newPage, type Drag } from './page-tools.ts';
import { frameStats, type FrameStats } from './stats.ts';

export interface FloorRun {
  firstMapRender: number;
  loadLongTaskMax: number;
  scrub: FrameStats;
  scrubMapRenders: number;
  scrubMainBusy: number;
}

export async function measureFloor(
  browser: Browser,
  base: string,
  file: string,
  drag: Drag,
): Promise<FloorRun | null> {
  const page = await newPage(browser);
  await page.goto(
    `${base}/floor/?data=/bench-data/${file}&w=${drag.map.width}&h=${drag.map.height}` +
      `&camera=${drag.map.zoom},${drag.map.lat},${drag.map.lon}`,
  );
  try {
    await page.waitForFunction(
      () => (window as unknown as { floor: { ready: boolean } }).floor.ready,
      null,
      { timeout: 180_000, polling: 250 },
    );
  } catch {
    await page.context().close();
    return null;
  }
  const [firstMapRender, parsingAt] = await page.evaluate(() => {
    const { floor } = window as unknown as { floor: { renderedAt: number; parsingAt: number } };
    return [floor.renderedAt, floor.parsingAt] as const;
  });
  // Without the floor's own parsing of the file, which the app does in a worker.
  const loadLongTaskMax = (
    await page.evaluate(longTasksBetween, [0, firstMapRender, parsingAt] as const)
  ).max;
  await page.evaluate(
    ([from, to, width]) =>
      (
        window as unknown as { floor: { arm: (f: number, t: number, w: number) => void } }
      ).floor.arm(from, to, width),
    [START, START + DAYS * DAY, WINDOW] as const,
  );
  const before = await page.evaluate(
    () => (window as unknown as { floor: { renders: number } }).floor.renders,
  );
  const frames = await dragAndSample(page, drag);
  const renders =
    (await page.evaluate(
      () => (window as unknown as { floor: { renders: number } }).floor.renders,
    )) - before;
  await page.context().close();
  return {
    firstMapRender,
    loadLongTaskMax,
    scrub: frameStats(frames.intervals),
    scrubMapRenders: renders,
    scrubMainBusy: frames.mainBusy,
  };
}
