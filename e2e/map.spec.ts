import { readFixture, spanOf } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;
const at = (name: string) => fixture.events.filter((e) => e.location?.name === name);

test('no request leaves the machine: basemap, labels and fonts are bundled', async ({
  app,
  page,
}) => {
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (
      !['127.0.0.1', 'localhost'].includes(url.hostname) &&
      !['data:', 'blob:'].includes(url.protocol)
    ) {
      foreign.push(request.url());
    }
  });
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (/\.(woff2?|pbf)(\?|$)/.test(request.url())) fonts.push(new URL(request.url()).pathname);
  });
  await app.open();
  await app.mapIdle();
  expect(foreign).toEqual([]);
  expect(fonts.some((path) => path.endsWith('.woff2'))).toBe(true);
  expect(fonts.filter((path) => path.endsWith('.pbf'))).toEqual([]);
  await expect(app.map.getByText('Natural Earth', { exact: false })).toBeAttached();
});

test('the map credits stay open where they fit on one line', async ({ app, page }) => {
  await app.open();
  const credits = page.getByText('Natural Earth (public domain)');
  await expect(credits).toBeVisible();
  expect((await credits.boundingBox())!.height).toBeLessThan(30);
});

test('events that share one place open as a list with a time strip', async ({ app, page }) => {
  await app.open();
  const muscat = fixture.events.find((e) => e.id === 'f01')!.location!;
  const clusters = await app.clustersOnMap();
  const point = await app.projectOnMap(muscat.lon, muscat.lat);
  const cluster = clusters.find((c) => Math.hypot(c.x - point.x, c.y - point.y) < 4);
  expect(cluster?.count).toBe(at('Muscat').length);
  await page.mouse.move(point.x, point.y);
  await expect(page.locator('.map-tooltip')).toContainText(`${at('Muscat').length} events`);
  await page.mouse.click(point.x, point.y);
  const popup = page.locator('.map-place-list');
  await expect(popup.getByText(`${at('Muscat').length} events at Muscat`)).toBeVisible();
  await expect(popup.getByRole('img', { name: /When these events happened/ })).toBeVisible();
  await expect(popup.getByRole('button')).toHaveCount(at('Muscat').length + 1); // + the close button
  await popup.getByRole('button', { name: /Second round of talks/ }).click();
  await expect(app.detailsTitle).toHaveText('Second round of talks');
});

test('clicking a cluster of nearby places zooms in to split it', async ({ app, page }) => {
  await app.open('map=3/20/45');
  await app.mapIdle();
  const before = (await app.mapCamera()).zoom;
  const clusters = await app.clustersOnMap();
  const yemen = clusters.sort((a, b) => b.count - a.count)[0]!;
  await page.mouse.click(yemen.x, yemen.y);
  await expect.poll(async () => (await app.mapCamera()).zoom).toBeGreaterThan(before + 0.5);
});

test('clusters follow the time window', async ({ app }) => {
  await app.open();
  const muscat = fixture.events.find((e) => e.id === 'f01')!.location!;
  await app.brush('2024-01-01T00:00Z', '2024-01-06T00:00Z');
  // Only one Muscat event (2 Jan) is in the window: a single point, no cluster there.
  await expect.poll(() => app.renderedEventIds()).toEqual(['f01', 'f02', 'f03']);
  const point = await app.projectOnMap(muscat.lon, muscat.lat);
  expect(
    (await app.clustersOnMap()).filter((c) => Math.hypot(c.x - point.x, c.y - point.y) < 4),
  ).toEqual([]);
});

test('an approximate place says so, with what was reported', async ({ app }) => {
  await app.open('event=f02');
  await expect(app.details).toContainText(
    'Approximate location (within about 110 km): Reported about 60 nautical miles south-east of Aden.',
  );
});

test('selecting an event already on screen does not move the map; "Fit to events" frames them', async ({
  app,
  page,
}) => {
  await app.open();
  await app.mapIdle();
  const before = await app.mapCamera();
  await app.selectInList('Drone attack on a base');
  await expect(app.detailsTitle).toHaveText('Drone attack on a base');
  await app.mapIdle();
  expect(await app.mapCamera()).toEqual(before);
  // Zoom far away, then fit back.
  // One level a click, each once the last has arrived (a click mid-zoom counts from where it is).
  for (let level = 1; level <= 3; level++) {
    await page.getByRole('button', { name: 'Zoom in' }).first().click();
    await expect
      .poll(async () => (await app.mapCamera()).zoom)
      .toBeGreaterThan(before.zoom + level - 0.05);
  }
  await expect(page).toHaveURL(/map=/);
  await page.getByRole('button', { name: 'Fit to events' }).click();
  await expect
    .poll(async () => Math.abs((await app.mapCamera()).zoom - before.zoom))
    .toBeLessThan(0.2);
});

test('"Only events in map view" limits the list and counts to the map, live as it moves', async ({
  app,
  page,
}) => {
  await app.open('map=6/23.6/58.4');
  await app.filters.getByRole('checkbox', { name: 'Only events in map view' }).check();
  await expect(page).toHaveURL(/inview=1/);
  const inside = async () => {
    const [west, south, east, north] = await app.mapBounds();
    return fixture.events.filter(
      (e) =>
        e.location &&
        e.location.lon >= west &&
        e.location.lon <= east &&
        e.location.lat >= south &&
        e.location.lat <= north,
    ).length;
  };
  const expected = await inside();
  expect(expected).toBe(at('Muscat').length);
  await expect(app.listCount).toHaveText(`${expected} of ${total} events`);
  await app.open('map=4/15/45&inview=1');
  await expect(app.listCount).toHaveText(`${await inside()} of ${total} events`);
});

test('the map keyboard: arrows pan and plus zooms when the map has focus', async ({
  app,
  page,
}) => {
  await app.open('map=4/20/45');
  await app.mapIdle();
  await page.getByRole('application', { name: /Map of events/ }).focus();
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await app.mapCamera()).lon).toBeGreaterThan(45.1);
  await page.keyboard.press('+');
  await expect.poll(async () => (await app.mapCamera()).zoom).toBeGreaterThan(4.5);
});

test('while the window is dragged the map shows plain points that follow it; clusters return on release', async ({
  app,
  page,
}) => {
  await app.open();
  await app.brush('2023-12-01T00:00Z', '2024-01-31T00:00Z');
  await expect.poll(async () => (await app.clustersOnMap()).length).toBeGreaterThan(0);
  const inWindow = async () => {
    const [start, end] = (await app.timelineWindow())!.map(Date.parse) as [number, number];
    return fixture.events
      .filter((e) => e.location && spanOf(e)[0] < end && spanOf(e)[1] > start)
      .map((e) => e.id)
      .sort();
  };
  // Grab the window's middle and hold it part way.
  const a = await app.timelinePoint('2024-01-01T00:00Z');
  const b = await app.timelinePoint('2024-02-20T00:00Z');
  await page.mouse.move(a.x, a.y);
  await page.mouse.down();
  await page.mouse.move(b.x, b.y, { steps: 10 });
  await expect.poll(() => app.mapStrategy()).toBe('live points');
  await expect.poll(() => app.clustersOnMap()).toEqual([]);
  await expect.poll(() => app.renderedEventIds()).toEqual(await inWindow());
  await page.mouse.up();
  await expect.poll(() => app.mapStrategy()).toBe('clusters');
  await expect.poll(async () => (await app.clustersOnMap()).length).toBeGreaterThan(0);
});
