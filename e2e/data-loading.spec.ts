import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { Page } from '@playwright/test';

// window.chronomapConfig, for its type only.
import type {} from '../src/utils/host-config';

import type { AppDriver } from './support/app-driver';
import { fixturePath } from './support/fixture-data';
import { expect, test } from './support/test';

test('?data= loads a CSV from a relative address', async ({ app, page }) => {
  await page.route('**/datasets/events.csv', (route) =>
    route.fulfill({ path: fixturePath('unit:events.csv'), contentType: 'text/csv' }),
  );
  await app.open('data=datasets/events.csv');
  await expect(app.listCount).toHaveText('4 of 4 events');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('events.csv');
  await expect.poll(() => app.renderedEventIds()).toEqual(['operation', 'talks', 'tanker']);
  await expect(page).toHaveURL(/\?data=datasets\/events\.csv$/);
});

test('the first dataset is loaded by the worker the page starts before the app', async ({
  app,
  page,
}) => {
  await page.route('**/datasets/events.csv', (route) =>
    route.fulfill({ path: fixturePath('unit:events.csv'), contentType: 'text/csv' }),
  );
  await app.open('data=datasets/events.csv');
  await expect(app.listCount).toHaveText('4 of 4 events');
  // Marked only when the app takes that early load over instead of starting its own.
  const [early, start] = await page.evaluate(() =>
    ['early-start', 'load-start'].map(
      (name) => performance.getEntriesByName(`chronomap:${name}`)[0]?.startTime ?? null,
    ),
  );
  expect(early).not.toBeNull();
  expect(early).toBeLessThan(start ?? 0);
});

test('a file chosen in "Load data" replaces the dataset', async ({ app, page }) => {
  await app.open();
  await page.getByRole('button', { name: 'Load data' }).click();
  await page.getByTestId('file-input').setInputFiles(fixturePath('unit:events.geojson'));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('GeoJSON fixture');
  // g4 has an impossible longitude: skipped and reported, the rest shown.
  await expect(app.listCount).toHaveText('3 of 3 events');
  await expect(page.getByTestId('data-problems-banner')).toContainText(
    '1 feature skipped, 1 loaded with warnings',
  );
});

test('loading another dataset stops the download in flight', async ({ app, page }) => {
  // A server that starts sending a dataset and never finishes: it sees the download stop.
  let started!: () => void;
  const downloadStarted = new Promise<void>((resolve) => (started = resolve));
  let stopped = false;
  const server: Server = createServer((_request, response) => {
    started();
    response.writeHead(200, {
      'Content-Type': 'application/json',
      'Content-Length': '100000',
      'Access-Control-Allow-Origin': '*',
    });
    response.write('{"events": [');
    response.on('close', () => (stopped = true));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    await page.goto(`/?data=${encodeURIComponent(`http://127.0.0.1:${port}/endless.json`)}`);
    await downloadStarted;
    await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
    await page.getByRole('button', { name: 'Load data' }).click();
    await page.getByTestId('file-input').setInputFiles(fixturePath('unit:events.geojson'));
    await expect(page.getByRole('heading', { level: 1 })).toContainText('GeoJSON fixture');
    // Well before the 20 s after which a stalled download gives up by itself.
    await expect.poll(() => stopped, { timeout: 10_000 }).toBe(true);
    await expect(app.listCount).toHaveText('3 of 3 events');
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    server.closeAllConnections();
    server.close();
  }
});

test.describe('a large first dataset', () => {
  /**
   * A server that starts sending a large dataset (padded past 5 MB: JSON allows trailing spaces)
   * and sends the rest only when told to.
   */
  async function slowServer() {
    const body = readFileSync(fixturePath('events-small.json'), 'utf8') + ' '.repeat(6_000_000);
    let started!: () => void;
    const downloadStarted = new Promise<void>((resolve) => (started = resolve));
    let finish: () => void = () => undefined;
    const server: Server = createServer((_request, response) => {
      started();
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(Buffer.byteLength(body)),
        'Access-Control-Allow-Origin': '*',
      });
      response.write(body.slice(0, 100));
      finish = () => response.end(body.slice(100));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://127.0.0.1:${port}/slow.json`,
      downloadStarted,
      finish: () => finish(),
      close: () => {
        server.closeAllConnections();
        server.close();
      },
    };
  }

  /**
   * Opens the app on the slow server's dataset, runs `whileLoading` once the download has begun,
   * then lets the download finish and checks that every event arrived.
   */
  async function loadSlowly(page: Page, app: AppDriver, whileLoading: () => Promise<void>) {
    const server = await slowServer();
    try {
      await page.goto(`/?data=${encodeURIComponent(server.url)}`);
      await server.downloadStarted;
      await whileLoading();
      server.finish();
      await app.waitUntilReady();
      await expect(app.listCount).toHaveText('20 of 20 events');
    } finally {
      server.close();
    }
  }

  test('the map waits for it', async ({ app, page }) => {
    // Longer than this test takes, so what it sees does not depend on the machine's speed.
    await page.addInitScript(() => {
      window.chronomapConfig = { mapStartWaitMs: 60_000 };
    });
    await loadSlowly(page, app, async () => {
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
      // While the data is on its way the map has not started: its start-up would slow parsing.
      await expect(page.getByTestId('map').locator('canvas')).toHaveCount(0);
      await expect(page.getByRole('button', { name: 'Fit to events' })).toHaveCount(0);
      // Nor does the empty list blame the filters for what has not arrived yet.
      await expect(page.getByText('No events match')).toHaveCount(0);
    });
  });

  test('but not for long', async ({ app, page }) => {
    await loadSlowly(page, app, async () => {
      // A download that takes its time does not leave the map blank (3 s at most).
      await expect(page.getByTestId('map').locator('canvas')).toHaveCount(1, { timeout: 10_000 });
      await expect(page.getByRole('status').filter({ hasText: 'Loading' })).toBeVisible();
    });
  });
});

test('a file dropped anywhere on the page loads', async ({ app, page }) => {
  await app.open();
  const csv = readFileSync(fixturePath('unit:events.csv'), 'utf8');
  const transfer = await page.evaluateHandle((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'dropped.csv', { type: 'text/csv' }));
    return data;
  }, csv);
  await page.dispatchEvent('main', 'dragenter', { dataTransfer: transfer });
  await expect(page.getByText('Drop a JSON, GeoJSON or CSV file to load it')).toBeVisible();
  await page.dispatchEvent('main', 'drop', { dataTransfer: transfer });
  await expect(page.getByRole('heading', { level: 1 })).toContainText('dropped.csv');
  await expect(app.listCount).toHaveText('4 of 4 events');
});

