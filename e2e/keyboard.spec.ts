import type { Page } from '@playwright/test';

import { eventsBetween, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;

/** Where keyboard focus is: which of the places this spec counts it holds. */
function focusAt(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    const dates = [...document.querySelectorAll('fieldset')].find(
      (set) => set.querySelector('legend')?.textContent === 'Dates (UTC)',
    );
    return {
      play: el instanceof HTMLButtonElement && /Play/.test(el.textContent ?? ''),
      inList: !!el?.closest('section[aria-label="Events"] .events-scroll'),
      inDates: !!(dates && el && dates.contains(el)),
    };
  });
}

test.describe('on the bundled dataset', () => {
  test.use({ dataset: 'bundled' });

  test('Play is a short walk with Tab: the list is one stop, the dates two', async ({
    app,
    page,
  }) => {
    await app.open();
    let presses = 0;
    let listStops = 0;
    let dateStops = 0;
    for (let reached = false; !reached && presses < 120;) {
      await page.keyboard.press('Tab');
      presses++;
      const at = await focusAt(page);
      reached = at.play;
      if (at.inList) listStops++;
      if (at.inDates) dateStops++;
    }
    await expect(page.getByRole('button', { name: /Play/ })).toBeFocused();
    // 78 when every row and date segment was a stop. What is left is one stop a control: skip
    // links, header, filters (search, categories, dates, actors), the map's controls and notice.
    expect(presses).toBeLessThanOrEqual(45);
    expect(listStops).toBe(1);
    expect(dateStops).toBe(2);
  });

  test('End, Home and PageDown keep the active row in view in a long list', async ({
    app,
    page,
  }) => {
    await app.open();
    const list = app.events.getByRole('listbox', { name: 'Events' });
    const options = list.getByRole('option');
    await list.focus();
    await page.keyboard.press('End');
    const last = options.last();
    await expect(last).toHaveAttribute('aria-posinset', (await last.getAttribute('aria-setsize'))!);
    await expect(list).toHaveAttribute('aria-activedescendant', (await last.getAttribute('id'))!);
    await expect(last).toBeInViewport();
    await page.keyboard.press('Home');
    const first = list.locator('[aria-posinset="1"]');
    await expect(list).toHaveAttribute('aria-activedescendant', (await first.getAttribute('id'))!);
    await expect(first).toBeInViewport();
    await page.keyboard.press('PageDown');
    const paged = list.locator(`[id="${await list.getAttribute('aria-activedescendant')}"]`);
    expect(Number(await paged.getAttribute('aria-posinset'))).toBeGreaterThan(2);
    await expect(paged).toBeInViewport();
    await expect(list).toBeFocused();
  });
});

test('in the list, arrow keys move and Enter selects; the active row lights on the map', async ({
  app,
  page,
}) => {
  await app.open();
  const third = fixture.events[2]!;
  const list = app.events.getByRole('listbox', { name: 'Events' });
  await expect(list.getByRole('option').nth(2)).toContainText(third.title);
  await list.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect.poll(() => app.highlightedOnMap()).toEqual([{ id: third.id, role: 'hovered' }]);
  await page.keyboard.press('Enter');
  await expect(app.detailsTitle).toHaveText(third.title);
  await expect(page).toHaveURL(new RegExp(`event=${third.id}`));
  const selected = list.getByRole('option', { selected: true });
  await expect(selected).toContainText(third.title);
  await expect(list).toHaveAttribute('aria-activedescendant', (await selected.getAttribute('id'))!);
  // The list keeps focus while the rows re-render for the selection.
  await expect(list).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press(' ');
  await expect(app.detailsTitle).toHaveText(fixture.events[1]!.title);
});

test('a typed date sets the window and reads as the rest of the app writes dates', async ({
  app,
  page,
}) => {
  await app.open();
  const dates = app.filters.getByRole('group', { name: 'Dates (UTC)' });
  const from = dates.getByRole('textbox', { name: 'From' });
  const to = dates.getByRole('textbox', { name: 'To' });
  await from.fill('2024-01-05');
  await from.press('Enter');
  await expect(from).toHaveValue('5 Jan 2024');
  await to.fill('20 Jan 2024');
  await to.press('Tab');
  await expect(page.getByTestId('window-readout')).toHaveText('5 Jan 2024 – 20 Jan 2024');
  await expect(page).toHaveURL(/from=2024-01-05&to=2024-01-20/);
  await expect(to).toHaveValue('20 Jan 2024');
  await expect(app.listCount).toHaveText(
    `${eventsBetween(fixture.events, '2024-01-05', '2024-01-20').length} of ${total} events`,
  );

  // ↑ moves a day on; a date that reads two ways is refused, saying both, and nothing moves.
  await to.press('ArrowUp');
  await expect(to).toHaveValue('21 Jan 2024');
  await expect(page).toHaveURL(/to=2024-01-21/);
  await from.fill('10/1/2024');
  await from.press('Enter');
  await expect(from).toHaveAttribute('aria-invalid', 'true');
  await expect(from).toHaveAccessibleDescription(/Is "10\/1\/2024" 10 Jan or 1 Oct\?/);
  await expect(page.getByTestId('window-readout')).toHaveText('5 Jan 2024 – 21 Jan 2024');
  await from.press('Escape');
  await expect(from).toHaveValue('5 Jan 2024');
  await expect(from).not.toHaveAttribute('aria-invalid');
});
