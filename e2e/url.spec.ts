import { eventsBetween, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

const search = (page: { url: () => string }) => new URL(page.url()).searchParams;

test('a link with every parameter opens exactly that view', async ({ app, page }) => {
  await app.open(
    'from=2024-01-01&to=2024-01-31&cat=maritime,strikes&actor=Houthis,United%20States&q=ship' +
      '&event=f05&map=5.5/15.00/44.00&t=2023-12-15/2024-02-15&lanes=actor&speed=month&inview=0',
  );
  const expected = eventsBetween(fixture.events, '2024-01-01', '2024-01-31').filter(
    (e) =>
      ['maritime', 'strikes'].includes(e.category) &&
      e.actors.some((a) => ['Houthis', 'United States'].includes(a)) &&
      `${e.title}\n${e.summary}\n${e.location?.name ?? ''}\n${e.location?.country ?? ''}\n${e.actors.join('\n')}`
        .toLowerCase()
        .includes('ship'),
  );
  await expect(app.listCount).toHaveText(`${expected.length} of ${total} events`);
  await expect(app.detailsTitle).toHaveText('Cargo ship attacked in southern Red Sea');
  await expect(page.getByTestId('window-readout')).toHaveText('1 Jan 2024 – 31 Jan 2024');
  await expect(app.filters.getByRole('checkbox', { name: /Diplomacy/ })).not.toBeChecked();
  await expect(app.filters.getByRole('searchbox', { name: 'Search' })).toHaveValue('ship');
  const camera = await app.mapCamera();
  expect(camera.zoom).toBeCloseTo(5.5, 1);
  expect(camera.lat).toBeCloseTo(15, 1);
  expect(camera.lon).toBeCloseTo(44, 1);
  const domain = await app.visibleDomain();
  expect(new Date(domain[0]).toISOString().slice(0, 10)).toBe('2023-12-15');
  expect(new Date(domain[1]).toISOString().slice(0, 10)).toBe('2024-02-16');
});

test('each control writes the URL', async ({ app, page }) => {
  await app.open();
  await expect(page).toHaveURL(/\/$/);
  await app.selectInList('Tanker hit off Aden');
  await expect.poll(() => search(page).get('event')).toBe('f02');
  await app.filters.getByRole('checkbox', { name: /Diplomacy/ }).uncheck();
  await expect.poll(() => search(page).get('cat')).toBe('maritime,strikes');
  await app.filters.getByRole('searchbox', { name: 'Search' }).fill('tanker');
  await expect.poll(() => search(page).get('q')).toBe('tanker');
  await page.getByRole('checkbox', { name: 'Cumulative' }).check();
  await expect.poll(() => search(page).get('mode')).toBe('cumulative');
  await app.brush('2024-01-02T00:00Z', '2024-01-10T00:00Z');
  await expect
    .poll(() => [search(page).get('from'), search(page).get('to')])
    .toEqual(['2024-01-02', '2024-01-09']);
});

test('the address follows the view without fetching anything', async ({ app, page }) => {
  await app.open();
  await app.mapIdle();
  // The event card's code loads once, on the first selection (or while idle): not what this
  // test is about, so it is in before the count starts.
  await app.selectInList('Talks open in Muscat');
  await expect(app.detailsTitle).toHaveText('Talks open in Muscat');
  await page.keyboard.press('Escape');
  await expect.poll(() => search(page).get('event')).toBeNull();
  // Browsers fetch a page's icon again whenever its address changes; a file icon would be
  // fetched and decoded on every step of a scrub or playback.
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url().slice(0, 80)));
  await app.selectInList('Tanker hit off Aden');
  await expect.poll(() => search(page).get('event')).toBe('f02');
  await app.filters.getByRole('searchbox', { name: 'Search' }).fill('tanker');
  await expect.poll(() => search(page).get('q')).toBe('tanker');
  await app.brush('2024-01-02T00:00Z', '2024-01-10T00:00Z');
  await expect.poll(() => search(page).get('from')).toBe('2024-01-02');
  await app.mapIdle();
  expect(requests).toEqual([]);
});

