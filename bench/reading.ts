/**
 * The reading step at scale: a CSV with its own headers (day-first dates, decimal commas, ";"
 * between cells, as a European spreadsheet writes it), opened twice: by a plain `?data=` link,
 * which shows the reading dialog (timed to the dialog, then from Load to interactive), and by a
 * link that carries its reading (`read=`), which loads without asking.
 */
import type { Page } from '@playwright/test';

import { syntheticEvents } from './generate.ts';
import { longTasksBetween } from './instrument.ts';

/** The reading a link carries for this file (docs/url.md, `read=`). */
export const FOREIGN_READING =
  'date:Datum;order:dmy;title:{Ereignis};lat:Breite;lon:Länge;category:Kategorie;actors:Beteiligte';

const dayFirst = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const comma = (n: number) => String(n).replace('.', ',');

export function toForeignCsv(count: number, seed?: number): string {
  const lines = ['Datum;Ereignis;Kategorie;Breite;Länge;Beteiligte'];
  for (const e of syntheticEvents(count, seed)) {
    lines.push(
      `${dayFirst(e.date)};${e.title};${e.category};${comma(e.lat)};${comma(e.lon)};${e.actors.join('|')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

export interface ReadingRun {
  /** Page start to the reading dialog on screen (only the file's head is read for it). */
  toDialog: number;
  /** Load pressed to the timeline drawn and the list filled. */
  loadToInteractive: number;
  /** Page start to interactive, by a link that carries the reading. */
  linkInteractive: number;
  /** Longest main-thread task while the link's file loaded. */
  linkLongTaskMax: number;
}

const READY_MARKS = ['map-events', 'timeline-drawn', 'list-filled'];

async function waitForInteractive(page: Page): Promise<number> {
  await page.waitForFunction(
    (marks) => marks.every((m) => performance.getEntriesByName(`chronomap:${m}`).length > 0),
    READY_MARKS,
    { timeout: 300_000, polling: 250 },
  );
  return page.evaluate(() =>
    Math.max(
      ...['timeline-drawn', 'list-filled'].map(
        (m) => performance.getEntriesByName(`chronomap:${m}`)[0]?.startTime ?? NaN,
      ),
    ),
  );
}

/** Median figures of the runs, and how they compare with the same events in Chronomap's format. */
export interface ReadingResult extends ReadingRun {
  size: number;
  /** linkInteractive over the own-format file's interactive, same run, same size. */
  ratioToOwnFormat: number | null;
}

export function readingMarkdown(result: ReadingResult, ms: (value: number) => string): string {
  const ratio = result.ratioToOwnFormat;
  return [
    `Reading step, ${result.size.toLocaleString('en')}-row CSV with its own headers (day-first dates, decimal commas):`,
    '',
    `- page start to the reading dialog (head only): ${ms(result.toDialog)}`,
    `- Load pressed to interactive: ${ms(result.loadToInteractive)}`,
    `- by a link carrying the reading, page start to interactive: ${ms(result.linkInteractive)}` +
      (ratio ? ` (${ratio.toFixed(2)}× the same events in Chronomap's CSV format)` : ''),
    `- longest main-thread task while it loads: ${ms(result.linkLongTaskMax)}`,
    '',
  ].join('\n');
}

export async function measureReading(
  newPage: () => Promise<Page>,
  base: string,
  file: string,
): Promise<ReadingRun> {
  const asked = await newPage();
  await asked.goto(`${base}/?data=/bench-data/${file}`);
  const load = asked.getByRole('dialog', { name: /How should .* be read/ }).getByRole('button', {
    name: 'Load',
  });
  await load.waitFor({ state: 'visible', timeout: 300_000 });
  const toDialog = await asked.evaluate(() => performance.now());
  const pressed = await asked.evaluate(() => performance.now());
  await load.click();
  const loadToInteractive = (await waitForInteractive(asked)) - pressed;
  await asked.context().close();

  const linked = await newPage();
  await linked.goto(
    `${base}/?data=/bench-data/${file}&read=${encodeURIComponent(FOREIGN_READING)}`,
  );
  const linkInteractive = await waitForInteractive(linked);
  const tasks = await linked.evaluate(longTasksBetween, [0, linkInteractive] as const);
  await linked.context().close();
  return { toDialog, loadToInteractive, linkInteractive, linkLongTaskMax: tasks.max };
}
