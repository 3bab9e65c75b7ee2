import { readFileSync } from 'node:fs';

import type { Page } from '@playwright/test';

import { fixturePath } from './support/fixture-data';
import { expect, test } from './support/test';

interface Expectation {
  file: string;
  loaded?: number;
  skipped?: number;
  warnings?: number;
  links?: number;
  fatal?: string;
  generate?: 'huge-string';
  serve?: string;
  as?: string;
}

const corpus = JSON.parse(readFileSync(fixturePath('hostile/expectations.json'), 'utf8')) as {
  datasets: Expectation[];
};
const links = JSON.parse(readFileSync(fixturePath('hostile/links.json'), 'utf8')) as {
  links: { query: string; notice: string | null }[];
};

function contentOf(entry: Expectation): Buffer {
  if (entry.generate === 'huge-string') {
    const huge = 'x'.repeat(10 * 1024 * 1024);
    return Buffer.from(
      JSON.stringify({
        events: [
          { id: 'huge', title: huge, date: '2024-01-01' },
          { id: 'fine', title: 'Fine', date: '2024-01-02' },
        ],
      }),
    );
  }
  return readFileSync(fixturePath(`hostile/${entry.file}`));
}

const nameOf = (entry: Expectation) => entry.as ?? entry.file;

/** What the page must show after loading one corpus file. */
async function expectOutcome(page: Page, entry: Expectation) {
  if (entry.fatal) {
    await expect(page.getByRole('alert')).toContainText(entry.fatal);
    // A way on: Retry cannot mend a broken file, so the way back is what is offered.
    await expect(
      page.getByRole('alert').getByRole('button', { name: 'Back to the default dataset' }),
    ).toBeVisible();
    return;
  }
  await expect(page.getByTestId('timeline-count')).toHaveText(
    `${entry.loaded} of ${entry.loaded} ${entry.loaded === 1 ? 'event' : 'events'}`,
  );
  const banner = page.getByTestId('data-problems-banner');
  if (!entry.skipped && !entry.warnings) {
    await expect(banner).toHaveCount(0);
    return;
  }
  if (entry.skipped)
    await expect(banner).toContainText(
      new RegExp(`${entry.skipped} (records?|rows?|features?) skipped`),
    );
  if (entry.warnings) await expect(banner).toContainText('loaded with warnings');
}

/** Every file is read once as a file, in one page; the parsing is the same code by either road. */
const bySize = <T>(list: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(list.length / size) }, (_, i) =>
    list.slice(i * size, (i + 1) * size),
  );

/**
 * Loading by link adds what only a link has: the fetch, the content type, and the first screen
 * failing when the very first dataset cannot be read. Those files also go by link.
 */
const byLink = corpus.datasets.filter(
  (entry) => entry.fatal || entry.serve || entry.as || entry.generate,
);

const inlineScripts = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('script:not([src])').length);

test.describe('hostile datasets', () => {
  test.use({ allowHttpErrors: true });
  test.describe.configure({ timeout: 180_000 });

  // In parts of a few files each, so both workers share the corpus.
  const fileParts = bySize(corpus.datasets, 10);
  for (const [index, part] of fileParts.entries()) {
    test(`each loads as a file with the expected outcome, and no script runs (part ${index + 1} of ${fileParts.length})`, async ({
      app,
      page,
    }) => {
      await app.open();
      for (const entry of part) {
        await page.getByRole('button', { name: 'Load data' }).click();
        await page.getByTestId('file-input').setInputFiles({
          name: nameOf(entry),
          mimeType: entry.serve ?? '',
          buffer: contentOf(entry),
        });
        await test.step(nameOf(entry), () => expectOutcome(page, entry));
      }
      expect(await inlineScripts(page)).toBe(0);
    });
  }

  const linkParts = bySize(byLink, 6);
  for (const [index, part] of linkParts.entries()) {
    test(`those a link treats apart load by link with the expected outcome (part ${index + 1} of ${linkParts.length})`, async ({
      page,
    }) => {
      for (const entry of part) {
        const body = contentOf(entry);
        await page.unroute('**/hostile/**');
        await page.route('**/hostile/**', (route) =>
          route.fulfill({ body, contentType: entry.serve ?? 'application/octet-stream' }),
        );
        await page.goto(`/?data=hostile/${encodeURIComponent(nameOf(entry))}`);
        await test.step(nameOf(entry), () => expectOutcome(page, entry));
        // Still responsive: the search box takes input.
        if (!entry.fatal) await page.getByRole('searchbox', { name: 'Search' }).fill('x');
      }
      expect(await inlineScripts(page)).toBe(0);
    });
  }

  test('dangerous links in sources stay text; HTML stays text', async ({ app, page }) => {
    await page.route('**/hostile/**', (route) =>
      route.fulfill({ path: fixturePath(`hostile/${route.request().url().split('/').pop()}`) }),
    );
    await page.goto('/?data=hostile/url-schemes.json&event=ok-1');
    await expect(app.details.getByRole('link')).toHaveCount(1);
    await expect(app.details.getByRole('link')).toHaveAttribute('href', 'https://example.org/ok');
    await expect(app.details).toContainText('javascript:alert(1)');
    await page.goto('/?data=hostile/html-everywhere.json');
    await expect(page.getByRole('heading', { level: 1 })).toContainText(
      '<img src=x onerror=alert(document.domain)>',
    );
    await app.events
      .getByRole('listbox')
      .getByRole('option', { name: /10 Jan 2024/ })
      .click();
    await expect(app.detailsTitle).toContainText('<script>alert(1)</script>');
    expect(
      await page.evaluate(() => document.querySelectorAll('img[src="x"], svg[onload]').length),
    ).toBe(0);
  });
});

test.describe('hostile links', () => {
  for (const link of links.links) {
    // The notice and the counts are what a link decides; the map's drawing is tested elsewhere.
    test(`?${link.query.slice(0, 60)}`, async ({ app, page }) => {
      await app.goto(link.query);
      await expect(page.getByTestId('timeline-count')).toHaveText(/\d+ of 20 events/);
      const notice = page.getByTestId('url-notice');
      if (link.notice) await expect(notice).toContainText(link.notice);
      else await expect(notice).toHaveCount(0);
      expect(await page.evaluate(() => document.querySelectorAll('img[src="x"]').length)).toBe(0);
    });
  }
});
