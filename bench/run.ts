/**
 * `npm run bench`: builds the app and the floor page, generates seeded datasets, and measures
 * load, scrubbing, playback, click latency, long tasks, heap and bundle size in headless
 * Chromium. Figures are medians of several runs; scrubbing is also given as a ratio to the floor
 * (bare MapLibre) measured in the same run. Writes bench/results/latest.{json,md}.
 *
 *   npm run bench -- --sizes=10000,100000 --runs=3 --soak-minutes=10 --no-build --out=latest
 *   npm run bench -- --grab=lanes   (the scrub grabs the window in the lanes, on the marks)
 *   npm run bench -- --only=categories --categories=50000   (the many-categories case alone)
 *   npm run bench -- --no-build --dist=/tmp/dist-x   (an app already built elsewhere)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';
import { DAY } from '../src/domain/time/units.ts';

import { DAYS, manyCategoriesCsv, START, syntheticEvents, toCsv, toJson } from './generate.ts';
import {
  armClickLatency,
  installInstrumentation,
  longestScriptsBetween,
  longTasksBetween,
  startFrames,
  stopFrames,
  whenFramesSettle,
} from './instrument.ts';
import {
  manyCategoriesBudget,
  manyCategoriesMarkdown,
  measureManyCategories,
  type ManyCategoriesResult,
  type ManyCategoriesRun,
} from './many-categories.ts';
import {
  measureReading,
  readingMarkdown,
  toForeignCsv,
  type ReadingResult,
  type ReadingRun,
} from './reading.ts';
import { serve } from './serve.ts';
import { frameStats, median, medianStats, type FrameStats } from './stats.ts';
import { soak, type SoakResult } from './soak.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const arg = (name: string, fallback: string) =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1] ?? fallback;
const SIZES = arg('sizes', '10000,100000,1000000').split(',').map(Number);
const RUNS = Number(arg('runs', '3'));
const SOAK_MINUTES = Number(arg('soak-minutes', '10'));
const BUILD = !process.argv.includes('--no-build');
/** Results file name under bench/results/ (without extension). */
const OUT = arg('out', 'latest');
/**
 * Where the scrub grabs the window: on the histogram strip, or in the lanes, where at 100k events
 * every pixel is a mark (a press there must still drag the window).
 */
const GRAB = arg('grab', 'histogram') === 'lanes' ? 'lanes' : 'histogram';
/** Rows of the CSV that needs a reading (0: not measured); by default the million, when it runs. */
const READING_SIZE = Number(arg('reading', SIZES.includes(1_000_000) ? '1000000' : '0'));
/** Distinct categories in the many-categories case's 100,000 rows (0: not measured). */
const CATEGORIES = Number(arg('categories', '50000'));
const MANY_CATEGORY_ROWS = 100_000;
/** `--only=categories`: that case alone, without the sizes, the reading step or the soak. */
const ONLY = arg('only', '');
/** Where the app's build is served from (it is built there unless --no-build). */
const DIST = arg('dist', `${root}/dist`);
const VIEWPORT = { width: 1280, height: 800 };
const SCRUB_STEPS = 120;
const WINDOW = 14 * DAY;

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

function dataFile(size: number): string {
  const dir = `${root}/bench/.data`;
  mkdirSync(dir, { recursive: true });
  const name = size >= 1_000_000 ? `synthetic-${size}.csv` : `synthetic-${size}.json`;
  const path = `${dir}/${name}`;
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, size >= 1_000_000 ? toCsv(size) : toJson(size));
  }
  return name;
}

function foreignFile(size: number): string {
  const name = `foreign-${size}.csv`;
  const path = `${root}/bench/.data/${name}`;
  mkdirSync(`${root}/bench/.data`, { recursive: true });
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, toForeignCsv(size));
  }
  return name;
}

/** The many-categories case's file, and its control: the same rows in a few categories. */
const CONTROL_CATEGORIES = 8;

function manyCategoriesFile(categories: number): string {
  const name = `many-categories-${categories}.csv`;
  const path = `${root}/bench/.data/${name}`;
  mkdirSync(`${root}/bench/.data`, { recursive: true });
  if (!existsSync(path)) {
    console.log(`generating ${name}…`);
    writeFileSync(path, manyCategoriesCsv(MANY_CATEGORY_ROWS, categories));
  }
  return name;
}

