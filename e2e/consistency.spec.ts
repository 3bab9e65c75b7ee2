import { fixturePath, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

test('Clear all also turns off "Only events in map view"', async ({ app, page }) => {
  await app.open('inview=1&q=talks');
  const inView = app.filters.getByRole('checkbox', { name: 'Only events in map view' });
  await expect(inView).toBeChecked();
  await app.filters.getByRole('button', { name: 'Clear all' }).click();
  await expect(inView).not.toBeChecked();
  await expect(page).not.toHaveURL(/inview/);
  await expect(page).not.toHaveURL(/q=/);
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);
});

test('counts of one are singular: "1 feature skipped"', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles(fixturePath('unit:events.geojson'));
  await expect(page.getByTestId('data-problems-banner')).toContainText(
    'Loaded 3 events; 1 feature skipped, 1 loaded with warnings.',
  );
});

test.describe('details', () => {
  test.use({ dataset: 'details-long.json' });

  test('show a local time only for an event whose time of day is known', async ({ app }) => {
    await app.open('event=long-a');
    const next = app.details.getByRole('button', { name: 'Next ›' });
    await expect(app.details).toContainText('10 Jan 2024');
    await expect(app.details).not.toContainText(/time in/i);

    await next.click();
    await expect(app.detailsTitle).toHaveText('Talks resume at dawn');
    await expect(app.details).toContainText('Local time in Muscat: 11 Jan 2024, 06:00 (UTC+4)');

    await next.click();
    await next.click();
    await expect(app.detailsTitle).toHaveText('Talks reported around this date');
    await expect(app.details).toContainText('about 14 Jan 2024');
    await expect(app.details).not.toContainText(/time in/i);
  });

  test('every new selection opens its details at the top', async ({ app, page }) => {
    await app.open('event=long-a');
    const scrolledBy = () => app.details.evaluate((element) => element.scrollTop);
    const readToTheEnd = async () => {
      await app.details.hover();
      await page.mouse.wheel(0, 20_000);
      await expect.poll(scrolledBy).toBeGreaterThan(0);
      await expect(app.detailsTitle).not.toBeInViewport();
    };

    await readToTheEnd();
    await app.details.getByRole('button', { name: 'Second long report' }).click();
    await expect(app.detailsTitle).toHaveText('Second long report');
    await expect(app.detailsTitle).toBeInViewport();
    expect(await scrolledBy()).toBe(0);

    await readToTheEnd();
    await app.selectInList('First long report');
    await expect(app.detailsTitle).toHaveText('First long report');
    await expect(app.detailsTitle).toBeInViewport();
    expect(await scrolledBy()).toBe(0);
  });
});

test('playback of data in days moves in whole days: the readout and link stay in dates', async ({
  app,
  page,
}) => {
  await app.open();
  const readout = page.getByTestId('window-readout');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/play=1/);
  await expect
    .poll(async () => Date.parse((await app.timelineWindow())?.[0] ?? ''), { timeout: 10_000 })
    .toBeGreaterThan(Date.parse('2024-01-05T00:00Z'));
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page).not.toHaveURL(/play=1/);
  const date = String.raw`\d{1,2} [A-Z][a-z]{2} \d{4}`;
  await expect(readout).toHaveText(new RegExp(`^${date} – ${date}$`));
  await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}(&|$)/);
});

test.describe('a dataset none of whose records load (an empty one)', () => {
  test.use({ dataset: 'all-bad.json' });

  test('cannot be loaded, and points to the data problems', async ({ app, page }) => {
    // The app fixture serves the dataset; with nothing to draw the app never gets "ready".
    void app;
    await page.goto('/');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText(
      'The dataset could not be loaded. No event could load: all 2 records were skipped.',
    );
    await alert.getByRole('button', { name: 'Show data problems' }).click();
    await expect(page.getByRole('region', { name: 'Data problems' })).toContainText(
      'event #2 "b2": date',
    );
  });
});

test.describe('a mistyped year', () => {
  test.use({ dataset: 'far-off.json' });

  test('is a warning in Data problems, the record still loads, the axis reads it', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(app.listCount).toHaveText(`${total + 1} of ${total + 1} events`);
    const banner = page.getByTestId('data-problems-banner');
    await expect(banner).toContainText(`Loaded ${total + 1} events; 1 loaded with warnings.`);
    await banner.getByRole('button', { name: 'Show data problems' }).click();
    await expect(page.getByRole('region', { name: 'Data problems' })).toContainText(
      'Warning event #21 "typo": date "9999-01-10" is far from the rest (the other dates run from 2024-01-02 to 2024-04-12); check the year',
    );
    await page.keyboard.press('Escape');
    const labels = await app.timeline.locator('.timeline-axis .tick text').allTextContents();
    expect(labels).toContain('10000');
    expect(labels).not.toContain('0000');
  });
});
