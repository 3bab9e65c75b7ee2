import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// window.chronomapConfig, for its type only.
import type {} from '../src/utils/host-config';

import { fixturePath, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();

test.describe('failing networks', () => {
  test.use({ allowHttpErrors: true });

  test.beforeEach(async ({ page }) => {
    // Give up on a silent server after 1.5 s instead of 20 s.
    await page.addInitScript(() => {
      window.chronomapConfig = { stallTimeoutMs: 1500 };
    });
  });

  test('HTTP 500 says the server failed, and Retry recovers', async ({ app, page }) => {
    let fail = true;
    await page.route('**/flaky.json', (route) =>
      fail
        ? route.fulfill({ status: 500, body: 'oops' })
        : route.fulfill({ path: fixturePath('events-small.json') }),
    );
    await page.goto('/?data=flaky.json&cat=maritime');
    await expect(page.getByRole('alert')).toContainText(
      'The server failed while sending /flaky.json (HTTP 500).',
    );
    fail = false;
    await page.getByRole('button', { name: 'Retry' }).click();
    await expect(app.listCount).toHaveText(
      `${fixture.events.filter((e) => e.category === 'maritime').length} of 20 events`,
    );
  });

  test('a server that never answers times out', async ({ page }) => {
    await page.route('**/silent.json', () => undefined);
    await page.goto('/?data=silent.json');
    await expect(page.getByRole('alert')).toContainText(
      '/silent.json did not answer within 1.5 s.',
    );
    await expect(page.getByRole('button', { name: 'Retry' })).toBeVisible();
  });

  test('a download that stalls half way is reported, not left hanging', async ({ page }) => {
    const body = JSON.stringify(fixture);
    const server: Server = createServer((_request, response) => {
      response.writeHead(200, {
        'Content-Type': 'application/json',
        'Content-Length': String(body.length),
        'Access-Control-Allow-Origin': '*',
      });
      response.write(body.slice(0, body.length / 2));
      // …and nothing more.
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await page.goto(`/?data=${encodeURIComponent(`http://127.0.0.1:${port}/stalls.json`)}`);
      await expect(page.getByRole('alert')).toContainText('stopped: no data for 1.5 s');
      await expect(page.getByRole('button', { name: 'Back to the default dataset' })).toBeVisible();
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });

  test('a redirect loop is named as such, not blamed on CORS', async ({ page }) => {
    // The page's own address redirects to a server that redirects to itself, for ever.
    const server = createServer((request, response) => {
      response.writeHead(302, { Location: request.url ?? '/', 'Access-Control-Allow-Origin': '*' });
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    await page.route('**/moved.json', (route) =>
      route.fulfill({ status: 302, headers: { Location: `http://127.0.0.1:${port}/loop.json` } }),
    );
    try {
      await page.goto('/?data=moved.json');
      await expect(page.getByRole('alert')).toContainText(
        'Could not load /moved.json: the server redirects it in a loop (too many redirects)',
      );
      await expect(page.getByRole('alert')).not.toContainText('CORS');
    } finally {
      server.close();
    }
  });

  test('a server that does not allow cross-origin reads (CORS) is named as the likely cause', async ({
    page,
  }) => {
    // Another origin (another port) that answers, but without Access-Control-Allow-Origin.
    const body = JSON.stringify(fixture);
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      await page.goto(`/?data=${encodeURIComponent(`http://127.0.0.1:${port}/events.json`)}`);
      await expect(page.getByRole('alert')).toContainText(
        'does not allow other sites to load its data (CORS)',
      );
    } finally {
      server.close();
    }
  });
});

test.describe('content security policy', () => {
  test.use({ expectedConsoleErrors: [/Content Security Policy/] });

  test('the app runs under a strict policy, and a violation is blocked and reported', async ({
    app,
    page,
  }) => {
    const response = await page.goto('/');
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      'content',
      /object-src 'none'/,
    );
    await app.waitUntilReady();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__pwned = true';
      document.body.append(script);
    });
    await expect
      .poll(() => app.cspViolations())
      .toContainEqual(expect.objectContaining({ directive: 'script-src-elem' }));
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned),
    ).toBeUndefined();
  });
});

test('a failing panel shows what failed and the rest keeps working', async ({ app, page }) => {
  await app.open('event=f03');
  await app.breakPanel('event details');
  const failed = page
    .getByRole('alert')
    .filter({ hasText: 'The event details could not be shown.' });
  await expect(failed).toBeVisible();
  await app.clickTimelineMark('f08');
  await expect(
    app.events.getByRole('listbox').getByRole('option', { selected: true }),
  ).toContainText('Drone attack on a base');
  await expect.poll(() => app.highlightedOnMap()).toContainEqual({ id: 'f08', role: 'selected' });
  await failed.getByRole('button', { name: 'Try again' }).click();
  await expect(app.detailsTitle).toHaveText('Drone attack on a base');
});
