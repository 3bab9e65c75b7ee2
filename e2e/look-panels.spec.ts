import { readFileSync } from 'node:fs';

import type { Locator, Page } from '@playwright/test';

import { expect, test } from './support/test';

// The panels' look and layout: the shortcuts dialog, skip links, the phone's header and sheets,
// and the room the details get.

const bundled = JSON.parse(readFileSync('public/data/events.json', 'utf8')) as {
  title: string;
  events: { id: string; summary: string }[];
};
const talks = bundled.events.find((event) => event.id === '2024-01-10-muscat-talks')!;

/** Where each line of the open shortcuts dialog is cut, broken or out of reach: none, we hope. */
function clippedLines(dialog: Locator) {
  return dialog.evaluate((element) => {
    const problems: string[] = [];
    const box = element.getBoundingClientRect();
    if (box.left < 0 || box.top < 0 || box.right > innerWidth || box.bottom > innerHeight)
      problems.push('the dialog is larger than the window');
    if (element.scrollWidth > element.clientWidth) problems.push('lines wider than the dialog');
    const scrolls = ['auto', 'scroll'].includes(getComputedStyle(element).overflowY);
    if (element.scrollHeight > element.clientHeight && !scrolls) problems.push('rows cut off');
    for (const row of element.querySelectorAll('dl > div')) {
      const [keys, what] = [row.querySelector('dt')!, row.querySelector('dd')!];
      const label = `${keys.textContent} (${what.textContent})`;
      if (keys.scrollWidth > keys.clientWidth) problems.push(`${label}: keys overflow`);
      const a = keys.getBoundingClientRect();
      const b = what.getBoundingClientRect();
      if (a.right > b.left && b.right > a.left && a.bottom > b.top && b.bottom > a.top)
        problems.push(`${label}: keys over the words`);
      for (const kbd of keys.querySelectorAll('kbd'))
        if (kbd.getClientRects().length > 1) problems.push(`${label}: a key split over lines`);
    }
    return problems;
  });
}

const SCREENS = [
  { name: 'desktop', viewport: { width: 1400, height: 900 }, hasTouch: false, isMobile: false },
  { name: 'tablet', viewport: { width: 900, height: 1100 }, hasTouch: true, isMobile: false },
  { name: 'phone', viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
] as const;

for (const { name, ...screen } of SCREENS) {
  test.describe(`on a ${name}`, () => {
    test.use(screen);

    test('the shortcuts dialog shows every line whole', async ({ app, page }) => {
      await app.open();
      // Its button is in every header, the phone's too.
      const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
      await expect(button).toBeInViewport({ ratio: 1 });
      await button.click();
      const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
      await expect(dialog).toBeVisible();
      expect(await clippedLines(dialog)).toEqual([]);
      await expect(dialog.getByRole('button', { name: 'Close' })).toBeInViewport({ ratio: 1 });
    });
  });
}

test('the shortcuts dialog lists every key the app answers', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  const keys = await dialog.locator('kbd').allTextContents();
  // keyboard-shortcuts.tsx, the timeline and its window, MapLibre's map, the list, the dates.
  const answered = ['Tab', '/', 'j', 'k', 'Esc', '?', '←', '→', '↑', '↓', 'Shift', '+', '−'];
  answered.push('Page Up', 'Page Down', 'Home', 'End', 'Delete', 'Backspace', 'Enter', 'Space');
  expect(answered.filter((key) => !keys.includes(key))).toEqual([]);
});

