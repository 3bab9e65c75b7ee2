import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

import { seriousViolations } from './support/axe';
import { eventsBetween, fixturePath, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

test('the actor filter finds an actor, shows counts and filters everything', async ({
  app,
  page,
}) => {
  await app.open();
  const actors = app.filters.getByRole('group', { name: /Actors/ });
  await actors.getByRole('searchbox', { name: 'Find an actor' }).fill('kataib');
  const kataib = actors.getByRole('checkbox', { name: /Kataib Hezbollah/ });
  await expect(actors.getByRole('checkbox')).toHaveCount(1);
  const expected = fixture.events.filter((e) => e.actors.includes('Kataib Hezbollah'));
  await expect(actors.locator('.category-count')).toHaveText(String(expected.length));
  await kataib.check();
  await expect(page).toHaveURL(/actor=Kataib%20Hezbollah/);
  await expect(app.listCount).toHaveText(`${expected.length} of ${total} events`);
  await expect.poll(() => app.renderedEventIds()).toEqual(expected.map((e) => e.id));
  await app.filters.getByRole('button', { name: 'Clear all' }).click();
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);
  await expect(kataib).not.toBeChecked();
});

test('search is applied as you type and matches are highlighted in the list', async ({
  app,
  page,
}) => {
  await app.open();
  await page.keyboard.press('/');
  await expect(app.filters.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('tanker');
  const expected = fixture.events.filter((e) =>
    [e.title, e.summary, e.location?.name, e.location?.country, ...e.actors]
      .join('\n')
      .toLowerCase()
      .includes('tanker'),
  );
  await expect(app.listCount).toHaveText(`${expected.length} of ${total} events`);
  await expect(app.events.locator('mark').first()).toHaveText(/tanker/i);
  await expect(page).toHaveURL(/q=tanker/);
});

test('the date fields and the timeline window are one and the same', async ({ app, page }) => {
  await app.open();
  const dates = app.filters.getByRole('group', { name: 'Dates (UTC)' });
  await dates.getByLabel('From').fill('2024-01-05');
  await dates.getByLabel('From').press('Enter');
  await dates.getByLabel('To').fill('20 Jan 2024');
  await dates.getByLabel('To').press('Enter');
  await expect(page.getByTestId('window-readout')).toHaveText('5 Jan 2024 – 20 Jan 2024');
  await expect(app.listCount).toHaveText(
    `${eventsBetween(fixture.events, '2024-01-05', '2024-01-20').length} of ${total} events`,
  );
  await app.brush('2024-02-01T00:00Z', '2024-02-11T00:00Z');
  await expect(dates.getByLabel('From')).toHaveValue('1 Feb 2024');
  await expect(dates.getByLabel('To')).toHaveValue('10 Feb 2024');
});

test('details show precision, actors as filters, related events and sources', async ({
  app,
  page,
}) => {
  await app.open('event=f13');
  await expect(app.details).toContainText('March 2024');
  await expect(app.details).toContainText('Only the month is known.');
  // Only the month is known: no local time of day to give.
  await expect(app.details).not.toContainText('Time in');
  await app.details.getByRole('button', { name: 'Second round of talks' }).click();
  await expect(app.detailsTitle).toHaveText('Second round of talks');
  await app.details.getByRole('button', { name: 'Iran', exact: true }).click();
  await expect(page).toHaveURL(/actor=Iran/);
  await expect(app.listCount).toHaveText(
    `${fixture.events.filter((e) => e.actors.includes('Iran')).length} of ${total} events`,
  );
});

test('Previous and Next (and j/k) walk the filtered events in date order; Esc closes', async ({
  app,
  page,
}) => {
  await app.open('cat=maritime&event=f02');
  const maritime = fixture.events.filter((e) => e.category === 'maritime');
  await expect(app.details).toContainText(`1 of ${maritime.length}`);
  await app.details.getByRole('button', { name: 'Next ›' }).click();
  await expect(app.detailsTitle).toHaveText(maritime[1]!.title);
  await page.keyboard.press('j');
  await expect(app.detailsTitle).toHaveText(maritime[2]!.title);
  await page.keyboard.press('k');
  await expect(app.detailsTitle).toHaveText(maritime[1]!.title);
  await expect(app.details.getByRole('button', { name: '‹ Previous' })).toBeEnabled();
  await page.keyboard.press('Escape');
  await expect(app.detailsTitle).toHaveCount(0);
  await expect(page).not.toHaveURL(/event=/);
});

test('the list sorts by title and category, and follows a selection made on the map', async ({
  app,
  page,
}) => {
  await app.open('map=7/12.8/45.0');
  await app.events.getByRole('combobox', { name: 'Sort events by' }).selectOption('title');
  const byTitle = [...fixture.events].sort((a, b) =>
    a.title.localeCompare(b.title, 'en', { sensitivity: 'base' }),
  );
  await expect(app.events.locator('.event-row-title').first()).toHaveText(byTitle[0]!.title);
  await app.events.getByRole('combobox', { name: 'Sort events by' }).selectOption('date');
  const last = fixture.events.find((e) => e.id === 'f19')!;
  const point = await app.projectOnMap(last.location!.lon, last.location!.lat);
  const atAden = fixture.events.filter(
    (e) => e.location?.lon === last.location!.lon && e.location?.lat === last.location!.lat,
  );
  await expect
    .poll(
      async () =>
        (await app.clustersOnMap()).find((c) => Math.hypot(c.x - point.x, c.y - point.y) < 4)
          ?.count,
    )
    .toBe(atAden.length);
  await page.mouse.click(point.x, point.y);
  // Aden holds several events: the list of that place opens; pick the last one.
  await page
    .locator('.map-place-list')
    .getByRole('button', { name: /Last attack in the fixture/ })
    .click();
  const row = app.events.getByRole('listbox').getByRole('option', { selected: true });
  await expect(row).toContainText(last.title);
  await expect(row).toBeInViewport();
});

// One test per format, so the workers share them.
for (const format of ['CSV', 'GeoJSON', 'JSON']) {
  test(`exports download the filtered events as ${format}, and they load back in`, async ({
    app,
    page,
  }) => {
    await app.open('cat=strikes&from=2024-01-01&to=2024-02-29');
    const expected = eventsBetween(fixture.events, '2024-01-01', '2024-02-29').filter(
      (e) => e.category === 'strikes',
    );
    await page.getByRole('button', { name: 'Export' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: `Download ${format}`, exact: true }).click(),
    ]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    expect(download.suggestedFilename()).toMatch(
      new RegExp(
        `^chronomap-fixture-twenty-events-\\d{4}-\\d{2}-\\d{2}\\.${format.toLowerCase()}$`,
      ),
    );
    if (format === 'CSV') {
      expect(text.split('\n')[0]).toBe(
        'id,title,date,end_date,date_precision,category,lat,lon,place,country,sea,location_precision,radius_km,location_note,timezone,actors,summary,killed,injured,casualties_by_party,confidence,confidence_note,disputed,related,source_url,source_title,source_publisher,source_note,source_kind,category_label,category_color,dataset_title,dataset_description,dataset_categories',
      );
    }
    // Load the file back through the app and compare what it shows.
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('file-input').setInputFiles(path);
    await expect(app.listCount).toHaveText(`${expected.length} of ${expected.length} events`);
    for (const event of expected)
      await expect(
        app.events.getByRole('listbox').getByRole('option', { name: new RegExp(event.title) }),
      ).toBeVisible();
  });
}

