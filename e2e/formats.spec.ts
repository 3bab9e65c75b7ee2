import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Page } from '@playwright/test';

import type { AppDriver } from './support/app-driver';
import { expect, test } from './support/test';

// Every file in e2e/fixtures/formats (the shapes people bring, see its README), loaded by a link
// and by the file picker, read the way Chronomap proposes: every row loads, a known format says
// how it was read and asks nothing, any other file asks, and an event shows its date and place.

const FORMATS = fileURLToPath(new URL('./fixtures/formats/', import.meta.url));

interface Fixture {
  file: string;
  /** Data rows (features) in the file; the README names none as deliberately unloadable. */
  rows: number;
  /** The dataset's name in the header, when not the file's: the USGS feed's metadata title. */
  heading?: string;
  /** The end of the "Read as …" notice for a known format; null when the dialog should ask. */
  readAs: string | null;
  /**
   * One event: its title in the list, and what its details show of its date and place. Each is
   * among the first few by date, so the list shows it without scrolling.
   */
  sample: { title: string; date: string; place: string };
}

const FIXTURES: Fixture[] = [
  {
    file: 'usgs-feed.geojson',
    rows: 30,
    heading: 'USGS All Earthquakes, Past Month (synthetic)',
    readAs: 'a USGS earthquake feed',
    sample: {
      title: 'M 3.0 - 68 km SW of Testbury (synthetic)',
      date: '2 Jan 2024',
      place: '68 km SW of Testbury (synthetic)',
    },
  },
  {
    file: 'acled-export.csv',
    rows: 40,
    readAs: 'an ACLED export',
    sample: { title: 'Armed clash — Sanaa', date: '1 Jan 2024', place: 'Sanaa' },
  },
  {
    file: 'acled-api.csv',
    rows: 12,
    readAs: 'an ACLED export',
    sample: {
      title: 'Shelling/artillery/missile attack — Aden',
      date: '2 Jan 2024',
      place: 'Aden',
    },
  },
  {
    file: 'gdelt-events.tsv',
    rows: 20,
    readAs: 'a GDELT events export',
    // A country's centroid (ActionGeo_Type 1).
    sample: { title: 'GOVERNMENT – OPPOSITION · Yemen', date: '10 Jan 2024', place: 'Yemen' },
  },
  {
    file: 'gdelt-bigquery.csv',
    rows: 12,
    readAs: 'a GDELT events export',
    sample: {
      title: 'PROTESTER – POLICE · Muscat, Masqat, Oman',
      date: '10 Jan 2024',
      place: 'Muscat',
    },
  },
  {
    file: 'timemap-sheet.csv',
    rows: 12,
    readAs: 'a timemap sheet',
    // 03/02/2023 in a timemap sheet is month first: 2 March, at 07:00.
    sample: { title: 'Synthetic event 1:', date: '2 Mar 2023', place: 'Site A (synthetic)' },
  },
  {
    file: 'custom-dayfirst.csv',
    rows: 12,
    readAs: null,
    // 05.04.2023 is day first: 5 April, though both numbers could be a month.
    sample: { title: 'Demonstrationszug durch', date: '5 Apr 2023', place: 'Hamburg' },
  },
  {
    file: 'custom-places-only.csv',
    rows: 10,
    readAs: null,
    sample: { title: 'transport strike announced', date: '19 Jan 2024', place: 'Paris' },
  },
];

// Camera moves are frames to draw on a software GPU: without them each load settles sooner.
test.use({ reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });

const readingDialog = (page: Page) => page.getByRole('dialog', { name: /How should .* be read/ });

/** Serves every fixture under formats/, for links to it. */
async function serveFormats(page: Page) {
  await page.route('**/formats/*', (route) => {
    const file = decodeURIComponent(new URL(route.request().url()).pathname.split('/').pop() ?? '');
    return route.fulfill({ path: path.join(FORMATS, file) });
  });
}