async function manyCategoriesRuns(browser: Browser, base: string, categories: number) {
  const file = manyCategoriesFile(categories);
  const runs: ManyCategoriesRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    console.log(`${categories.toLocaleString('en')} categories: run ${i + 1} of ${RUNS}`);
    const page = await newPage(browser);
    runs.push(await measureManyCategories(page, base, file));
    await page.context().close();
  }
  const pick = (key: keyof ManyCategoriesRun) => median(runs.map((r) => r[key]));
  return {
    interactive: pick('interactive'),
    loadLongTask: pick('loadLongTask'),
    loadAppScript: pick('loadAppScript'),
    loadMapLibreScript: pick('loadMapLibreScript'),
    toggleLongTask: pick('toggleLongTask'),
    toggleToMapIdle: pick('toggleToMapIdle'),
    checkboxes: pick('checkboxes'),
  } satisfies ManyCategoriesRun;
}

async function manyCategoriesResult(
  browser: Browser,
  base: string,
): Promise<ManyCategoriesResult | null> {
  if (CATEGORIES <= 0) return null;
  return {
    rows: MANY_CATEGORY_ROWS,
    categories: CATEGORIES,
    ...(await manyCategoriesRuns(browser, base, CATEGORIES)),
    control: await manyCategoriesRuns(browser, base, CONTROL_CATEGORIES),
    controlCategories: CONTROL_CATEGORIES,
  };
}

async function readingResult(
  browser: Browser,
  base: string,
  results: SizeResult[],
): Promise<ReadingResult | null> {
  if (READING_SIZE <= 0) return null;
  const file = foreignFile(READING_SIZE);
  const runs: ReadingRun[] = [];
  for (let i = 0; i < RUNS; i++) {
    console.log(`reading step, ${READING_SIZE.toLocaleString('en')} rows: run ${i + 1} of ${RUNS}`);
    runs.push(await measureReading(() => newPage(browser), base, file));
  }
  const own = results.find((r) => r.size === READING_SIZE)?.app.interactive;
  const pick = (key: keyof ReadingRun) => median(runs.map((r) => r[key]));
  const linkInteractive = pick('linkInteractive');
  return {
    size: READING_SIZE,
    toDialog: pick('toDialog'),
    loadToInteractive: pick('loadToInteractive'),
    linkInteractive,
    linkLongTaskMax: pick('linkLongTaskMax'),
    ratioToOwnFormat: own ? linkInteractive / own : null,
  };
}

// ——— bundle ———

interface BundleFigures {
  appJs: number;
  appCss: number;
  react: number;
  maplibreJs: number;
  maplibreCss: number;
  initialTotal: number;
  onDemand: { file: string; gzip: number }[];
}

function bundle(): BundleFigures {
  const dist = DIST;
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.(?:js|css))"/g)].map(
    (m) => m[1] as string,
  );
  const gz = (file: string) => gzipSync(readFileSync(`${dist}/${file}`), { level: 9 }).length;
  const figures: BundleFigures = {
    appJs: 0,
    appCss: 0,
    react: 0,
    maplibreJs: 0,
    maplibreCss: 0,
    initialTotal: 0,
    onDemand: [],
  };
  for (const file of initial) {
    const size = gz(file);
    figures.initialTotal += size;
    const name = file.slice('assets/'.length);
    if (name.startsWith('maplibre')) {
      if (file.endsWith('.css')) figures.maplibreCss += size;
      else figures.maplibreJs += size;
    } else if (name.startsWith('react')) figures.react += size;
    else if (file.endsWith('.css')) figures.appCss += size;
    else figures.appJs += size;
  }
  for (const name of readdirSync(`${dist}/assets`)) {
    const file = `assets/${name}`;
    if (!/\.m?js$/.test(name) || initial.includes(file)) continue;
    figures.onDemand.push({ file: name, gzip: gz(file) });
  }
  return figures;
}

// ——— the app ———

