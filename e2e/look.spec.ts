import type { Locator, Page } from '@playwright/test';

import { readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

// The map's own look and layout: its controls, credits, scale bar, popups and rings.

const fixture = readFixture();
const muscat = fixture.events.find((event) => event.id === 'f01')!.location!;
const TABLET = { viewport: { width: 900, height: 1100 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

type Box = { x: number; y: number; width: number; height: number };
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * Pixels of screenshots, read back by the page itself (no PNG library): the mean and the highest
 * luminance of one, or the share of pixels that differ between two of the same size.
 */
function pixels(page: Page, shots: Buffer[]) {
  return page.evaluate(
    async (base64s) => {
      const read = async (base64: string) => {
        const image = new Image();
        image.src = `data:image/png;base64,${base64}`;
        await image.decode();
        const canvas = new OffscreenCanvas(image.width, image.height);
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        return context.getImageData(0, 0, image.width, image.height).data;
      };
      const [a, b] = await Promise.all(base64s.map(read));
      let sum = 0;
      let max = 0;
      let changed = 0;
      for (let i = 0; i < a!.length; i += 4) {
        const l = (0.2126 * a![i]! + 0.7152 * a![i + 1]! + 0.0722 * a![i + 2]!) / 255;
        sum += l;
        max = Math.max(max, l);
        if (b && Math.abs(a![i]! - b[i]!) + Math.abs(a![i + 1]! - b[i + 1]!) > 60) changed++;
      }
      const count = a!.length / 4;
      return { mean: sum / count, max, changed: changed / count };
    },
    shots.map((shot) => shot.toString('base64')),
  );
}

const looks = async (page: Page, target: Locator) => pixels(page, [await target.screenshot()]);

/** Opens MapLibre's credits where they start folded behind their button. */
async function openCredits(page: Page) {
  const credits = page.locator('.maplibregl-ctrl-attrib');
  if (!(await credits.getAttribute('class'))?.includes('maplibregl-compact-show'))
    await page.getByLabel('Toggle attribution').click();
  await expect(page.getByText('Natural Earth (public domain)')).toBeVisible();
  return credits;
}

async function expectDarkPopup(page: Page, popup: Locator) {
  const content = popup.locator('.maplibregl-popup-content');
  await expect(content).toBeVisible();
  expect((await looks(page, content)).mean).toBeLessThan(0.3);
  const [face, tip] = await popup.evaluate((element) => {
    const tip = getComputedStyle(element.querySelector('.maplibregl-popup-tip')!);
    const content = getComputedStyle(element.querySelector('.maplibregl-popup-content')!);
    const above = element.className.includes('anchor-top');
    return [content.backgroundColor, above ? tip.borderBottomColor : tip.borderTopColor];
  });
  expect(tip, 'the tip is the colour of its popup').toBe(face);
}

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('the map’s buttons, credits, scale bar and popups are dark too', async ({ app, page }) => {
    await app.open(`map=7/${muscat.lat}/${muscat.lon}`);
    for (const target of [
      app.map.getByRole('button', { name: 'Zoom in' }),
      await openCredits(page),
      page.locator('.maplibregl-ctrl-scale'),
    ]) {
      const shown = await looks(page, target);
      expect(shown.mean, 'a dark face').toBeLessThan(0.3);
      expect(shown.max, 'light marks on it').toBeGreaterThan(0.6);
    }

    // The tooltip, then the list of the events at one place: each with a tip of its colour.
    await app.hoverMapAt(muscat.lon, muscat.lat);
    await expectDarkPopup(page, page.locator('.map-tooltip'));
    await app.clickMapAt(muscat.lon, muscat.lat);
    await expectDarkPopup(page, page.locator('.map-place-list'));
  });
});

async function expectCreditsClearOfScale(page: Page) {
  const credits = await (await openCredits(page)).boundingBox();
  const scale = await page.locator('.maplibregl-ctrl-scale').boundingBox();
  const boxes = JSON.stringify({ credits, scale });
  expect(overlap(credits!, scale!), `credits over the scale bar: ${boxes}`).toBe(false);
}

test('from desktop to tablet widths the scale bar and the open credits never overlap', async ({
  app,
  page,
}) => {
  await app.open();
  for (const width of [1400, 1200, 1024, 900, 760]) {
    await page.setViewportSize({ width, height: 1000 });
    // The layout for this width is in: below 1024 px the filters fold into a drawer.
    const toggle = page.getByRole('button', { name: /^Filters/ });
    await (width < 1024 ? expect(toggle).toBeVisible() : expect(toggle).toBeHidden());
    await app.mapIdle();
    await expectCreditsClearOfScale(page);
  }
});

test.describe('on a phone', () => {
  // The bundled dataset has a place whose long name takes the list's title over two lines.
  test.use({ ...PHONE, dataset: 'bundled' });

  test('the scale bar and the open credits never overlap', async ({ app, page }) => {
    await app.open();
    await expectCreditsClearOfScale(page);
  });

  test('the place list’s title sits above its date strip', async ({ app, page }) => {
    // Two events at one place with a long name: the title takes two lines.
    const [lat, lon] = [15.3, 42.68];
    await app.open(`map=8/${lat}/${lon}`);
    const at = await app.projectOnMap(lon, lat);
    await page.touchscreen.tap(at.x, at.y);
    const list = page.locator('.map-place-list');
    await expect(list).toContainText('2 events at Southern Red Sea, north-west of Saleef');
    const strip = (await list.getByRole('img').boundingBox())!;
    const close = (await list.locator('.maplibregl-popup-close-button').boundingBox())!;
    // The words' own boxes, one a line.
    const lines = await list.locator('.place-list > strong').evaluate((title) => {
      const range = document.createRange();
      range.selectNodeContents(title);
      return [...range.getClientRects()].map(({ x, y, width, height }) => ({
        x,
        y,
        width,
        height,
      }));
    });
    for (const line of lines) {
      expect(line.y + line.height, 'words beside or over the strip').toBeLessThanOrEqual(strip.y);
      expect(overlap(line, close), 'words under the close button').toBe(false);
    }
  });
});

test.describe('on a tablet with the filters drawer open', () => {
  test.use(TABLET);

  test('the drawer hides no part of the credits', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: /^Filters/ }).click();
    const drawer = (await app.filters.boundingBox())!;
    const credits = (await (await openCredits(page)).boundingBox())!;
    expect(credits.x).toBeGreaterThanOrEqual(drawer.x + drawer.width);
  });
});