test('a record of separators, quotes and formulas comes back from every export as it was', async ({
  app,
  page,
}) => {
  // Four files loaded and three exported: more than one load's time.
  test.slow();
  await app.open();
  const title = '=HYPERLINK("http://evil.example","click")';
  let file = fixturePath('hostile/b-round-trip.json');
  // Each format in turn exports what the last one loaded: the record goes round all three.
  for (const format of ['', 'CSV', 'GeoJSON', 'JSON']) {
    if (format) {
      await page.getByRole('button', { name: 'Export' }).click();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: `Download ${format}`, exact: true }).click(),
      ]);
      file = await download.path();
      await page.keyboard.press('Escape');
    }
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('file-input').setInputFiles(file);
    // Each file has the same title and counts: only its name tells that it has replaced the last.
    await expect(page.getByTestId('load-announcement')).toHaveText(
      `Loaded “${basename(file)}”: 2 events.`,
    );
    await test.step(format || 'the fixture', async () => {
      await expect(page.getByRole('heading', { level: 1 })).toContainText(
        'B round trip; "hostile", =1+1',
      );
      await expect(app.listCount).toHaveText('2 of 2 events');
      await expect(page.getByTestId('data-problems-banner')).toHaveCount(0);
      await app.selectInList(title);
      await expect(app.detailsTitle).toHaveText(title);
      await expect(app.details.getByRole('button', { name: 'Smith; Jones' })).toBeVisible();
      await expect(app.details.getByRole('button', { name: "O'Brien" })).toBeVisible();
      await expect(app.details.getByRole('link', { name: 'Report; part 1' })).toHaveAttribute(
        'href',
        'https://example.org/a;b',
      );
      await expect(app.details).toContainText('(within about 111 km): -60 nm; "about"');
      await expect(app.details.getByRole('button', { name: "'t Hooft replies" })).toBeVisible();
      await expect(app.details).toContainText('Agency, Inc.:');
    });
  }
});

