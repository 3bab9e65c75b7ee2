import type { Page } from '@playwright/test';

import { seriousViolations } from './support/axe';
import { expect, test } from './support/test';

// The reading step: files that are not in Chronomap's format, read the way the dialog proposes.

/** A German spreadsheet as Excel writes it: ";" between cells, day-first dates, decimal commas. */
const GERMAN_CSV = [
  'Datum;Ort;Breite;Länge;Kategorie;Beschreibung',
  '10.01.2024;Maskat;23,5880;58,3829;Diplomatie;Gespräche in Maskat',
  '12.01.2024;Sanaa;15,3694;44,1910;Luftangriff;Angriffe auf Ziele bei Sanaa',
  '28.01.2024;Tower 22;33,3170;38,6830;Angriff;Drohnenangriff auf einen Stützpunkt',
  '03.02.2024;Al-Qa’im;34,3700;41,0900;Luftangriff;Angriffe im Westirak',
].join('\r\n');

/** A sheet with place names only, and its own header names. */
const PLACES_CSV = [
  'Event date,What happened,City,Country',
  '"Jan 10, 2024",Talks,Muscat,Oman',
  '"Jan 12, 2024",Strikes,Sanaa,Yemen',
  '"Feb 2, 2024",Strikes,Baghdad,Iraq',
  '"Feb 3, 2024",Meeting,Springfield,',
  '"Feb 4, 2024",Rumour,Qwxzyton,',
].join('\n');

async function chooseFile(page: Page, name: string, text: string) {
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(text, 'utf8'),
  });
}

const readingDialog = (page: Page) => page.getByRole('dialog', { name: /How should .* be read/ });

test('a spreadsheet with its own headers is read as proposed, every row with its date and place', async ({
  app,
  page,
}) => {
  await app.open();
  await chooseFile(page, 'einsatz.csv', GERMAN_CSV);
  const dialog = readingDialog(page);
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Date', { exact: true })).toHaveValue('Datum');
  await expect(dialog.getByLabel('Latitude', { exact: true })).toHaveValue('Breite');
  await expect(dialog.getByLabel('Longitude', { exact: true })).toHaveValue('Länge');
  await expect(dialog.getByLabel('Category', { exact: true })).toHaveValue('Kategorie');
  await expect(dialog.getByTestId('reading-counts')).toContainText('Of 4 rows: 4 would load');
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Load' }).click();
  await expect(dialog).toBeHidden();
  await app.waitUntilReady();
  await expect(app.listCount).toHaveText('4 of 4 events');
  await app.selectInList('Gespräche in Maskat');
  await expect(app.details).toContainText('10 Jan 2024');
  await expect(app.details).toContainText('Maskat');
  await expect.poll(() => app.renderedEventIds()).toHaveLength(4);
});

test('a changed choice shows in the preview and in what loads', async ({ app, page }) => {
  await app.open();
  await chooseFile(page, 'einsatz.csv', GERMAN_CSV);
  const dialog = readingDialog(page);
  const title = dialog.getByLabel('Title', { exact: true });
  await title.fill('{Kategorie}: {Ort}');
  await expect(dialog.getByRole('cell', { name: 'Diplomatie: Maskat' })).toBeVisible();
  await title.fill('{Kategorie}: {Nirgends}');
  await expect(dialog.getByText('No column "Nirgends" in this file.')).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Load' })).toBeDisabled();
  await title.fill('{Kategorie}: {Ort}');
  await dialog.getByRole('button', { name: 'Load' }).click();
  await app.waitUntilReady();
  await expect(app.events.getByRole('option', { name: /Luftangriff: Sanaa/ })).toBeVisible();
});