/** Blocks and records every request to a host other than this machine's. */
async function recordElsewhere(page: Page): Promise<string[]> {
  const elsewhere: string[] = [];
  await page.context().route(
    (url) => url.hostname !== '127.0.0.1',
    (route) => {
      elsewhere.push(route.request().url());
      return route.abort();
    },
  );
  return elsewhere;
}

/** Load data → Choose a file, with the fixture itself. */
async function chooseFile(page: Page, file: string) {
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles(path.join(FORMATS, file));
}

/** A custom file asks, and its proposal is taken as it is; a known format loads and says so. */
async function acceptReading(page: Page, fixture: Fixture) {
  const dialog = readingDialog(page);
  if (fixture.readAs) {
    await expect(page.getByTestId('read-as-notice')).toContainText(`Read as ${fixture.readAs}`);
    await expect(dialog).toHaveCount(0);
    return;
  }
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleName(`How should “${fixture.file}” be read?`);
  await expect(dialog.getByTestId('reading-counts')).toContainText(`${fixture.rows} would load`);
  await dialog.getByRole('button', { name: 'Load', exact: true }).click();
  await expect(dialog).toBeHidden();
}

/**
 * The file's events are the ones shown, all of them. `settle` waits for the map to draw them
 * too: the picker's page does, as the next file must not race this one's drawing.
 */
async function expectEveryRow(app: AppDriver, fixture: Fixture, settle: boolean) {
  await expect(app.page.getByRole('heading', { level: 1 })).toContainText(
    fixture.heading ?? fixture.file,
  );
  if (settle) await app.waitUntilReady();
  await expect(app.listCount).toHaveText(`${fixture.rows} of ${fixture.rows} events`);
}

async function expectSample(app: AppDriver, { sample }: Fixture) {
  await app.selectInList(sample.title);
  await expect(app.detailsTitle).toContainText(sample.title);
  await expect(app.details).toContainText(sample.date);
  await expect(app.details).toContainText(sample.place);
}

/** Clears the last load's notices, so the next "Read as …" is the next load's own. */
async function dismissNotices(page: Page) {
  const notice = page.getByTestId('read-as-notice');
  if (await notice.isVisible()) await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
}

// A page's first map is the slow part on two cores (a software GPU), so the file picker reads
// every fixture in one page, and a link, which opens a page, is one page per fixture.
test('every format by file picker, with no request to another host', async ({ app, page }) => {
  test.slow();
  const elsewhere = await recordElsewhere(page);
  await app.open();
  for (const fixture of FIXTURES) {
    await test.step(fixture.file, async () => {
      await dismissNotices(page);
      await chooseFile(page, fixture.file);
      await acceptReading(page, fixture);
      await expectEveryRow(app, fixture, true);
      await expectSample(app, fixture);
    });
  }
  expect(elsewhere).toEqual([]);
});

// By link, one file per shape of reading: a GeoJSON feed, a CSV export, a header-less TSV and
// the two sheets that ask. The other known formats take the same path as their kin, and the
// picker's test above reads every one of them (two cores: each link is a page and a map).
const BY_LINK = new Set([
  'usgs-feed.geojson',
  'acled-export.csv',
  'gdelt-events.tsv',
  'custom-dayfirst.csv',
  'custom-places-only.csv',
]);

for (const fixture of FIXTURES.filter((f) => BY_LINK.has(f.file))) {
  const what = fixture.readAs ? `read as ${fixture.readAs}` : 'the reading step asks';
  test(`${fixture.file} by link: ${what}, and every row loads`, async ({ app, page }) => {
    const elsewhere = await recordElsewhere(page);
    await serveFormats(page);
    await page.goto(`/?data=formats/${encodeURIComponent(fixture.file)}`);
    await acceptReading(page, fixture);
    // A page that ends here need not wait for its map: the list is what shows every row.
    await expectEveryRow(app, fixture, false);
    await expectSample(app, fixture);
    // A custom file's reading travels in the link; a known format needs none.
    if (fixture.readAs) expect(new URL(page.url()).searchParams.get('read')).toBeNull();
    else await expect(page).toHaveURL(/[?&]read=/);
    expect(elsewhere).toEqual([]);
  });
}