test.describe('skip links', () => {
  /** From the top of a fresh page, the n-th Tab stop, activated. */
  async function skip(page: Page, name: string, tabs: number) {
    for (let i = 0; i < tabs; i++) await page.keyboard.press('Tab');
    const link = page.getByRole('button', { name });
    await expect(link).toBeFocused();
    await expect(link).toBeInViewport({ ratio: 1 });
    await page.keyboard.press('Enter');
  }

  test('the first Tab stop, shown once focused, jumps to the map', async ({ app, page }) => {
    await app.open();
    const links = page.getByRole('navigation', { name: 'Skip links' });
    expect((await links.boundingBox())?.width ?? 0, 'hidden until focused').toBeLessThanOrEqual(1);
    await skip(page, 'Skip to map', 1);
    await expect(app.map.locator('canvas')).toBeFocused();
  });

  test('the second jumps to the time window', async ({ app, page }) => {
    await app.open();
    await skip(page, 'Skip to timeline', 2);
    await expect(app.windowSlider).toBeFocused();
  });

  test('the third jumps into the events list', async ({ app, page }) => {
    await app.open();
    await skip(page, 'Skip to events', 3);
    await expect(app.events.getByRole('listbox', { name: 'Events' })).toBeFocused();
  });

  test('the skip link to the events unfolds a folded list', async ({ app, page }) => {
    await app.open();
    const fold = app.events.getByRole('button', { name: 'Events' });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await page.getByRole('button', { name: 'Skip to events' }).focus();
    await page.keyboard.press('Enter');
    await expect(fold).toHaveAttribute('aria-expanded', 'true');
    await expect(app.events.getByRole('listbox', { name: 'Events' })).toBeFocused();
  });
});

test.describe('on a phone', () => {
  test.use({ ...SCREENS[2], dataset: 'bundled' });
  test('the header keeps the dataset’s title, cut short, and the shortcuts', async ({
    app,
    page,
  }) => {
    await app.open();
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading.locator('.dataset-title')).toContainText(bundled.title);
    // Shown from its start to the heading's end, where an ellipsis cuts it.
    const [shown, cut] = await heading.evaluate((h1) => {
      const title = h1.querySelector('.dataset-title')!.getBoundingClientRect();
      const box = h1.getBoundingClientRect();
      return [box.right - title.left, box.right <= innerWidth && h1.scrollWidth > h1.clientWidth];
    });
    expect(shown).toBeGreaterThan(150);
    expect(cut).toBe(true);
    for (const name of ['Load data', 'Share', 'Export', 'Keyboard shortcuts'])
      await expect(page.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  });
  test('the details sheet peeks high enough to read the event’s facts', async ({ app, page }) => {
    await app.open(`event=${talks.id}`);
    const sheet = page.getByTestId('sheet-details');
    await expect(sheet).toBeVisible();
    const map = (await app.map.boundingBox())!;
    expect((await sheet.boundingBox())!.height).toBeGreaterThan(map.height * 0.62);
    await expect(app.details.getByText('Actors', { exact: true })).toBeInViewport({ ratio: 1 });
  });
  test('the skip link to the events opens their sheet', async ({ app, page }) => {
    await app.open();
    await page.getByRole('button', { name: 'Skip to events' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('sheet-events')).toBeVisible();
    await expect(app.events.getByRole('listbox', { name: 'Events' })).toBeFocused();
  });
});

/** How much of the summary shows, in lines, where its panel scrolls. */
function summaryLinesShown(page: Page) {
  return page.getByText(talks.summary.slice(0, 40)).evaluate((summary) => {
    const panel = summary.closest('section')!.getBoundingClientRect();
    const box = summary.getBoundingClientRect();
    const shown = Math.min(box.bottom, panel.bottom, innerHeight) - Math.max(box.top, panel.top);
    return shown / parseFloat(getComputedStyle(summary).lineHeight);
  });
}

test.describe('the details’ room', () => {
  test.use({ dataset: 'bundled' });

  test('folding the list gives the details the whole column', async ({ app }) => {
    await app.open(`event=${talks.id}`);
    const fold = app.events.getByRole('button', { name: 'Events' });
    await fold.click();
    await expect(fold).toHaveAttribute('aria-expanded', 'false');
    await expect(app.events.getByRole('listbox')).toBeHidden();
    await expect(app.details.getByText(talks.summary.slice(0, 40))).toBeInViewport({ ratio: 1 });
    await fold.click();
    await expect(app.events.getByRole('listbox')).toBeVisible();
  });

  test.describe('in an 800×600 embed', () => {
    test.use({ viewport: { width: 800, height: 600 } });

    test('the details show the title, date, place and summary', async ({ app, page }) => {
      await app.open(`embed=1&event=${talks.id}`);
      await expect(app.detailsTitle).toBeInViewport({ ratio: 1 });
      for (const fact of ['Date', 'Place'])
        await expect(app.details.getByText(fact, { exact: true })).toBeInViewport({ ratio: 1 });
      expect(await summaryLinesShown(page)).toBeGreaterThanOrEqual(2);
    });
  });
});