interface AppRun {
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

async function newPage(browser: Browser): Promise<Page> {
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

async function heapMb(page: Page): Promise<number> {
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
async function clickLatency(
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

interface Drag {
  from: { x: number; y: number };
  to: { x: number; y: number };
  /** The app's map size and camera, which the floor copies. */
  map: { width: number; height: number; zoom: number; lat: number; lon: number };
}

/** Seconds the page's main thread has spent in tasks so far, and when (both Chromium's count). */
async function mainThreadTime(cdp: CDPSession): Promise<{ busy: number; at: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { busy: value('TaskDuration'), at: value('Timestamp') };
}

/**
 * The same pointer drag for the app and the floor: the same steps, the same input pipeline.
 * `mainBusy` is the share of the drag the page's main thread spent working: when frames are slow
 * and it is low, the time goes to drawing and compositing in the GPU process, not to the page.
 */
async function dragAndSample(
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

async function measureApp(browser: Browser, base: string, file: string): Promise<AppRun> {
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
        const timeline = window.chronomap?.['timeline'] as {
          pointAt: (ms: number) => { x: number; y: number };
          lanePointAt: (ms: number, lane: number) => { x: number; y: number };
        };
        return grab === 'lanes' ? timeline.lanePointAt(ms, 0) : timeline.pointAt(ms);
      },
      [ms, GRAB] as const,
    );
  const renders = () =>
    page.evaluate(() => (window.chronomap?.['map'] as { renders: () => number }).renders());
  const a = await point(START + WINDOW / 2);
  const b = await point(START + DAYS * DAY - WINDOW / 2);
  const rendersBefore = await renders();
  const box = await page.getByTestId('map').boundingBox();
  const camera = await page.evaluate(() =>
    (
      window.chronomap?.['map'] as { camera: () => { zoom: number; lat: number; lon: number } }
    ).camera(),
  );
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
    page.evaluate(
      (at) =>
        (
          window.chronomap?.['timeline'] as {
            lanePointAt: (ms: number, lane: number) => { x: number; y: number };
          }
        ).lanePointAt(at, 0),
      ms,
    );
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

interface FilterChange {
  /** The longest main-thread task from the click until the map is idle again. */
  longTask: number;
  toMapIdle: number;
}

/**
 * One category switched off (Diplomacy, 7% of the events) on a settled page: how long the page
 * stops answering, and how long until the map has drawn what is left.
 */
async function measureFilterChange(page: Page): Promise<FilterChange> {
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
async function measureMarkerClick(
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
  const point = await page.evaluate(
    ([lon, lat]) =>
      (
        window.chronomap?.['map'] as {
          project: (lon: number, lat: number) => { x: number; y: number };
        }
      ).project(lon, lat),
    [first.lon, first.lat] as const,
  );
  const latency = await clickLatency(page, point, true);
  await page.context().close();
  return latency;
}

// ——— the floor ———

interface FloorRun {
  firstMapRender: number;
  loadLongTaskMax: number;
  scrub: FrameStats;
  scrubMapRenders: number;
  scrubMainBusy: number;
}

async function measureFloor(
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

// ——— report ———

interface SizeResult {
  size: number;
  file: string;
  app: {
    firstMapRender: number;
    interactive: number;
    loadLongTaskMax: number;
    loadLongTasks: number;
    loadAppScriptMax: number;
    loadMapLibreScriptMax: number;
    heapMb: number;
    scrub: FrameStats;
    scrubLongTaskMax: number;
    scrubMapRenders: number;
    scrubMainBusy: number;
    playback: FrameStats;
    clickMarker: number;
    clickTimeline: number;
    clickTimelineAfterPlayback: number;
    filterLongTask: number;
    filterToMapIdle: number;
  };
  floor: {
    firstMapRender: number;
    loadLongTaskMax: number;
    scrub: FrameStats;
    scrubMapRenders: number;
    scrubMainBusy: number;
  } | null;
  ratio: { scrubP50: number; scrubP95: number } | null;
  runs: number;
}

const ms = (value: number) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : 'n/a';
const pct = (value: number) => (Number.isFinite(value) ? `${Math.round(value * 100)}%` : 'n/a');
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const ratio = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';

function markdown(
  results: SizeResult[],
  bundleFigures: BundleFigures,
  soakResult: SoakResult | null,
  machine: string,
): string {
  const head = ['', ...results.map((r) => `${r.size.toLocaleString('en')} events`)];
  const row = (label: string, cell: (r: SizeResult) => string) =>
    `| ${label} | ${results.map(cell).join(' | ')} |`;
  const lines = [
    `Machine: ${machine}. Medians of ${RUNS} runs; viewport ${VIEWPORT.width}×${VIEWPORT.height}.`,
    '',
    `| ${head.join(' | ')} |`,
    `|${head.map(() => '---').join('|')}|`,
    row('load → first map render with markers', (r) => ms(r.app.firstMapRender)),
    row('load → interactive (timeline drawn, list filled)', (r) => ms(r.app.interactive)),
    row('longest main-thread task during load', (r) => ms(r.app.loadLongTaskMax)),
    row('long tasks during load', (r) => String(r.app.loadLongTasks)),
    row(
      'longest script run during load, by who started it: app / MapLibre',
      (r) => `${ms(r.app.loadAppScriptMax)} / ${ms(r.app.loadMapLibreScriptMax)}`,
    ),
    row('JS heap after load', (r) => `${r.app.heapMb.toFixed(0)} MB`),
    row(
      'scrub frame p50 / p95 / max',
      (r) => `${ms(r.app.scrub.p50)} / ${ms(r.app.scrub.p95)} / ${ms(r.app.scrub.max)}`,
    ),
    row(
      'scrub frames over 16.7 ms / 50 ms',
      (r) => `${pct(r.app.scrub.over16)} / ${pct(r.app.scrub.over50)}`,
    ),
    row('longest task while scrubbing', (r) => ms(r.app.scrubLongTaskMax)),
    row('map frames drawn while scrubbing', (r) => String(Math.round(r.app.scrubMapRenders))),
    row('main thread busy while scrubbing: app / floor', (r) =>
      r.floor
        ? `${pct(r.app.scrubMainBusy)} / ${pct(r.floor.scrubMainBusy)}`
        : pct(r.app.scrubMainBusy),
    ),
    row('floor (bare MapLibre): first render', (r) =>
      r.floor ? ms(r.floor.firstMapRender) : 'did not load',
    ),
    row('floor: longest main-thread task during load, its parsing aside', (r) =>
      r.floor ? ms(r.floor.loadLongTaskMax) : 'n/a',
    ),
    row('floor: scrub frame p50 / p95', (r) =>
      r.floor ? `${ms(r.floor.scrub.p50)} / ${ms(r.floor.scrub.p95)}` : 'n/a',
    ),
    row('**scrub p50 app/floor**', (r) => ratio(r.ratio?.scrubP50)),
    row('**scrub p95 app/floor**', (r) => ratio(r.ratio?.scrubP95)),
    row('playback frame p50 / p95', (r) => `${ms(r.app.playback.p50)} / ${ms(r.app.playback.p95)}`),
    row('click on a marker → details painted', (r) => ms(r.app.clickMarker)),
    row('click on the timeline → details painted', (r) => ms(r.app.clickTimeline)),
    row('the same, as soon as the map is idle after playback', (r) =>
      ms(r.app.clickTimelineAfterPlayback),
    ),
    row(
      'one category off: longest task / until the map has drawn',
      (r) => `${ms(r.app.filterLongTask)} / ${ms(r.app.filterToMapIdle)}`,
    ),
    '',
    '| bundle (gzip -9) | size |',
    '|---|---|',
    `| app JS, initial | ${kb(bundleFigures.appJs)} |`,
    `| app CSS, initial | ${kb(bundleFigures.appCss)} |`,
    `| react + react-dom | ${kb(bundleFigures.react)} |`,
    `| maplibre-gl JS + CSS | ${kb(bundleFigures.maplibreJs + bundleFigures.maplibreCss)} |`,
    `| everything loaded at first paint | ${kb(bundleFigures.initialTotal)} |`,
    ...bundleFigures.onDemand.map((chunk) => `| on demand: ${chunk.file} | ${kb(chunk.gzip)} |`),
  ];
  if (soakResult) {
    lines.push(
      '',
      `Soak: ${soakResult.minutes} min of looped playback at 1 week/s on ${soakResult.size.toLocaleString('en')} events, with a scrub every minute.`,
      '',
      '| | start | end | max |',
      '|---|---|---|---|',
      `| JS heap (after GC) | ${soakResult.heap[0]?.toFixed(1)} MB | ${soakResult.heap.at(-1)?.toFixed(1)} MB | ${Math.max(...soakResult.heap).toFixed(1)} MB |`,
      `| DOM nodes | ${soakResult.nodes[0]} | ${soakResult.nodes.at(-1)} | ${Math.max(...soakResult.nodes)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}

function budgets(
  results: SizeResult[],
  bundleFigures: BundleFigures,
  failures: Map<number, string>,
): string[] {
  const lines: string[] = [];
  const check = (ok: boolean, text: string) => lines.push(`${ok ? '✔' : '✘'} ${text}`);
  for (const [size, reason] of failures)
    check(false, `${size.toLocaleString('en')} events: the app did not load (${reason})`);
  const r100 = results.find((r) => r.size === 100_000);
  if (r100) {
    check(
      (r100.ratio?.scrubP95 ?? Infinity) <= 1.5,
      `100k: scrub p95 within 1.5× the floor (${ratio(r100.ratio?.scrubP95)})`,
    );
    check(
      r100.app.clickMarker < 100 && r100.app.clickTimeline < 100,
      `100k: click to details under 100 ms (${ms(r100.app.clickMarker)} map, ${ms(r100.app.clickTimeline)} timeline)`,
    );
    check(
      r100.app.interactive < 3000,
      `100k: load to interactive under 3 s (${ms(r100.app.interactive)})`,
    );
  }
  const r1m = results.find((r) => r.size === 1_000_000);
  if (r1m) {
    check(
      r1m.app.loadLongTaskMax <= 200,
      `1M: no main-thread task over 200 ms while loading (longest ${ms(r1m.app.loadLongTaskMax)}; ` +
        `longest script run: app ${ms(r1m.app.loadAppScriptMax)}, MapLibre ${ms(r1m.app.loadMapLibreScriptMax)}; ` +
        `bare MapLibre page, its parsing aside: ${r1m.floor ? ms(r1m.floor.loadLongTaskMax) : 'n/a'})`,
    );
    check(
      r1m.app.scrub.frames > 10,
      `1M: scrubbing keeps responding (${r1m.app.scrub.frames} frames, p95 ${ms(r1m.app.scrub.p95)})`,
    );
  }
  check(
    bundleFigures.appJs < 80 * 1024,
    `app code under 80 KB gzip in the initial load (${kb(bundleFigures.appJs)})`,
  );
  return lines;
}

/** The cases after the sizes (reading step, many categories, soak), the bundle, the report. */
async function finish(
  browser: Browser,
  base: string,
  {
    results,
    failures,
    machine,
  }: { results: SizeResult[]; failures: Map<number, string>; machine: string },
) {
  const only = ONLY === 'categories';
  const reading = only ? null : await readingResult(browser, base, results);
  const manyCategories = await manyCategoriesResult(browser, base);
  const soakResult =
    !only && SOAK_MINUTES > 0 ? await soak(browser, base, dataFile(10_000), SOAK_MINUTES) : null;
  const bundleFigures = bundle();
  const report =
    (only ? '' : markdown(results, bundleFigures, soakResult, machine)) +
    (reading ? `\n${readingMarkdown(reading, ms)}` : '') +
    (manyCategories ? `\n${manyCategoriesMarkdown(manyCategories, ms)}` : '');
  const checks = only ? [] : budgets(results, bundleFigures, failures);
  if (manyCategories) checks.push(manyCategoriesBudget(manyCategories, ms));
  if (reading) {
    const ok = reading.linkLongTaskMax <= 200 && (reading.ratioToOwnFormat ?? 0) <= 1.5;
    checks.push(
      `${ok ? '✔' : '✘'} ${reading.size.toLocaleString('en')}-row CSV that needs a reading: no main-thread task over 200 ms ` +
        `(${ms(reading.linkLongTaskMax)}) and within 1.5× the own-format load (${ratio(reading.ratioToOwnFormat ?? undefined)})`,
    );
  }
  mkdirSync(`${root}/bench/results`, { recursive: true });
  writeFileSync(
    `${root}/bench/results/${OUT}.json`,
    `${JSON.stringify({ date: new Date().toISOString(), machine, runs: RUNS, grab: GRAB, results, reading, manyCategories, bundle: bundleFigures, soak: soakResult, budgets: checks }, null, 2)}\n`,
  );
  writeFileSync(
    `${root}/bench/results/${OUT}.md`,
    `${report}\nBudgets:\n\n${checks.map((c) => `- ${c}`).join('\n')}\n`,
  );
  console.log(`\n${report}\n${checks.join('\n')}\n\nwritten to bench/results/${OUT}.{json,md}`);
}

async function main() {
  if (BUILD) {
    run('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', DIST]);
    run('npx', ['vite', 'build', '--config', 'bench/vite.floor.config.ts']);
  }
  const sizes = ONLY === 'categories' ? [] : SIZES;
  const files = new Map(sizes.map((size) => [size, dataFile(size)]));
  const server = await serve([
    { prefix: '/bench-data/', dir: `${root}/bench/.data` },
    { prefix: '/floor/', dir: `${root}/dist-bench/floor` },
    { prefix: '/', dir: DIST, csp: true },
  ]);
  const browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: chromiumArgs,
    headless: true,
  });
  const version = browser.version();
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Chromium ${version} headless (SwiftShader WebGL)`;
  const results: SizeResult[] = [];
  const failures = new Map<number, string>();
  try {
    for (const size of sizes) {
      const file = files.get(size) as string;
      const appRuns: AppRun[] = [];
      const floorRuns: FloorRun[] = [];
      for (let i = 0; i < RUNS; i++) {
        console.log(`${size.toLocaleString('en')} events: run ${i + 1} of ${RUNS}`);
        let app: AppRun;
        try {
          app = await measureApp(browser, server.url, file);
        } catch (error) {
          // Reported as a result (a size the app cannot handle), not a crash of the whole bench.
          failures.set(size, String(error).split('\n')[0] ?? 'unknown error');
          break;
        }
        appRuns.push(app);
        const floor = await measureFloor(browser, server.url, file, app.drag);
        if (floor) floorRuns.push(floor);
      }
      if (appRuns.length === 0) continue;
      const scrub = medianStats(appRuns.map((r) => r.scrub));
      const floorScrub = floorRuns.length ? medianStats(floorRuns.map((r) => r.scrub)) : null;
      // Ratios per run, then the median: both sides of each ratio come from the same moment.
      const ratios = appRuns.flatMap((r, i) =>
        floorRuns[i]
          ? [
              {
                p50: r.scrub.p50 / floorRuns[i].scrub.p50,
                p95: r.scrub.p95 / floorRuns[i].scrub.p95,
              },
            ]
          : [],
      );
      results.push({
        size,
        file,
        runs: RUNS,
        app: {
          firstMapRender: median(appRuns.map((r) => r.firstMapRender)),
          interactive: median(appRuns.map((r) => r.interactive)),
          loadLongTaskMax: median(appRuns.map((r) => r.loadLongTasks.max)),
          loadLongTasks: median(appRuns.map((r) => r.loadLongTasks.count)),
          loadAppScriptMax: median(appRuns.map((r) => r.loadScripts.app)),
          loadMapLibreScriptMax: median(appRuns.map((r) => r.loadScripts.maplibre)),
          heapMb: median(appRuns.map((r) => r.heapMb)),
          scrub,
          scrubLongTaskMax: median(appRuns.map((r) => r.scrubLongTasks.max)),
          scrubMapRenders: median(appRuns.map((r) => r.scrubMapRenders)),
          scrubMainBusy: median(appRuns.map((r) => r.scrubMainBusy)),
          playback: medianStats(appRuns.map((r) => r.playback)),
          clickMarker: median(appRuns.map((r) => r.clickMarker ?? NaN)),
          clickTimeline: median(appRuns.map((r) => r.clickTimeline ?? NaN)),
          clickTimelineAfterPlayback: median(
            appRuns.map((r) => r.clickTimelineAfterPlayback ?? NaN),
          ),
          filterLongTask: median(appRuns.map((r) => r.filterChange.longTask)),
          filterToMapIdle: median(appRuns.map((r) => r.filterChange.toMapIdle)),
        },
        floor: floorScrub
          ? {
              firstMapRender: median(floorRuns.map((r) => r.firstMapRender)),
              loadLongTaskMax: median(floorRuns.map((r) => r.loadLongTaskMax)),
              scrub: floorScrub,
              scrubMapRenders: median(floorRuns.map((r) => r.scrubMapRenders)),
              scrubMainBusy: median(floorRuns.map((r) => r.scrubMainBusy)),
            }
          : null,
        ratio: ratios.length
          ? {
              scrubP50: median(ratios.map((r) => r.p50)),
              scrubP95: median(ratios.map((r) => r.p95)),
            }
          : null,
      });
    }
    await finish(browser, server.url, { results, failures, machine });
  } finally {
    await browser.close();
    server.close();
  }
}

await main();
