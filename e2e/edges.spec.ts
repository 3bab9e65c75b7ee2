import type { Page } from '@playwright/test';

import { expect, test } from './support/test';

/** Serves a dataset made here under `name`, for `?data=name`. */
async function serve(page: Page, name: string, events: Record<string, unknown>[]) {
  const body = JSON.stringify({
    version: 1,
    title: name,
    categories: [
      { id: 'a', label: 'A', color: '#0072B2' },
      { id: 'b', label: 'B', color: '#D55E00' },
    ],
    events,
  });
  await page.route(`**/${name}`, (route) =>
    route.fulfill({ body, contentType: 'application/json' }),
  );
}

const dayOf = (n: number) => new Date(Date.UTC(2020, 0, 1) + n * 86_400_000).toISOString();

test('a crowded place lists every one of its events, in date order, all in reach', async ({
  app,
  page,
}) => {
  test.setTimeout(120_000);
  // 10,000 events at one place and 1,500 at another, their dates shuffled in the file.
  const crowd = Array.from({ length: 11_500 }, (_, i) => ({
    id: `e${i}`,
    title: `Event ${i}`,
    date: dayOf((i * 7919) % 11_500).slice(0, 10),
    category: i % 2 ? 'a' : 'b',
    location: i < 10_000 ? { lat: 10, lon: 20, name: 'Crowdville' } : { lat: -20, lon: 40 },
  }));
  await serve(page, 'crowd.json', crowd);
  const byDate = (events: typeof crowd) =>
    [...events].sort((a, b) => a.date.localeCompare(b.date)).map((event) => event.title);
  const atCrowdville = byDate(crowd.slice(0, 10_000));
  await app.open('data=crowd.json&map=3/-5/30');

  await app.clickMapAt(20, 10);
  const popup = page.locator('.map-place-list');
  await expect(popup.getByText('10,000 events at Crowdville')).toBeVisible();
  const rows = popup.getByRole('listitem');
  await expect(rows.first()).toHaveAttribute('aria-setsize', '10000');
  await expect(rows.first()).toContainText(atCrowdville[0]!);
  await expect(rows.nth(1)).toContainText(atCrowdville[1]!);
  // Only the rows in sight are built.
  expect(await rows.count()).toBeLessThan(30);
  // The first row has the focus; the keys reach the last of the 10,000.
  await page.keyboard.press('End');
  await expect(page.locator(':focus')).toHaveText(new RegExp(`${atCrowdville.at(-1)}$`));
  await page.keyboard.press('ArrowUp');
  await expect(page.locator(':focus')).toHaveText(new RegExp(`${atCrowdville.at(-2)}$`));
  await page.keyboard.press('Enter');
  await expect(app.detailsTitle).toHaveText(atCrowdville.at(-2)!);
  // Settled after the selection (which closes the list), before the next click.
  await app.mapIdle();

  await app.clickMapAt(40, -20);
  await expect(popup.getByText('1,500 events at this place')).toBeVisible();
  await expect(popup.getByRole('listitem').first()).toContainText(byDate(crowd.slice(10_000))[0]!);
});

