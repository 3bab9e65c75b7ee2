import type { Page } from '@playwright/test';

import { toJson } from '../bench/generate';
import { DAY } from '../src/domain/time/units';

import { AppDriver, escapeRegExp } from './support/app-driver';
import { eventsBetween, readFixture, spanOf, type FixtureEvent } from './support/fixture-data';
import { expect, test } from './support/test';

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The window in the address, as inclusive dates. */
function linkWindow(page: Page): { from: string | null; to: string | null } {
  const params = new URL(page.url()).searchParams;
  return { from: params.get('from'), to: params.get('to') };
}

/**
 * The window once the link has caught up with it: the timeline's window, as inclusive dates, once
 * the address holds it (the address is replaced at most every 250 ms while the window moves).
 */
async function settledLinkWindow(app: AppDriver, page: Page) {
  const [start, end] = (await app.timelineWindow())!;
  const window = { from: start.slice(0, 10), to: isoDay(Date.parse(end) - DAY) };
  await expect.poll(() => linkWindow(page)).toEqual(window);
  return window;
}

/** The event drawn nearest a time, among those with a mark on the timeline. */
function nearest(events: FixtureEvent[], ms: number): FixtureEvent {
  return [...events].sort(
    (a, b) => Math.abs(spanOf(a)[0] + DAY / 2 - ms) - Math.abs(spanOf(b)[0] + DAY / 2 - ms),
  )[0]!;
}

