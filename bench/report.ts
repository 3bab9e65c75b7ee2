/** The results as a Markdown report, and the budgets they are held to. */
import type { BundleFigures } from './bundle.ts';
import { RUNS, VIEWPORT } from './options.ts';
import type { SoakResult } from './soak.ts';
import type { SizeResult } from './summary.ts';

export const ms = (value: number) =>
  Number.isFinite(value) ? `${Math.round(value).toLocaleString('en')} ms` : 'n/a';
export const pct = (value: number) =>
  Number.isFinite(value) ? `${Math.round(value * 100)}%` : 'n/a';
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ratio = (value: number | undefined) =>
  value !== undefined && Number.isFinite(value) ? `${value.toFixed(2)}×` : 'n/a';

export function markdown(
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

export function budgets(
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
