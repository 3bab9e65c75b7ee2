/** The cases after the sizes: the CSV that needs a reading, and many categories. */
import type { Browser } from '@playwright/test';

import { foreignFile, manyCategoriesFile } from './data-files.ts';
import {
  measureManyCategories,
  type ManyCategoriesResult,
  type ManyCategoriesRun,
} from './many-categories.ts';
import {
  CATEGORIES,
  CONTROL_CATEGORIES,
  MANY_CATEGORY_ROWS,
  READING_SIZE,
  RUNS,
} from './options.ts';
import { newPage } from './page-tools.ts';
import { measureReading, type ReadingResult, type ReadingRun } from './reading.ts';
import { median } from './stats.ts';
import type { SizeResult } from './summary.ts';

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

export async function manyCategoriesResult(
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

export async function readingResult(
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
