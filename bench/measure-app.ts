/** One run of the app on one dataset: load, scrub, playback, clicks and a filter change. */
import type { Browser, Page } from '@playwright/test';

import { DAYS, START, syntheticEvents } from './generate.ts';
import {
  longestScriptsBetween,
  longTasksBetween,
  startFrames,
  stopFrames,
  whenFramesSettle,
} from './instrument.ts';
import { DAY } from '../src/domain/time/units.ts';
// The app's window.chronomap surface, for its types only.
import type {} from '../src/features/map/lib/map-automation.ts';
import type {} from '../src/features/timeline/lib/timeline-automation.ts';
import type {} from '../src/utils/automation.ts';

import { GRAB, WINDOW } from './options.ts';
import { clickLatency, dragAndSample, heapMb, newPage, type Drag } from './page-tools.ts';
import { frameStats, type FrameStats } from './stats.ts';

export interface AppRun {
  firstMapRender: number;
  interactive: number;
  loadLongTasks: { count: number; max: number };
  loadScripts: { app: number; maplibre: number };
  heapMb: number;
  scrub: FrameStats;
  scrubMs: number;
  scrubLongTasks: { count: number; max: number };
  scrubMapRenders: number;
  scrubMainBusy: number;
  playback: FrameStats;
  clickMarker: number | null;
  clickTimeline: number | null;
  clickTimelineAfterPlayback: number | null;
  filterChange: FilterChange;
  drag: Drag;
}

export async function measureApp(browser: Browser, base: string, file: string): Promise<AppRun> {
  const page = await newPage(browser);
  const from = new Date(START).toISOString().slice(0, 10);
  const to = new Date(START + WINDOW - DAY).toISOString().slice(0, 10);
  await page.goto(`${base}/?data=/bench-data/${file}&from=${from}&to=${to}&speed=month`);
  await page.waitForFunction(
    () =>
      ['map-events', 'timeline-drawn', 'list-filled'].every(
        (m) => performance.getEntriesByName(`chronomap:${m}`).length > 0,
      ),
    null,
    { timeout: 300_000, polling: 250 },
  );
  const marks = await page.evaluate(() =>
    Object.fromEntries(
      performance
        .getEntriesByType('mark')
        .map((mark) => [mark.name.replace('chronomap:', ''), mark.startTime]),
    ),
  );
  const interactive = Math.max(marks['timeline-drawn'] ?? NaN, marks['list-filled'] ?? NaN);
  const loaded = [0, Math.max(interactive, marks['map-events'] ?? 0)] as const;
  const loadLongTasks = await page.evaluate(longTasksBetween, loaded);
  const loadScripts = await page.evaluate(longestScriptsBetween, loaded);
  const heap = await heapMb(page);

  // Scrub: drag the window's body from the start of the data to its end, a pointer move per step.
  const point = (ms: number) =>
    page.evaluate(
      ([ms, grab]) => {
        const timeline = window.chronomap!.timeline!;
        return grab === 'lanes' ? timeline.lanePointAt(ms, 0) : timeline.pointAt(ms);
      },
      [ms, GRAB] as const,
    );
  const renders = () => page.evaluate(() => window.chronomap!.map!.renders());
  const a = await point(START + WINDOW / 2);
  const b = await point(START + DAYS * DAY - WINDOW / 2);
  const rendersBefore = await renders();
  const box = await page.getByTestId('map').boundingBox();
  const camera = await page.evaluate(() => window.chronomap!.map!.camera());
  const drag: Drag = {
    from: a,
    to: b,
    map: {
      width: Math.round(box?.width ?? 800),
      height: Math.round(box?.height ?? 600),
      ...camera,
    },
  };
  const {
    intervals: scrubFrames,
    t0,
    t1,
    mainBusy: scrubMainBusy,
  } = await dragAndSample(page, drag);
  const scrubLongTasks = await page.evaluate(longTasksBetween, [t0, t1] as const);
  const scrubMapRenders = (await renders()) - rendersBefore;

  // Playback for four seconds at a month a second, from the start of the data.
  await page.getByRole('slider', { name: 'Time window' }).focus();
  await page.keyboard.press('Home');
  await page.getByRole('button', { name: /Play/ }).click();
  await page.evaluate(startFrames);
  await page.waitForTimeout(4000);
  const playbackFrames = await page.evaluate(stopFrames);
  const pause = page.getByRole('button', { name: /Pause/ });
  if (await pause.isVisible()) await pause.click();

  // Clicks on the timeline (a lane, where events are dense) to the details being painted. The
  // first comes as soon as the map reports idle after playback, while the compositor may still be
  // drawing the last map frames; the second on a settled page, as the marker click is.
  const lanePoint = (ms: number) =>
    page.evaluate((at) => window.chronomap!.timeline!.lanePointAt(at, 0), ms);
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  const clickTimelineAfterPlayback = await clickLatency(
    page,
    await lanePoint(START + 40 * DAY),
    false,
  );
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  const clickTimeline = await clickLatency(page, await lanePoint(START + 80 * DAY), true);
  const filterChange = await measureFilterChange(page);
  await page.context().close();
  return {
    firstMapRender: marks['map-events'] ?? NaN,
    interactive,
    loadLongTasks,
    loadScripts,
    heapMb: heap,
    scrub: frameStats(scrubFrames),
    scrubMs: t1 - t0,
    scrubLongTasks,
    scrubMapRenders,
    scrubMainBusy,
    playback: frameStats(playbackFrames),
    clickMarker: await measureMarkerClick(browser, base, file),
    clickTimeline,
    clickTimelineAfterPlayback,
    filterChange,
    drag,
  };
}

export interface FilterChange {
  /** The longest main-thread task from the click until the map is idle again. */
  longTask: number;
  toMapIdle: number;
}

/**
 * One category switched off (Diplomacy, 7% of the events) on a settled page: how long the page
 * stops answering, and how long until the map has drawn what is left.
 */
export async function measureFilterChange(page: Page): Promise<FilterChange> {
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 60_000 });
  await page.evaluate(whenFramesSettle, 5_000);
  const from = await page.evaluate(() => performance.now());
  await page.getByRole('checkbox', { name: /Diplomacy/ }).click();
  // The map reports busy within a frame or two of the click, and idle once it has drawn.
  await page.waitForSelector('[data-map-idle="false"]', { timeout: 2_000 }).catch(() => undefined);
  await page.waitForSelector('[data-map-idle="true"]', { timeout: 120_000 });
  const to = await page.evaluate(() => performance.now());
  const { max } = await page.evaluate(longTasksBetween, [from, to] as const);
  return { longTask: max, toMapIdle: to - from };
}

/**
 * Click on a marker to the details being painted: zoomed in on one known event (the generator is
 * seeded), so the click lands on that event rather than on a group of them.
 */
export async function measureMarkerClick(
  browser: Browser,
  base: string,
  file: string,
): Promise<number | null> {
  const first = syntheticEvents(1).next().value;
  if (!first) return null;
  const page = await newPage(browser);
  await page.goto(
    `${base}/?data=/bench-data/${file}&from=${first.date}&to=${first.date}&map=13/${first.lat}/${first.lon}`,
  );
  await page.waitForFunction(
    () => performance.getEntriesByName('chronomap:map-events').length > 0,
    null,
    { timeout: 300_000, polling: 250 },
  );
  await page.waitForSelector('[data-map-idle="true"]');
  const point = await page.evaluate(([lon, lat]) => window.chronomap!.map!.project(lon, lat), [
    first.lon,
    first.lat,
  ] as const);
  const latency = await clickLatency(page, point, true);
  await page.context().close();
  return latency;
}