test('bad rows are listed in "Data problems" and every good row loads', async ({ app, page }) => {
  await page.route('**/bad.csv', (route) =>
    route.fulfill({ path: fixturePath('unit:partial-bad.csv') }),
  );
  await app.open('data=bad.csv');
  await expect(app.listCount).toHaveText('4 of 4 events');
  const banner = page.getByTestId('data-problems-banner');
  await expect(banner).toContainText('Loaded 4 events; 2 rows skipped, 2 loaded with warnings.');
  await banner.getByRole('button', { name: 'Show data problems' }).click();
  const problems = page.getByRole('region', { name: 'Data problems' });
  await expect(problems.getByRole('listitem')).toHaveText([
    'Skipped row #2 "baddate": date "2024-13-01" is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)',
    'Skipped row #3 "badlat": location.lat must be a number, got "abc"',
    'Warning row #4 "short": has 3 cells but the header has 8; missing cells are empty, extra ones ignored',
    'Warning row #5 "formula": sources[0].url "javascript:alert(1)" is not an http(s) link; shown as text',
  ]);
  await problems.getByRole('button', { name: 'Close' }).click();
  for (const title of [
    'Fine row',
    'Ragged row',
    '=HYPERLINK("http://evil.example")',
    'Quoted, with "quotes"',
  ]) {
    await expect(
      app.events.getByRole('listbox').getByRole('option', { name: title }),
    ).toBeVisible();
  }
});

test.describe('failing servers', () => {
  test.use({ allowHttpErrors: true });

  test('a dataset that cannot load says why, and Retry restores the linked view', async ({
    app,
    page,
  }) => {
    let fail = true;
    await page.route('**/remote.json', (route) =>
      fail
        ? route.fulfill({ status: 404, body: 'not here' })
        : route.fulfill({ path: fixturePath('events-small.json') }),
    );
    await page.goto('/?data=remote.json&event=f08');
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('The dataset was not found at /remote.json (HTTP 404).');
    fail = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await expect(app.detailsTitle).toHaveText('Drone attack on a base');
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});

test('after a failure, "Back to the default dataset" recovers', async ({ app, page }) => {
  await page.route('**/broken.json', (route) =>
    route.fulfill({ body: '{"events": [ {"id": ', contentType: 'application/json' }),
  );
  await page.goto('/?data=broken.json');
  await expect(page.getByRole('alert')).toContainText('The file is not valid JSON');
  await page.getByRole('button', { name: 'Back to the default dataset' }).click();
  await expect(app.listCount).toHaveText('20 of 20 events');
  await expect(page).not.toHaveURL(/data=/);
});

test('hostile text is shown as text, and only http(s) sources become links', async ({
  app,
  page,
  pageErrors,
}) => {
  await page.route('**/hostile.json', (route) =>
    route.fulfill({ path: fixturePath('hostile.json') }),
  );
  await app.open('data=hostile.json&event=xss');
  await expect(app.detailsTitle).toHaveText("<script>alert('title')</script>");
  await expect(app.details).toContainText("<iframe src=javascript:alert('summary')></iframe>");
  await expect(app.details).toContainText("<img src=x onerror=alert('place')>");
  const links = app.details.getByRole('link');
  await expect(links).toHaveCount(1);
  await expect(links).toHaveAttribute('href', 'https://example.org/ok');
  await expect(app.details).toContainText("javascript:alert('href')");
  expect(
    await page.evaluate(
      () => document.querySelectorAll('script:not([type="module"]), iframe, img[src="x"]').length,
    ),
  ).toBe(0);
  expect(await page.evaluate(() => (({}) as Record<string, unknown>)['polluted'])).toBeUndefined();
  await expect(page.getByTestId('data-problems-banner')).toContainText('3 records skipped');
  expect(pageErrors).toEqual([]);
});