test('Cancel keeps the dataset that was there', async ({ app, page }) => {
  await app.open();
  const before = await app.listCount.textContent();
  await chooseFile(page, 'einsatz.csv', GERMAN_CSV);
  await readingDialog(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(readingDialog(page)).toBeHidden();
  await expect(app.listCount).toHaveText(before ?? '');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a link to such a file carries its reading, and opens the same events without asking', async ({
  app,
  page,
}) => {
  await page.route('**/shared/einsatz.csv', (route) =>
    route.fulfill({ body: GERMAN_CSV, contentType: 'text/csv' }),
  );
  await page.goto('/?data=shared/einsatz.csv');
  const dialog = readingDialog(page);
  await dialog.getByLabel('Title', { exact: true }).fill('{Ort}');
  await dialog.getByRole('button', { name: 'Load' }).click();
  await app.waitUntilReady();
  await expect(page).toHaveURL(/[?&]read=[^&]*date:Datum/);
  const link = page.url();
  expect(new URL(link).searchParams.get('read')).toContain('title:{Ort}');

  await page.goto(link);
  await app.waitUntilReady();
  await expect(readingDialog(page)).toHaveCount(0);
  await expect(app.listCount).toHaveText('4 of 4 events');
  await expect(app.events.getByRole('option', { name: /Tower 22/ })).toBeVisible();
});

test('a link whose reading cannot be read says so and asks', async ({ app, page }) => {
  await page.route('**/shared/einsatz.csv', (route) =>
    route.fulfill({ body: GERMAN_CSV, contentType: 'text/csv' }),
  );
  await page.goto('/?data=shared/einsatz.csv&read=colour:red');
  await expect(page.getByText(/read "colour:red" is not a reading/)).toBeVisible();
  await expect(readingDialog(page)).toBeVisible();
  void app;
});

test('place names are placed from the offline gazetteer, with no request leaving the machine', async ({
  app,
  page,
}) => {
  const elsewhere: string[] = [];
  await page.context().route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
  await app.open();
  await chooseFile(page, 'places.csv', PLACES_CSV);
  const dialog = readingDialog(page);
  await expect(dialog.getByLabel('Place name', { exact: true })).toHaveValue('City');
  await expect(dialog.getByRole('combobox', { name: 'Country', exact: true })).toHaveValue(
    'Country',
  );
  await expect(dialog.getByTestId('reading-counts')).toContainText('5 would load');
  await expect(dialog.getByTestId('reading-counts')).toContainText('offline gazetteer');
  await dialog.getByRole('button', { name: 'Load' }).click();
  await app.waitUntilReady();
  await expect(app.listCount).toHaveText('5 of 5 events');
  await app.selectInList('Talks');
  await expect(app.details).toContainText('Muscat');
  await expect(app.details).toContainText(/GeoNames/);
  const banner = page.getByTestId('data-problems-banner');
  await expect(banner).toContainText('loaded with warnings');
  await banner.getByRole('button', { name: 'Show data problems' }).click();
  const problems = page.getByRole('dialog', { name: 'Data problems' });
  await expect(problems).toContainText('Qwxzyton');
  await expect(problems).toContainText('Springfield');
  expect(elsewhere).toEqual([]);
});

test('the reading step works on a phone', async ({ app, page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await app.open();
  await chooseFile(page, 'einsatz.csv', GERMAN_CSV);
  const dialog = readingDialog(page);
  await expect(dialog).toBeVisible();
  const box = await dialog.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(390);
  await dialog.getByRole('button', { name: 'Load' }).click();
  await app.waitUntilReady();
  await expect(app.listCount).toHaveText('4 of 4 events');
});

test('a dataset from elsewhere in the world is framed when it loads', async ({ app, page }) => {
  await app.open();
  await chooseFile(
    page,
    'los-angeles.csv',
    [
      'title,date,lat,lon',
      'First,1992-04-29,34.0592,-118.2740',
      'Second,1992-04-30,34.0627,-118.2341',
      'Third,1992-05-01,33.9731,-118.2479',
    ].join('\n'),
  );
  await expect(app.listCount).toHaveText('3 of 3 events');
  await app.waitUntilReady();
  await expect.poll(() => app.renderedEventIds()).toHaveLength(3);
  await expect(app.map.getByText(/outside the map/)).toHaveCount(0);
});
