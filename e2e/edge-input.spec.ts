import { expect, test } from './support/test';

test.describe('an id holding half a surrogate pair', () => {
  test.use({ dataset: 'hostile/c-lone-surrogate.json' });

  test('loads mended, can be selected and linked, and Data problems says where', async ({
    app,
    page,
  }) => {
    await app.open();
    await expect(app.listCount).toHaveText('2 of 2 events');
    await app.events
      .getByRole('listbox')
      .getByRole('option', { name: /Its id holds a lone surrogate/ })
      .click();
    await expect(app.detailsTitle).toHaveText('Its id holds a lone surrogate');
    await expect(page).toHaveURL(/[?&]event=broken-%EF%BF%BD-id(&|$)/);
    // The link opens the same event.
    await page.reload();
    await expect(app.detailsTitle).toHaveText('Its id holds a lone surrogate');
    const banner = page.getByTestId('data-problems-banner');
    await expect(banner).toContainText('Loaded 2 events; 1 loaded with warnings.');
    await banner.getByRole('button', { name: 'Show data problems' }).click();
    const report = page.getByRole('region', { name: 'Data problems' });
    await expect(report).toContainText(
      'event #1 "broken-\uFFFD-id": id held a broken character (half of a UTF-16 surrogate pair); read as "broken-\uFFFD-id"',
    );
    await expect(report).toContainText('category held a broken character');
    await expect(report).toContainText('actors[0] held a broken character');
  });
});

test.describe('a line across the antimeridian', () => {
  test.use({ dataset: 'hostile/c-antimeridian.geojson' });

  test('is drawn where it is, near 180°, not at 0°', async ({ app }) => {
    await app.open('map=4/53/180');
    expect(await app.renderedEventIds()).toContain('line');
    await app.open('map=4/53/0');
    await expect.poll(() => app.renderedEventIds()).not.toContain('line');
  });
});
