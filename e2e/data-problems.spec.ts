import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';
import Papa from 'papaparse';

import { fixturePath, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const HEADER = 'id,title,date,category,lat,lon,actors,source_url';

/** Rows of a CSV in Chronomap's columns, numbered from 1 as the report numbers them. */
function csv(rows: string[][]): Buffer {
  return Buffer.from([HEADER, ...rows.map((row) => Papa.unparse([row]))].join('\n'));
}

const good = (n: number) => [
  `ok${n}`,
  `Fine ${n}`,
  `2024-01-0${n}`,
  'maritime',
  '12.8',
  '45',
  'A',
  '',
];

/**
 * 3 good rows; 600 without a title (one with formula-like cells); 12 with impossible dates; one
 * bad latitude; 5 that load with a link that is not http(s).
 */
function manyBadRows(): Buffer {
  const rows: string[][] = [good(1), good(2), good(3)];
  for (let i = 0; i < 600; i++)
    rows.push([`t${rows.length + 1}`, '', '2024-01-05', 'maritime', '12.8', '45', 'A', '']);
  rows[3] = ['t4', '', '2024-01-05', '=SUM(1+2)', '12.8', '+1', '@cmd|x', ''];
  for (let i = 0; i < 12; i++)
    rows.push([
      `d${rows.length + 1}`,
      'Bad date',
      `2024-13-${10 + i}`,
      'maritime',
      '1',
      '2',
      '',
      '',
    ]);
  rows.push(['lat', 'Bad latitude', '2024-01-06', 'maritime', 'abc', '45', '', '']);
  for (let i = 0; i < 5; i++)
    rows.push([
      `w${rows.length + 1}`,
      'Link',
      '2024-01-07',
      'maritime',
      '1',
      '2',
      '',
      `javascript:${i}`,
    ]);
  return csv(rows);
}

async function loadFile(page: Page, name: string, buffer: Buffer) {
  await page.getByRole('button', { name: 'Load data' }).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Choose a file…' }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

async function openProblems(page: Page) {
  await page
    .getByTestId('data-problems-banner')
    .getByRole('button', { name: 'Show data problems' })
    .click();
  return page.getByRole('region', { name: 'Data problems' });
}

test('many bad rows read as a few grouped lines, each with all its rows a click away', async ({
  app,
  page,
}) => {
  await app.open();
  await loadFile(page, 'many-bad.csv', manyBadRows());
  await expect(app.listCount).toHaveText('8 of 8 events');
  await expect(page.getByTestId('data-problems-banner')).toContainText(
    'Loaded 8 events; 613 rows skipped, 5 loaded with warnings.',
  );
  const report = await openProblems(page);
  const skipped = report.getByRole('region', { name: 'Skipped rows' });
  const warned = report.getByRole('region', { name: 'Loaded with warnings' });
  // One line per kind of problem, the largest first; a problem of its own reads as itself.
  await expect(skipped.locator(':scope > ul > li')).toHaveText([
    /^600 rows skipped: title is empty — #4, #5, #6, #7, #8, #9, #10, #11 … and 592 more\s*Show all 600$/,
    /^12 rows skipped: date "…" is not a valid date \(use YYYY-MM-DD, YYYY-MM or an ISO date-time\) — #604, #605, #606, #607, #608, #609, #610, #611 … and 4 more\s*Show all 12$/,
    'Skipped row #616 "lat": location.lat must be a number, got "abc"',
  ]);
  await expect(warned.locator(':scope > ul > li')).toHaveText([
    /^5 rows loaded with a warning: sources\[\]\.url "…" is not an http\(s\) link; shown as text — #617, #618, #619, #620, #621\s*Show all 5$/,
  ]);

  // "Show all" lists each problem, up to 500 of them, and says how many are left out.
  const first = skipped.locator(':scope > ul > li').first();
  await first.getByText('Show all 600').click();
  const listed = first.locator('details li');
  await expect(listed).toHaveCount(500);
  await expect(listed.first()).toHaveText('Skipped row #4 "t4": title is empty');
  await expect(listed.last()).toHaveText('Skipped row #503 "t503": title is empty');
  await expect(first).toContainText('The first 500 are listed; 100 more problems of this kind');
  await first.getByText('Show all 600').click();
  await expect(listed).toHaveCount(0);

  const dates = skipped.locator(':scope > ul > li').nth(1);
  await dates.getByText('Show all 12').click();
  await expect(dates.locator('details li').first()).toHaveText(
    'Skipped row #604 "d604": date "2024-13-10" is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)',
  );
  await report.getByRole('button', { name: 'Close' }).click();
  await expect(report).toBeHidden();
});

test('the skipped rows download as a CSV to fix, cells as they were and problems last', async ({
  app,
  page,
}) => {
  await app.open();
  await loadFile(page, 'many-bad.csv', manyBadRows());
  await expect(app.listCount).toHaveText('8 of 8 events');
  const report = await openProblems(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    report.getByRole('button', { name: 'Download skipped rows (CSV)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('many-bad-skipped-rows.csv');
  const rows = Papa.parse<string[]>(readFileSync(await download.path(), 'utf8'), {
    skipEmptyLines: true,
  }).data;
  expect(rows[0]).toEqual([...HEADER.split(','), 'problem']);
  expect(rows).toHaveLength(1 + 613);
  // Formula-like cells come back exactly as the file had them: it is the reader's own data.
  expect(rows[1]).toEqual([
    't4',
    '',
    '2024-01-05',
    '=SUM(1+2)',
    '12.8',
    '+1',
    '@cmd|x',
    '',
    'title is empty',
  ]);
  expect(rows[613]).toEqual([
    'lat',
    'Bad latitude',
    '2024-01-06',
    'maritime',
    'abc',
    '45',
    '',
    '',
    'location.lat must be a number, got "abc"',
  ]);
});

test('a file whose every row was skipped cannot be loaded, and its problems say why', async ({
  app,
  page,
}) => {
  await app.open();
  const rows = Array.from({ length: 25 }, (_, i) => [
    `e${i + 1}`,
    '',
    '2024-01-05',
    'x',
    '1',
    '2',
    '',
    '',
  ]);
  await loadFile(page, 'all-bad.csv', csv(rows));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The dataset could not be loaded. No event could load: all 25 rows were skipped.',
  );
  await expect(alert.getByRole('button', { name: 'Back to the default dataset' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
  // The dataset that was there stays on screen, its own report put away.
  const total = readFixture().events.length;
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);
  await expect(page.getByTestId('data-problems-banner')).toHaveCount(0);
  await alert.getByRole('button', { name: 'Show data problems' }).click();
  const report = page.getByRole('region', { name: 'Data problems' });
  await expect(report).toContainText('25 rows skipped: title is empty — #1, #2');
  await expect(report.getByRole('button', { name: 'Download skipped rows (CSV)' })).toBeVisible();
});

test('a dataset whose events are all filtered out still says none match', async ({ app, page }) => {
  await app.open('q=zzzz-nothing-has-this');
  await expect(app.events).toContainText(
    'No events match. Widen the time window or clear the filters.',
  );
  await expect(app.events).not.toContainText('This dataset has no events');
  await expect(page.getByTestId('data-problems-banner')).toHaveCount(0);
});

test('a file with no rows cannot be retried, only replaced', async ({ app, page }) => {
  await app.open();
  await loadFile(page, 'header-only.csv', Buffer.from(`${HEADER}\n`));
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('The CSV has a header but no rows.');
  await expect(alert.getByRole('button', { name: 'Back to the default dataset' })).toBeVisible();
  await expect(alert.getByRole('button', { name: 'Retry' })).toHaveCount(0);
});

test("a file's bad stories and steps are listed apart from its records, each by its story and step", async ({
  app,
  page,
}) => {
  await app.open();
  await loadFile(
    page,
    'f-hostile-stories.json',
    readFileSync(fixturePath('hostile/f-hostile-stories.json')),
  );
  await expect(app.listCount).toHaveText('2 of 2 events');
  // The events all loaded: a skipped story is not a skipped record.
  await expect(page.getByTestId('data-problems-banner')).toContainText(
    'Loaded 2 events; 1 loaded with warnings.',
  );
  const report = await openProblems(page);
  await expect(report.getByRole('region', { name: 'Skipped records' })).toHaveCount(0);
  await expect(
    report.getByRole('region', { name: 'Skipped stories and steps' }).locator(':scope > ul > li'),
  ).toHaveText([
    'Skipped file: stories[0] "hostile" step 2 is not an object; this step was skipped',
    'Skipped file: stories[0] "hostile" step 3 title is empty; this step was skipped',
    'Skipped file: stories[1] is not an object; this story was skipped',
    'Skipped file: stories[2] "hostile" id "hostile" is already used by stories[0]; this story was skipped',
    'Skipped file: stories[3] "no-steps" steps is empty; this story was skipped',
  ]);
  const warned = report.getByRole('region', { name: 'Loaded with warnings' });
  await expect(warned).toContainText(
    `Warning file: stories[0] "hostile" step 1 view: data is not allowed in a step's view (a step shows the dataset it is in); left out`,
  );
  await expect(warned).toContainText(
    'Warning file: stories[0] "hostile" step 1 events: no event "missing" in this dataset; left out',
  );
  expect(
    await page.evaluate(() => document.querySelectorAll('script:not([src]), img[src="x"]').length),
  ).toBe(0);
});