test('the selection ring leaves the name of the place under it readable', async ({ app, page }) => {
  // Only f01 at Muscat in this window, so one dot, on the place the map names.
  await app.open(`from=2024-01-01&to=2024-01-05&event=f01&map=5/${muscat.lat}/${muscat.lon}`);
  await expect.poll(() => app.highlightedOnMap()).toContainEqual({ id: 'f01', role: 'selected' });
  await app.mapIdle();
  const at = await app.projectOnMap(muscat.lon, muscat.lat);
  // The map writes a place's name centred just below its point.
  const label = { x: at.x - 26, y: at.y + 6, width: 52, height: 14 };
  const ring = { x: at.x - 16, y: at.y - 16, width: 32, height: 32 };
  const shots = async () => [
    await page.screenshot({ clip: label }),
    await page.screenshot({ clip: ring }),
  ];
  const [labelWith, ringWith] = await shots();
  await page.locator('.map-highlight-selected').evaluate((el) => (el.style.visibility = 'hidden'));
  const [labelWithout, ringWithout] = await shots();
  expect((await pixels(page, [labelWith!, labelWithout!])).changed).toBeLessThan(0.12);
  expect((await pixels(page, [ringWith!, ringWithout!])).changed, 'a ring').toBeGreaterThan(0.1);
});
