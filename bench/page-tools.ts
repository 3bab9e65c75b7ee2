/** A fresh page with the instrumentation, and the measurements every case takes on one. */
import type { Browser, CDPSession, Page } from '@playwright/test';

import {
  armClickLatency,
  installInstrumentation,
  startFrames,
  stopFrames,
  whenFramesSettle,
} from './instrument.ts';
import { SCRUB_STEPS, VIEWPORT } from './options.ts';

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    timezoneId: 'UTC',
    locale: 'en-GB',
  });
  const page = await context.newPage();
  // tsx names functions with an `__name` helper; functions sent into the page need it too.
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installInstrumentation);
  return page;
}

export async function heapMb(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
  const nodes = metrics.find((m) => m.name === 'Nodes')?.value ?? NaN;
  await cdp.detach();
  (page as unknown as { lastNodes: number }).lastNodes = nodes;
  return used / 1024 / 1024;
}

/**
 * Pointer down to the details painted. `settled`: the click waits until the page draws at the
 * display's rate again (see whenFramesSettle), so it measures the click, not the frames before it.
 */
export async function clickLatency(
  page: Page,
  point: { x: number; y: number },
  settled: boolean,
): Promise<number | null> {
  if (settled && !(await page.evaluate(whenFramesSettle, 10_000)))
    console.warn('  the page did not settle within 10 s; clicking anyway');
  await page.evaluate(armClickLatency);
  await page.mouse.click(point.x, point.y);
  try {
    return await page
      .waitForFunction(
        () => (window as unknown as { __click: { result: number | null } }).__click.result,
        null,
        { timeout: 10_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<number>);
  } catch {
    return null;
  }
}

export interface Drag {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** The app's map size and camera, which the floor copies. */
  map: { width: number; height: number; zoom: number; lat: number; lon: number };
}

/** Seconds the page's main thread has spent in tasks so far, and when (both Chromium's count). */
export async function mainThreadTime(cdp: CDPSession): Promise<{ busy: number; at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { busy: value('TaskDuration'), at: value('Timestamp') };
}

/**
 * The same pointer drag for the app and the floor: the same steps, the same input pipeline.
 * `mainBusy` is the share of the drag the page's main thread spent working: when frames are slow
 * and it is low, the time goes to drawing and compositing in the GPU process, not to the page.
 */
export async function dragAndSample(
  page: Page,
  drag: Drag,
): Promise<{ intervals: number[]; t0: number; t1: number; mainBusy: number }> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await page.mouse.move(drag.from.x, drag.from.y);
    const before = await mainThreadTime(cdp);
    const t0 = await page.evaluate(startFrames);
    await page.mouse.down();
    await page.mouse.move(drag.to.x, drag.to.y, { steps: SCRUB_STEPS });
    await page.mouse.up();
    const intervals = await page.evaluate(stopFrames);
    const t1 = await page.evaluate(() => performance.now());
    const after = await mainThreadTime(cdp);
    // Busy time and elapsed time from the same two readings, so the share covers one stretch.
    const mainBusy = (after.busy - before.busy) / (after.at - before.at);
    return { intervals, t0, t1, mainBusy };
  } finally {
    await cdp.detach();
  }
}
