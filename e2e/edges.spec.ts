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

  // Both poles are drawn at the map's edges (Web Mercator ends at ±85.05°), and count as on it.
  await expect(app.map.getByText(/outside the map/)).toHaveCount(0);
  const around = async (lat: number) => {
    const at = await app.projectOnMap(0, lat);
    return page.screenshot({ clip: { x: at.x - 8, y: at.y - 8, width: 16, height: 16 } });
  };
  const drawn = [await around(-85), await around(85)];
  for (const name of [/^A/, /^B/]) await app.filters.getByRole('checkbox', { name }).uncheck();
  await app.mapIdle();
  const bare = [await around(-85), await around(85)];
  expect(drawn[0]!.equals(bare[0]!), 'the South Pole event is drawn').toBe(false);
  expect(drawn[1]!.equals(bare[1]!), 'the North Pole event is drawn').toBe(false);
});