/** Drags the window from a point by dx, and checks window, link and count against the data. */
async function dragWindowFrom(
  app: AppDriver,
  page: Page,
  events: FixtureEvent[],
  from: { x: number; y: number },
  dx: number,
) {
  const before = linkWindow(page);
  await app.drag(from, { x: from.x + dx, y: from.y }, 16);
  const after = await settledLinkWindow(app, page);
  const width = (w: { from: string | null; to: string | null }) =>
    Date.parse(w.to!) - Date.parse(w.from!);
  // Moved, not resized: the same number of days, later.
  expect(width(after)).toBe(width(before));
  expect(Date.parse(after.from!)).toBeGreaterThan(Date.parse(before.from!));
  const expected = eventsBetween(events, after.from!, after.to!).length;
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${expected.toLocaleString('en')} of ${events.length.toLocaleString('en')} events`,
  );
}

test.describe('on the bundled dataset, a press on a mark', () => {
  test.use({ dataset: 'bundled' });
  const bundled = readFixture('../../public/data/events.json');

  test('inside the window drags the window, and a click on it selects the event', async ({
    app,
    page,
  }) => {
    await app.open('from=2024-01-01&to=2024-01-31');
    const centre = nearest(bundled.events, Date.UTC(2024, 0, 16, 12));
    const mark = await app.timelineMark(centre.id);
    await dragWindowFrom(app, page, bundled.events, mark, 120);
    await expect(app.details.getByRole('heading', { level: 2 })).toHaveCount(0);
    // The drag was about the window: the grabbed mark's tooltip did not ride along.
    await expect(page.locator('.timeline-tooltip')).toBeHidden();

    // A press and release on a mark without moving is still a click on that event.
    const window = linkWindow(page);
    const inside = nearest(bundled.events, Date.parse(window.from!) + 10 * DAY);
    await app.clickTimelineMark(inside.id);
    await expect(app.detailsTitle).toHaveText(inside.title);
    expect(linkWindow(page)).toEqual(window);
  });

  test('on the window’s edge resizes the window', async ({ app, page }) => {
    // A window that ends on the day of a whole-day event, so its mark sits under the right edge.
    const wholeDays = bundled.events.filter((event) => !event.date.includes('T'));
    const edge = nearest(wholeDays, Date.UTC(2024, 0, 20, 12));
    const last = edge.date;
    await app.open(`from=2024-01-01&to=${last}`);
    const mark = await app.timelineMark(edge.id);
    const end = await app.timelinePoint(new Date(spanOf(edge)[1]).toISOString());
    expect(Math.abs(end.x - mark.x)).toBeLessThan(8);
    await app.drag({ x: end.x, y: mark.y }, { x: end.x + 100, y: mark.y }, 16);
    await expect.poll(() => linkWindow(page).to).not.toBe(last);
    expect(linkWindow(page).from).toBe('2024-01-01');
    expect(Date.parse(linkWindow(page).to!)).toBeGreaterThan(Date.parse(last));
  });
});

test.describe('at 100,000 events, where every pixel of the lanes is a mark', () => {
  test.describe.configure({ timeout: 180_000 });
  const COUNT = 100_000;
  const body = toJson(COUNT);
  const events = (JSON.parse(body) as { events: FixtureEvent[] }).events;

  test('a press in the lanes inside the window drags it, and the map follows', async ({
    app,
    page,
  }) => {
    await page.route('**/synthetic.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    await page.goto('/?data=synthetic.json&from=2024-02-01&to=2024-02-14');
    // A hundred thousand events take a while to arrive on a loaded machine: wait on the count.
    await expect(page.getByTestId('timeline-count')).toContainText(
      `${COUNT.toLocaleString('en')} events`,
      { timeout: 90_000 },
    );
    await app.waitUntilReady();
    const lane = await app.lanePoint('2024-02-08T00:00:00Z', 0);
    await dragWindowFrom(app, page, events, lane, 80);
    const after = linkWindow(page);
    await app.mapIdle();
    // What the map drew is inside the new window.
    const drawn = await app.renderedEventIds();
    expect(drawn.length).toBeGreaterThan(0);
    const byId = new Map(events.map((event) => [event.id, event]));
    const start = Date.parse(after.from!);
    const end = Date.parse(after.to!) + DAY;
    for (const id of drawn.slice(0, 500)) {
      const [s, e] = spanOf(byId.get(id)!);
      expect(s < end && e > start, id).toBe(true);
    }
  });
});

test.describe('on a phone, with a finger', () => {
  test.use({
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
    deviceScaleFactor: 1,
  });
  const fixture = readFixture();

  /** A real touch drag through the browser's input pipeline (pointer and touch events both). */
  async function fingerDrag(page: Page, from: { x: number; y: number }, dx: number) {
    const cdp = await page.context().newCDPSession(page);
    const at = (x: number) => [{ x, y: from.y, id: 1 }];
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(from.x) });
    for (let i = 1; i <= 12; i++)
      await cdp.send('Input.dispatchTouchEvent', {
        type: 'touchMove',
        touchPoints: at(from.x + (dx * i) / 12),
      });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  }

  test('a brush that starts on a lane mark draws a new window; a tap on a mark selects it', async ({
    app,
    page,
  }) => {
    await app.open();
    const first = fixture.events.find((event) => event.date === '2024-01-04') ?? fixture.events[0]!;
    const mark = await app.timelineMark(first.id);
    await fingerDrag(page, mark, 90);
    await expect.poll(() => app.timelineWindow()).not.toBeNull();
    const window = await settledLinkWindow(app, page);
    expect(window.from! <= first.date).toBe(true);
    await expect(page.getByTestId('timeline-count')).toHaveText(
      `${eventsBetween(fixture.events, window.from!, window.to!).length} of ${fixture.events.length} events`,
    );

    const other = fixture.events.find((event) => event.date > window.to!)!;
    const point = await app.timelineMark(other.id);
    await page.touchscreen.tap(point.x, point.y);
    await expect(app.detailsTitle).toHaveText(other.title);
    expect(linkWindow(page)).toEqual(window);
  });
});

/** Colours that cover at least 1% of a screenshot, read back by the page itself (no PNG library). */
async function mainColours(page: Page, png: Buffer): Promise<number> {
  return page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = new OffscreenCanvas(image.width, image.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(image, 0, 0);
    const { data } = ctx.getImageData(0, 0, image.width, image.height);
    const counts = new Map<number, number>();
    for (let i = 0; i < data.length; i += 4) {
      const key = ((data[i]! >> 4) << 8) | ((data[i + 1]! >> 4) << 4) | (data[i + 2]! >> 4);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const pixels = data.length / 4;
    return [...counts.values()].filter((count) => count >= pixels / 100).length;
  }, png.toString('base64'));
}

test.describe('on a phone with the filters open', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('"/" opens the filters sheet at the search box', async ({ app, page }) => {
    await app.open();
    await page.keyboard.press('/');
    await expect(page.getByTestId('sheet-filters')).toBeVisible();
    await expect(app.filters.getByRole('searchbox', { name: 'Search' })).toBeFocused();
    const events = page.getByRole('button', { name: /^Events/ });
    const before = await events.textContent();
    await page.keyboard.type('tanker');
    await expect(events).not.toHaveText(before!);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the map above the sheet stays drawn (${colorScheme})`, async ({ app, page }) => {
      await page.emulateMedia({ colorScheme });
      await app.open();
      await page.getByRole('button', { name: 'Filters' }).tap();
      const sheet = page.getByTestId('sheet-filters');
      await expect(sheet).toBeVisible();
      await app.mapIdle();
      const map = (await app.map.boundingBox())!;
      const top = (await sheet.boundingBox())!.y;
      expect(top - map.y, 'some of the map is left uncovered').toBeGreaterThan(120);
      // Land, sea and borders at least: a blank map is one colour.
      const clip = { x: map.x, y: map.y + 40, width: map.width, height: top - map.y - 40 };
      expect(await mainColours(page, await page.screenshot({ clip }))).toBeGreaterThanOrEqual(3);
      // Still drawn after the reader pans it.
      const from = { x: map.x + map.width / 2, y: map.y + (top - map.y) / 2 };
      await app.drag(from, { x: from.x - 80, y: from.y + 30 });
      await app.mapIdle();
      expect(await mainColours(page, await page.screenshot({ clip }))).toBeGreaterThanOrEqual(3);
    });
  }
});

