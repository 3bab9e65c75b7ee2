import type { Browser } from '@playwright/test';

import { installInstrumentation } from './instrument.ts';

export interface SoakResult {
  minutes: number;
  size: number;
  /** JS heap after a forced GC, MB, sampled every 30 s. */
  heap: number[];
  nodes: number[];
}

/**
 * Hours of use, compressed: looped playback for `minutes`, with a scrub every minute, sampling
 * the JS heap (after a forced GC) and the number of DOM nodes every 30 s. Both should stay flat.
 */
export async function soak(
  browser: Browser,
  base: string,
  file: string,
  minutes: number,
): Promise<SoakResult> {
  console.log(`soak: ${minutes} min of looped playback`);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  await page.addInitScript(installInstrumentation);
  await page.goto(`${base}/?data=/bench-data/${file}&from=2024-01-01&to=2024-01-14&speed=week`);
  await page.waitForFunction(
    () => performance.getEntriesByName('chronomap:list-filled').length > 0,
    null,
    { timeout: 120_000 },
  );
  await page.getByRole('checkbox', { name: 'Loop' }).check();
  await page.getByRole('button', { name: /Play/ }).click();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const heap: number[] = [];
  const nodes: number[] = [];
  const sample = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    heap.push((metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN) / 1024 / 1024);
    nodes.push(metrics.find((m) => m.name === 'Nodes')?.value ?? NaN);
  };
  const end = Date.now() + minutes * 60_000;
  let nextScrub = Date.now() + 60_000;
  await sample();
  while (Date.now() < end) {
    await page.waitForTimeout(30_000);
    if (Date.now() >= nextScrub) {
      nextScrub += 60_000;
      const timeline = await page.getByTestId('timeline-plot').boundingBox();
      if (timeline) {
        const y = timeline.y + 40;
        await page.mouse.move(timeline.x + timeline.width * 0.3, y);
        await page.mouse.down();
        await page.mouse.move(timeline.x + timeline.width * 0.7, y, { steps: 30 });
        await page.mouse.up();
      }
      if (!(await page.getByRole('button', { name: /Pause/ }).isVisible())) {
        await page.getByRole('button', { name: /Play/ }).click();
      }
    }
    await sample();
    console.log(
      `soak: ${heap.length} samples, heap ${heap.at(-1)?.toFixed(1)} MB, ${nodes.at(-1)} nodes`,
    );
  }
  await context.close();
  return { minutes, size: Number(/\d+/.exec(file)?.[0]), heap, nodes };
}