test('an open export keeps the view it was opened on while playback moves on', async ({
  app,
  page,
}) => {
  await app.open('from=2024-01-01&to=2024-01-21&speed=week');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.getByRole('button', { name: 'Export' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export this view' });
  const summary = dialog.getByText(/^The \d+ events in view/);
  const shown = Number((await summary.textContent())?.match(/\d+/)?.[0]);
  const citation = await page.getByTestId('citation').inputValue();
  expect(citation).toContain(`(${shown} of ${total} events`);
  // Behind the dialog the window plays on and the list counts other events.
  await expect(app.listCount).not.toHaveText(`${shown} of ${total} events`);
  await expect(summary).toHaveText(new RegExp(`^The ${shown} events`));
  await expect(page.getByTestId('citation')).toHaveValue(citation);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON', exact: true }).click(),
  ]);
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8')) as { events: unknown[] };
  expect(exported.events).toHaveLength(shown);
});

test('"Cite this view" names the dataset, the date of access and the permalink', async ({
  app,
  page,
}) => {
  await app.open('q=talks');
  await page.getByRole('button', { name: 'Export' }).click();
  const citation = page.getByTestId('citation');
  const today = new Date().toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
  await expect(citation).toHaveValue(
    new RegExp(
      `^“Fixture: twenty events” \\(\\d+ of ${total} events, search: “talks”\\)\\. Chronomap view\\. Accessed ${today}\\. http://127\\.0\\.0\\.1:\\d+/\\?q=talks$`,
    ),
  );
});

test('keyboard only: every control in reach, focus visible, shortcuts listed', async ({
  app,
  page,
}) => {
  await app.open();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Next / previous event');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  // Tab through the page: the search, a category, the list, the timeline window and the map are reached.
  const reached = new Set<string>();
  for (let i = 0; i < 150 && reached.size < 200; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      // Past the last control, focus leaves the page for the browser's own UI.
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && style.outlineWidth !== '0px';
      return {
        name: el.getAttribute('aria-label') ?? el.id ?? el.textContent?.slice(0, 30) ?? '',
        role: el.getAttribute('role') ?? el.tagName,
        visible: outlined || style.boxShadow !== 'none',
      };
    });
    if (!info) continue;
    expect(info.visible, `focus is visible on ${info.role} ${info.name}`).toBe(true);
    reached.add(`${info.role}:${info.name}`);
  }
  const all = [...reached].join('\n');
  expect(all).toContain('INPUT:search');
  expect(all).toMatch(/slider:Time window/);
  expect(all).toMatch(/application:Map of events/);
  expect(all).toMatch(/group:Timeline events/);
});

test('no serious or critical accessibility problems in the main views', async ({ app, page }) => {
  await app.open('event=f06');
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Share' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Export' }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Load data' }).click();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('follows the system, can be switched, and stays accessible', async ({ app, page }) => {
    await app.open('event=f06');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('light');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('combobox', { name: 'Colour scheme' }).selectOption('system');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });
});
