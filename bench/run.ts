/**
 * `npm run bench`: builds the app and the floor page, generates seeded datasets, and measures
 * load, scrubbing, playback, click latency, long tasks, heap and bundle size in headless
 * Chromium. Figures are medians of several runs; scrubbing is also given as a ratio to the floor
 * (bare MapLibre) measured in the same run. Writes bench/results/latest.{json,md}.
 * Flags: `npm run bench -- --help` (bench/options.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';

import { chromium, type Browser } from '@playwright/test';

import { chromiumArgs, chromiumExecutable } from '../e2e/support/chromium.ts';

import { bundle } from './bundle.ts';
import { manyCategoriesResult, readingResult } from './cases.ts';
import { dataFile } from './data-files.ts';
import { manyCategoriesBudget, manyCategoriesMarkdown } from './many-categories.ts';
import { measureApp, type AppRun } from './measure-app.ts';
import { measureFloor, type FloorRun } from './measure-floor.ts';
import { BUILD, DIST, GRAB, ONLY, OUT, root, RUNS, SIZES, SOAK_MINUTES, USAGE } from './options.ts';
import { readingMarkdown } from './reading.ts';
import { budgets, markdown, ms, ratio } from './report.ts';
import { serve } from './serve.ts';
import { soak } from './soak.ts';
import { summarise, type SizeResult } from './summary.ts';

function run(command: string, args: string[]) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
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
      results.push(summarise(size, file, appRuns, floorRuns));
    }
    await finish(browser, server.url, { results, failures, machine });
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv.includes('--help')) console.log(USAGE);
else await main();
