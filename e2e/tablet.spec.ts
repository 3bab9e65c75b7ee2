import { seriousViolations } from './support/axe';
import { readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

// A tablet held upright: too narrow for the filters, the map and the details side by side.
test.use({ viewport: { width: 768, height: 1024 } });

test('on a tablet the filters are a drawer over the map, and the map keeps its size', async ({
  app,
  page,
}) => {
  await app.open();
  const map = await app.map.boundingBox();
  expect(map!.width).toBeGreaterThan(768 / 2);
  await expect(app.filters).toBeHidden();

  const toggle = page.getByRole('button', { name: /^Filters/ });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(app.filters).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await app.filters.getByRole('checkbox', { name: /Diplomacy/ }).click();
  const shown = fixture.events.filter((e) => e.category !== 'diplomacy').length;
  await expect(app.listCount).toContainText(`${shown} of ${total}`);
  expect(await app.map.boundingBox()).toEqual(map);
  expect(await seriousViolations(page)).toEqual([]);

  // Escape closes it and gives focus back; the closed toggle still says a filter is on.
  await page.keyboard.press('Escape');
  await expect(app.filters).toBeHidden();
  await expect(toggle).toBeFocused();
  await expect(toggle).toHaveAccessibleName('Filters (1 on)');
  await expect(app.listCount).toContainText(`${shown} of ${total}`);
});

test('on a tablet "/" opens the filters drawer at the search box', async ({ app, page }) => {
  await app.open();
  await page.keyboard.press('/');
  await expect(app.filters).toBeVisible();
  await expect(app.filters.getByRole('searchbox', { name: 'Search' })).toBeFocused();
  await page.keyboard.type('tanker');
  await expect(app.listCount).not.toContainText(`${total} of ${total}`);
  await page.getByRole('button', { name: 'Close filters' }).click();
  await expect(app.filters).toBeHidden();
  await expect(page.getByRole('button', { name: /^Filters/ })).toHaveAccessibleName(
    'Filters (1 on)',
  );
});

test('an event chosen while the drawer is open is moved out from under it on the map', async ({
  app,
  page,
}) => {
  await app.open();
  await page.getByRole('button', { name: /^Filters/ }).click();
  const drawer = (await app.filters.boundingBox())!;
  const map = (await app.map.boundingBox())!;
  const drawerRight = drawer.x + drawer.width;
  // An event drawn under the drawer before it is chosen.
  let hidden: (typeof fixture.events)[number] | undefined;
  for (const event of fixture.events) {
    if (!event.location) continue;
    const { x, y } = await app.projectOnMap(event.location.lon, event.location.lat);
    if (x > map.x && x < drawerRight - 12 && y > map.y && y < map.y + map.height) {
      hidden = event;
      break;
    }
  }
  expect(hidden, 'an event under the drawer').toBeDefined();
  await app.events
    .getByRole('listbox')
    .getByRole('option', { name: new RegExp(hidden!.title) })
    .click();
  await expect(app.detailsTitle).toHaveText(hidden!.title);
  await expect(app.filters).toBeVisible();
  await app.mapIdle();
  const point = await app.projectOnMap(hidden!.location!.lon, hidden!.location!.lat);
  expect(point.x).toBeGreaterThan(drawerRight + 12);
  expect(point.x).toBeLessThan(map.x + map.width - 12);
  expect(point.y).toBeGreaterThan(map.y + 12);
  expect(point.y).toBeLessThan(map.y + map.height - 12);
});