test('the ends of the calendar and of the map, and search marks in any script', async ({
  app,
  page,
}) => {
  await serve(page, 'edges.json', [
    {
      id: 's',
      title: 'South Pole',
      date: '0001-01-01',
      category: 'a',
      location: { lat: -90, lon: 0 },
    },
    {
      id: 'n',
      title: 'North Pole',
      date: '9999-12-31',
      category: 'b',
      location: { lat: 90, lon: 0 },
    },
    {
      id: 'i',
      title: 'Ferry to İstanbul port',
      date: '2024-01-01',
      category: 'a',
      location: { lat: 41.01, lon: 28.98, name: 'İstanbul' },
    },
  ]);
  await app.open('data=edges.json');
  // The axis of years 1 to 9999 starts at year 0, not at "0000".
  const ticks = await app.timeline.locator('.timeline-axis .tick text').allTextContents();
  expect(ticks[0]).toBe('0');
  expect(ticks.filter((tick) => /^0\d/.test(tick))).toEqual([]);

  const search = app.filters.getByRole('searchbox', { name: 'Search' });
  await search.fill('port');
  await expect(app.events.getByRole('option').locator('mark')).toHaveText(['port']);
  await search.fill('');
  await expect(app.listCount).toHaveText('3 of 3 events');
  await app.mapIdle();

  // Both poles are drawn at the map's edges (Web Mercator ends at ±85.05°), and count as on it.
  await expect(app.map.getByText(/outside the map/)).toHaveCount(0);
  // A pole sits on the map's very edge at world zoom, so only the half of its mark inside the
  // map is looked at: a clip past the edge would compare the timeline or the header instead.
  const box = (await app.map.boundingBox())!;
  const around = async (lat: number) => {
    const at = await app.projectOnMap(0, lat);
    const top = Math.max(box.y, at.y - 10);
    const bottom = Math.min(box.y + box.height, at.y + 10);
    return page.screenshot({ clip: { x: at.x - 10, y: top, width: 20, height: bottom - top } });
  };
  const drawn = [await around(-85), await around(85)];
  for (const name of [/^A/, /^B/]) await app.filters.getByRole('checkbox', { name }).uncheck();
  await app.mapIdle();
  const bare = [await around(-85), await around(85)];
  expect(drawn[0]!.equals(bare[0]!), 'the South Pole event is drawn').toBe(false);
  expect(drawn[1]!.equals(bare[1]!), 'the North Pole event is drawn').toBe(false);
});

test('50,000 categories: the filters list the common ones, find any, and a toggle answers at once', async ({
  app,
  page,
}) => {
  test.setTimeout(180_000);
  // Each of 50,000 categories once, then 10,000 more rows in the first five: five common ones and
  // a long tail, as a column of ids picked as the category gives.
  const rows = ['id,title,date,category,lat,lon'];
  for (let i = 0; i < 60_000; i++) {
    const category = i < 50_000 ? i : i % 5;
    rows.push(`m${i},Event ${i},${dayOf(i % 365).slice(0, 10)},c${category},${i % 60},${i % 90}`);
  }
  await app.open();
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles({
    name: 'many-categories.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`${rows.join('\n')}\n`),
  });
  await expect(page.getByTestId('timeline-count')).toHaveText('60,000 of 60,000 events');
  await app.mapIdle();

  const categories = app.filters.getByRole('group', { name: /Categories/ });
  // The most common first, a handful of boxes, not 50,000.
  await expect(categories.getByRole('checkbox').first()).toHaveAccessibleName(/^C[0-4] 2,001$/);
  expect(await categories.getByRole('checkbox').count()).toBeLessThan(30);
  // The timeline keeps to a few lanes; the rest share one.
  await expect(app.timeline.locator('.lane-labels')).toContainText('Other categories');

  // Switching the most common off takes its 2,001 events from every count.
  await categories.getByRole('checkbox').first().uncheck();
  await expect(page.getByTestId('timeline-count')).toHaveText('57,999 of 60,000 events');
  await expect(app.listCount).toHaveText('57,999 of 60,000 events');
  await app.mapIdle();

  // A rare one is found by name and can be chosen alone.
  await categories.getByRole('searchbox', { name: 'Find a category' }).fill('c49999');
  await expect(categories.getByRole('status')).toHaveText('1 match');
  await categories.getByRole('button', { name: 'select none' }).click();
  await expect(page.getByTestId('timeline-count')).toHaveText('0 of 60,000 events');
  await categories.getByRole('checkbox', { name: /^C49999 / }).check();
  await expect(page.getByTestId('timeline-count')).toHaveText('1 of 60,000 events');
  await expect(app.events.getByRole('listbox').getByRole('option')).toHaveText([/Event 49999/]);

  // "Show all" lists every one, building only the rows in view.
  await categories.getByRole('searchbox', { name: 'Find a category' }).fill('');
  await categories.getByRole('button', { name: 'Show all 50,000' }).click();
  await expect(categories.getByRole('listitem').first()).toHaveAttribute('aria-setsize', '50000');
  expect(await categories.getByRole('checkbox').count()).toBeLessThan(100);
});
