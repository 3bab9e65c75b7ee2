import type { Page } from '@playwright/test';

import { seriousViolations } from './support/axe';
import { eventsBetween, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

test.use({
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 1,
});

/** A one-finger drag, as touch events (Playwright's touchscreen only taps). */
async function swipe(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.evaluate(
    async ([from, to]) => {
      const target = document.elementFromPoint(from.x, from.y);
      if (!target) throw new Error('nothing under the finger');
      const touch = (x: number, y: number) =>
        new Touch({
          identifier: 1,
          target,
          clientX: x,
          clientY: y,
          pageX: x,
          pageY: y,
          radiusX: 4,
          radiusY: 4,
          force: 1,
        });
      const fire = (type: string, x: number, y: number) => {
        const t = touch(x, y);
        target.dispatchEvent(
          new TouchEvent(type, {
            bubbles: true,
            cancelable: true,
            touches: type === 'touchend' ? [] : [t],
            targetTouches: type === 'touchend' ? [] : [t],
            changedTouches: [t],
          }),
        );
      };
      fire('touchstart', from.x, from.y);
      for (let i = 1; i <= 10; i++) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
        fire('touchmove', from.x + ((to.x - from.x) * i) / 10, from.y + ((to.y - from.y) * i) / 10);
      }
      fire('touchend', to.x, to.y);
    },
    [from, to] as const,
  );
}

test('on a phone the map fills the screen and panels are bottom sheets', async ({ app, page }) => {
  await app.open();
  const map = await app.map.boundingBox();
  expect(map!.width).toBe(390);
  // Every action in the header is on screen, none scrolled out of reach.
  for (const name of ['Load data', 'Share', 'Export'])
    await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('combobox', { name: 'Colour scheme' })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeInViewport({
    ratio: 1,
  });
  expect(
    await page.locator('.header-actions').evaluate((el) => el.scrollWidth <= el.clientWidth),
  ).toBe(true);
  await expect(app.filters).toBeHidden();
  await page.getByRole('button', { name: /^Events/ }).tap();
  await expect(page.getByTestId('sheet-events')).toBeVisible();
  await app.events
    .getByRole('listbox')
    .getByRole('option', { name: /Tanker hit off Aden/ })
    .tap();
  await expect(page.getByTestId('sheet-details')).toBeVisible();
  await expect(app.detailsTitle).toHaveText('Tanker hit off Aden');
  await app.details.getByRole('button', { name: 'Close details' }).tap();
  await expect(page.getByTestId('sheet-details')).toBeHidden();
  await page.getByRole('button', { name: 'Filters' }).tap();
  await app.filters.getByRole('checkbox', { name: /Diplomacy/ }).tap();
  await expect(page.getByRole('button', { name: /^Events/ })).toHaveText(
    `Events (${fixture.events.filter((e) => e.category !== 'diplomacy').length})`,
  );
  await page.getByRole('button', { name: 'Expand filters' }).tap();
  await expect(page.getByTestId('sheet-filters')).toHaveClass(/full/);
  await page.getByRole('button', { name: 'Close filters' }).tap();
  await expect(page.getByTestId('sheet-filters')).toBeHidden();
  expect(await seriousViolations(page)).toEqual([]);
});

test('a finger drags a time window on the timeline strip', async ({ app, page }) => {
  await app.open();
  const from = await app.timelinePoint('2024-01-04T00:00Z');
  const to = await app.timelinePoint('2024-01-21T00:00Z');
  await swipe(page, from, to);
  await expect(page.getByTestId('window-readout')).toHaveText('4 Jan 2024 – 20 Jan 2024');
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${eventsBetween(fixture.events, '2024-01-04', '2024-01-20').length} of ${total} events`,
  );
});

test('tapping a marker opens its details', async ({ app, page }) => {
  await app.open();
  const baghdad = fixture.events.find((e) => e.id === 'f08')!.location!;
  const point = await app.projectOnMap(baghdad.lon, baghdad.lat);
  await page.touchscreen.tap(point.x, point.y);
  await expect(app.detailsTitle).toHaveText('Drone attack on a base');
});

test('the map credits start folded behind their button and open on a tap', async ({
  app,
  page,
}) => {
  await app.open();
  const credits = page.getByText('Natural Earth (public domain)');
  await expect(credits).toBeHidden();
  await page.getByLabel('Toggle attribution').tap();
  await expect(credits).toBeVisible();
});

test('an event opened from a sheet is moved clear of the sheet on the map', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: /^Events/ }).tap();
  await app.events
    .getByRole('listbox')
    .getByRole('option', { name: /Tanker hit off Aden/ })
    .tap();
  const sheet = page.getByTestId('sheet-details');
  await expect(sheet).toBeVisible();
  await app.mapIdle();
  const aden = fixture.events.find((e) => e.id === 'f02')!.location!;
  const point = await app.projectOnMap(aden.lon, aden.lat);
  const map = (await app.map.boundingBox())!;
  const sheetTop = (await sheet.boundingBox())!.y;
  expect(point.y).toBeGreaterThan(map.y + 24);
  expect(point.y).toBeLessThan(sheetTop - 24);
  expect(point.x).toBeGreaterThan(map.x + 24);
  expect(point.x).toBeLessThan(map.x + map.width - 24);
});