test.describe('on the bundled dataset, a cluster', () => {
  test.use({ dataset: 'bundled' });

  test('zoomed into by a click puts its camera in the link, and the link reopens it', async ({
    app,
    page,
    browser,
  }) => {
    await app.open();
    expect(new URL(page.url()).searchParams.get('map')).toBeNull();
    const before = await app.mapCamera();
    // The largest group spans several bases in Iraq and Syria: a click zooms in to split it.
    const largest = (await app.clustersOnMap()).sort((a, b) => b.count - a.count)[0]!;
    await page.mouse.click(largest.x, largest.y);
    await expect.poll(async () => (await app.mapCamera()).zoom).toBeGreaterThan(before.zoom + 0.5);
    await app.mapIdle();
    const camera = await app.mapCamera();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();

    const fresh = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await fresh.goto(page.url());
    const reopened = new AppDriver(fresh);
    await reopened.waitUntilReady();
    const again = await reopened.mapCamera();
    expect(again.zoom).toBeCloseTo(camera.zoom, 1);
    expect(again.lat).toBeCloseTo(camera.lat, 1);
    expect(again.lon).toBeCloseTo(camera.lon, 1);
    await fresh.close();
  });
});

test('a press on a map marker that moves pans the map; a click on it selects it', async ({
  app,
  page,
}) => {
  const fixture = readFixture();
  const alone = fixture.events.find(
    (event) =>
      event.location &&
      fixture.events.filter(
        (other) =>
          other.location &&
          Math.abs(other.location.lat - event.location!.lat) < 1 &&
          Math.abs(other.location.lon - event.location!.lon) < 1,
      ).length === 1,
  )!;
  const { lat, lon } = alone.location!;
  await app.open(`map=8/${lat}/${lon}`);
  const marker = await app.projectOnMap(lon, lat);
  await app.drag(marker, { x: marker.x - 150, y: marker.y + 60 });
  await app.mapIdle();
  const moved = await app.mapCamera();
  expect(Math.abs(moved.lon - lon)).toBeGreaterThan(0.1);
  await expect(app.details.getByRole('heading', { level: 2 })).toHaveCount(0);
  await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBe(`8/${lat}/${lon}`);

  await app.clickMapAt(lon, lat);
  await expect(app.detailsTitle).toHaveText(alone.title);
});

test.describe('on the bundled dataset, the map', () => {
  test.use({ dataset: 'bundled' });
  const bundled = readFixture('../../public/data/events.json');

  test('says which events it cannot show, and shows them on request', async ({ app, page }) => {
    await app.open();
    const unplaced = bundled.events.filter((event) => !event.location);
    const [west, south, east, north] = await app.mapBounds();
    const outside = bundled.events.filter(
      ({ location: l }) => l && (l.lon < west || l.lon > east || l.lat < south || l.lat > north),
    );
    expect(outside.length).toBeGreaterThan(0);
    const notice = page.getByTestId('off-map');
    const outsideButton = notice.getByRole('button', { name: /outside the map/ });
    await expect(outsideButton).toHaveText(`${outside.length} events outside the map`);
    await notice.getByRole('button', { name: `${unplaced.length} events without a place` }).click();
    const list = page.getByRole('list', { name: 'Events without a place' });
    await expect(list.getByRole('button')).toHaveCount(unplaced.length);
    await list.getByRole('button', { name: new RegExp(escapeRegExp(unplaced[0]!.title)) }).click();
    await expect(app.detailsTitle).toHaveText(unplaced[0]!.title);

    await outsideButton.click();
    await expect(outsideButton).toHaveCount(0);
    await app.mapIdle();
    // Every placed event is now in view, and the link holds that camera.
    const all = await app.mapBounds();
    for (const { location: l } of bundled.events.filter((event) => event.location))
      expect(l!.lon >= all[0] && l!.lon <= all[2] && l!.lat >= all[1] && l!.lat <= all[3]).toBe(
        true,
      );
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
  });

  test('a link with a window and no camera frames the window’s events', async ({ app }) => {
    await app.open();
    const whole = await app.mapCamera();
    // 12–14 Jan 2024: the first strikes on Yemen and what followed, all around the Red Sea.
    await app.open('from=2024-01-12&to=2024-01-14');
    expect((await app.mapCamera()).zoom).toBeGreaterThan(whole.zoom + 1);
    const [west, south, east, north] = await app.mapBounds();
    for (const { lat, lon } of [
      { lat: 15.3694, lon: 44.191 },
      { lat: 14.7978, lon: 42.9545 },
    ])
      expect(lon > west && lon < east && lat > south && lat < north).toBe(true);
  });

  test('"Fit to events" frames what the first view framed', async ({ app, page }) => {
    await app.open();
    const first = await app.mapCamera();
    for (let level = 1; level <= 2; level++) {
      await page.getByRole('button', { name: 'Zoom in' }).first().click();
      await expect
        .poll(async () => (await app.mapCamera()).zoom)
        .toBeGreaterThan(first.zoom + level - 0.05);
    }
    await page.getByRole('button', { name: 'Fit to events' }).click();
    await expect
      .poll(async () => Math.abs((await app.mapCamera()).zoom - first.zoom))
      .toBeLessThan(0.05);
    await app.mapIdle();
    const fitted = await app.mapCamera();
    expect(fitted.lat).toBeCloseTo(first.lat, 1);
    expect(fitted.lon).toBeCloseTo(first.lon, 1);
  });
});