test('Back and Forward restore selection, filters and the window', async ({ app, page }) => {
  await app.open();
  await app.selectInList('Tanker hit off Aden');
  await expect(page).toHaveURL(/event=f02/);
  await app.filters.getByRole('checkbox', { name: /Strikes/ }).uncheck();
  await expect(page).toHaveURL(/cat=diplomacy,maritime/);
  await app.brush('2024-01-01T00:00Z', '2024-01-15T00:00Z');
  await expect(page).toHaveURL(/from=2024-01-01&to=2024-01-14/);
  const windowed = eventsBetween(fixture.events, '2024-01-01', '2024-01-14').filter(
    (e) => e.category !== 'strikes',
  );
  await expect(app.listCount).toHaveText(`${windowed.length} of ${total} events`);

  // Scrubbing replaced the current entry; Back returns to the step before: only the selection.
  await page.goBack();
  await expect(page).toHaveURL(/\?event=f02$/);
  await expect(app.filters.getByRole('checkbox', { name: /Strikes/ })).toBeChecked();
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);
  await expect(app.detailsTitle).toHaveText('Tanker hit off Aden');

  await page.goBack();
  await expect(app.detailsTitle).toHaveCount(0);
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);

  await page.goForward();
  await expect(app.detailsTitle).toHaveText('Tanker hit off Aden');
  await page.goForward();
  await expect(app.filters.getByRole('checkbox', { name: /Strikes/ })).not.toBeChecked();
  await expect(app.listCount).toHaveText(`${windowed.length} of ${total} events`);
});

test('a broken link shows what was ignored and a usable default view', async ({ app, page }) => {
  // The preview server refuses an address this long (431): the page is served from the short one.
  await page.route(
    (url) => url.search.length > 50_000,
    async (route) =>
      route.fulfill({ response: await route.fetch({ url: route.request().url().split('?')[0] }) }),
  );
  await app.open(
    'from=2024-13-01&map=99/0/0&event=nope&cat=maritime,weather&lanes=weather&utm_source=newsletter' +
      `&t=2024-01-01/2024-01-10/2024-01-20&q=${'x'.repeat(60_000)}`,
  );
  const notice = page.getByTestId('url-notice');
  await expect(notice).toContainText('q is too long (over 2,000 characters)');
  await expect(notice).toContainText('t "2024-01-01/2024-01-10/2024-01-20" is not a start/end');
  await expect(notice).toContainText('from "2024-13-01" is not a date');
  await expect(notice).toContainText('map "99/0/0" is not zoom/latitude/longitude within range');
  await expect(notice).toContainText('no event "nope" in this dataset');
  await expect(notice).toContainText('no category "weather" in this dataset');
  await expect(notice).toContainText('lanes "weather"');
  const maritime = fixture.events.filter((e) => e.category === 'maritime').length;
  await expect(app.listCount).toHaveText(`${maritime} of ${total} events`);
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page).not.toHaveURL(/utm_source|2024-13-01|nope|weather|xxx|2024-01-20/);
});

test('Copy link puts the current view on the clipboard', async ({ app, page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await app.open('event=f03');
  await page.getByRole('button', { name: 'Share' }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(new URL(copied).searchParams.get('event')).toBe('f03');
  await expect(page.getByTestId('embed-code')).toHaveValue(
    /<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?event=f03&amp;embed=1"/,
  );
});

test('embed mode shows map, timeline and details only, with a link to the full view', async ({
  app,
  page,
}) => {
  await app.open('embed=1&event=f03');
  await expect(app.map).toBeVisible();
  await expect(app.timeline).toBeVisible();
  await expect(app.detailsTitle).toHaveText('Strike on radar site near Hodeidah');
  await expect(app.filters).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Load data' })).toHaveCount(0);
  const full = page.getByRole('link', { name: 'Open in Chronomap ↗' });
  await expect(full).toHaveAttribute('href', /\?event=f03$/);
});
