import { test as base, expect } from '@playwright/test';

import { AppDriver } from './app-driver';
import { fixturePath } from './fixture-data';

interface Options {
  /** Which file answers for the bundled dataset: a fixture name, or 'bundled' for the real one. */
  dataset: string;
  /** Tests of failing servers expect the browser to log their HTTP errors. */
  allowHttpErrors: boolean;
  /** Console errors a test provokes on purpose (e.g. a blocked inline script). */
  expectedConsoleErrors: RegExp[];
}

/**
 * Every test gets an app driver, serves a known fixture as the default dataset, and fails on
 * any uncaught page error, console error or dialog: no script from data may ever run.
 */
export const test = base.extend<Options & { app: AppDriver; pageErrors: string[] }>({
  dataset: ['events-small.json', { option: true }],
  allowHttpErrors: [false, { option: true }],
  expectedConsoleErrors: [[], { option: true }],
  pageErrors: async ({ page, allowHttpErrors, expectedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      if (allowHttpErrors && /^Failed to load resource|net::ERR_/.test(message.text())) return;
      if (expectedConsoleErrors.some((pattern) => pattern.test(message.text()))) return;
      errors.push(`console: ${message.text()}`);
    });
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    await use(errors);
    expect(errors, 'the page reported errors').toEqual([]);
  },
  app: async ({ page, dataset, pageErrors }, use) => {
    void pageErrors;
    if (dataset !== 'bundled') {
      await page.route('**/data/events.json', (route) =>
        route.fulfill({ path: fixturePath(dataset) }),
      );
    }
    await use(new AppDriver(page));
  },
});

export { expect };
