import { DAY } from '../src/domain/time/units';

import { eventsBetween, readFixture, spanOf } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const total = fixture.events.length;
const span = ([a, b]: [number, number]) => b - a;

test('the wheel zooms around the pointer and the buttons zoom and fit', async ({ app, page }) => {
  await app.open();
  const before = await app.visibleDomain();
  const anchor = await app.timelinePoint('2024-02-01T00:00Z');
  await page.mouse.move(anchor.x, anchor.y);
  await page.mouse.wheel(0, -300);
  await expect.poll(async () => span(await app.visibleDomain())).toBeLessThan(span(before) * 0.8);
  // The time under the pointer stays under the pointer.
  const after = await app.timelinePoint('2024-02-01T00:00Z');
  expect(Math.abs(after.x - anchor.x)).toBeLessThan(2);

  await app.timeline.getByRole('button', { name: 'Fit all' }).click();
  await expect.poll(async () => span(await app.visibleDomain())).toBeCloseTo(span(before), -5);
  await app.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => span(await app.visibleDomain()) / span(before)).toBeCloseTo(0.5, 1);
  await expect.poll(() => new URL(page.url()).searchParams.get('t')).not.toBeNull();
});

test.describe('with the bundled dataset, whose lane labels are long', () => {
  test.use({ dataset: 'bundled' });

  test('the timeline opens with every event in view, none under the lane labels', async ({
    app,
  }) => {
    const bundled = readFixture('../../public/data/events.json');
    const byDate = [...bundled.events].sort((a, b) => spanOf(a)[0] - spanOf(b)[0]);
    await app.open();
    const edges = await app.plotEdges();
    for (const event of [byDate[0]!, byDate.at(-1)!]) {
      const mark = await app.timelineMark(event.id);
      expect(mark.x, event.title).toBeGreaterThan(edges[0]);
      expect(mark.x, event.title).toBeLessThan(edges[1]);
    }
  });
});

test('dragging the date axis pans without zooming', async ({ app }) => {
  await app.open();
  await app.timeline.getByRole('button', { name: 'Zoom in' }).click();
  await app.timeline.getByRole('button', { name: 'Zoom in' }).click();
  const before = await app.visibleDomain();
  const from = await app.axisPoint(new Date((before[0] + before[1]) / 2).toISOString());
  await app.drag(from, { x: from.x - 200, y: from.y });
  const after = await app.visibleDomain();
  expect(after[0]).toBeGreaterThan(before[0]);
  expect(span(after)).toBeCloseTo(span(before), -4);
  expect(await app.timelineWindow()).toBeNull();
});

test('the window can be created, moved, resized and cleared by double-click', async ({
  app,
  page,
}) => {
  await app.open();
  await app.brush('2024-01-01T00:00Z', '2024-01-15T00:00Z');
  expect(await app.timelineWindow()).toEqual([
    '2024-01-01T00:00:00.000Z',
    '2024-01-15T00:00:00.000Z',
  ]);
  // Drag the right edge out to 1 Feb.
  await app.drag(
    await app.timelinePoint('2024-01-15T00:00Z'),
    await app.timelinePoint('2024-02-01T00:00Z'),
  );
  await expect(page.getByTestId('window-readout')).toHaveText('1 Jan 2024 – 31 Jan 2024');
  const expected = eventsBetween(fixture.events, '2024-01-01', '2024-01-31');
  await expect(app.listCount).toHaveText(`${expected.length} of ${total} events`);
  // Drag its body two weeks later: same width.
  await app.drag(
    await app.timelinePoint('2024-01-10T00:00Z'),
    await app.timelinePoint('2024-01-24T00:00Z'),
  );
  await expect(page.getByTestId('window-readout')).toHaveText('15 Jan 2024 – 14 Feb 2024');
  const point = await app.timelinePoint('2024-01-20T00:00Z');
  await page.mouse.dblclick(point.x, point.y);
  await expect(page.getByTestId('window-readout')).toHaveText('All dates');
  await expect(app.listCount).toHaveText(`${total} of ${total} events`);
});

test('the window is a keyboard slider: arrows, Shift+arrows, Home and End', async ({
  app,
  page,
}) => {
  await app.open('from=2024-01-10&to=2024-01-16');
  const slider = app.windowSlider;
  await expect(slider).toHaveAttribute('aria-valuetext', '10 Jan 2024 to 16 Jan 2024');
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(slider).toHaveAttribute('aria-valuetext', '11 Jan 2024 to 17 Jan 2024');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(slider).toHaveAttribute('aria-valuetext', '4 Jan 2024 to 10 Jan 2024');
  await expect(app.listCount).toHaveText(
    `${eventsBetween(fixture.events, '2024-01-04', '2024-01-10').length} of ${total} events`,
  );
  await page.keyboard.press('End');
  // The last event is on 12 Apr.
  await expect(slider).toHaveAttribute('aria-valuetext', '6 Apr 2024 to 12 Apr 2024');
  await page.keyboard.press('Home');
  await expect(slider).toHaveAttribute('aria-valuetext', '2 Jan 2024 to 8 Jan 2024');
  await expect(page).toHaveURL(/from=2024-01-02&to=2024-01-08/);
  await expect(page.getByTestId('window-announcement')).toHaveText(
    `2 Jan 2024 – 8 Jan 2024: ${eventsBetween(fixture.events, '2024-01-02', '2024-01-08').length} of ${total} events`,
  );
});

test('arrow keys on the timeline step event by event, skipping empty stretches', async ({
  app,
  page,
}) => {
  await app.open('from=2024-01-01&to=2024-01-07');
  await page.getByTestId('timeline-plot').focus();
  await page.keyboard.press('ArrowRight');
  await expect(app.detailsTitle).toHaveText('Talks open in Muscat');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(app.detailsTitle).toHaveText('Second round of talks');
  // The window jumped forward to keep the event inside it, at the same width.
  await expect(page.getByTestId('window-readout')).toHaveText('10 Jan 2024 – 16 Jan 2024');
  await page.getByRole('button', { name: 'Previous event' }).click();
  await expect(app.detailsTitle).toHaveText('Strike on radar site near Hodeidah');
});

test('playback moves the window forward until paused', async ({ app, page }) => {
  await app.open('from=2024-01-01&to=2024-01-08&speed=month');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page).toHaveURL(/play=1/);
  await expect
    .poll(async () => Date.parse((await app.timelineWindow())![0]), { timeout: 10_000 })
    .toBeGreaterThan(Date.parse('2024-01-10T00:00Z'));
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await app.timelineWindow();
  // 1 to 8 Jan inclusive: eight days wide, before and after playing.
  expect(Date.parse(paused![1]) - Date.parse(paused![0])).toBe(8 * DAY);
  await expect(page).not.toHaveURL(/play=1/);
  await expect.poll(() => app.timelineWindow()).toEqual(paused);
});

test.describe('on a 1280 × 800 screen', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('playback moves the window, and nothing else on the page', async ({ app, page }) => {
    await app.open();
    await app.mapIdle();
    const layout = () =>
      page.evaluate(() =>
        ['.maplibregl-canvas', '.timeline-plot', '.timeline-toolbar', '.play-button'].map(
          (selector) => {
            const box = document.querySelector(selector)!.getBoundingClientRect();
            return `${selector} ${box.x},${box.y} ${box.width}×${box.height}`;
          },
        ),
      );
    const dateLabels = () =>
      page
        .locator('.window-edge')
        .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect()))
        .then(([start, end]) => ({ startRight: start!.right, endLeft: end!.left }));
    const still = await layout();
    await page.getByRole('button', { name: 'Play' }).click();
    let last = await app.timelineWindow();
    for (let step = 0; step < 4; step++) {
      await expect.poll(() => app.timelineWindow()).not.toEqual(last);
      last = await app.timelineWindow();
      expect(await layout()).toEqual(still);
      const labels = await dateLabels();
      expect(labels.startRight).toBeLessThan(labels.endLeft);
    }
    await page.getByRole('button', { name: 'Pause' }).click();
    expect(await layout()).toEqual(still);
  });
});

test('cumulative mode shows everything up to the window’s end', async ({ app, page }) => {
  await app.open('from=2024-02-01&to=2024-02-10');
  await expect(app.listCount).toHaveText(
    `${eventsBetween(fixture.events, '2024-02-01', '2024-02-10').length} of ${total} events`,
  );
  await page.getByRole('checkbox', { name: 'Cumulative' }).check();
  await expect(page.getByTestId('window-readout')).toHaveText('Up to 10 Feb 2024');
  await expect(app.listCount).toHaveText(
    `${eventsBetween(fixture.events, '2023-01-01', '2024-02-10').length} of ${total} events`,
  );
});

test('lanes switch to actors and countries', async ({ app, page }) => {
  await app.open();
  const lanes = page.getByRole('combobox', { name: 'Timeline lanes' });
  await lanes.selectOption('actor');
  await expect(page).toHaveURL(/lanes=actor/);
  await expect(page.locator('.lane-labels text').filter({ hasText: 'Houthis' })).toHaveCount(1);
  await page.getByRole('combobox', { name: 'Timeline lanes' }).selectOption('country');
  await expect(page.locator('.lane-labels text').filter({ hasText: 'Yemen' })).toHaveCount(1);
  await expect(page.locator('.lane-labels text').filter({ hasText: 'No place given' })).toHaveCount(
    1,
  );
  // Every event still has a mark to click.
  await app.clickTimelineMark('f07');
  await expect(app.detailsTitle).toHaveText('Envoy statement without a place');
});

test('selecting an event outside the visible dates pans the timeline without zooming', async ({
  app,
  page,
}) => {
  await app.open('t=2024-01-01/2024-01-20');
  const before = await app.visibleDomain();
  await app.selectInList('Last strike in the fixture');
  await expect
    .poll(async () => (await app.visibleDomain())[1])
    .toBeGreaterThan(Date.parse('2024-04-12T00:00Z'));
  const after = await app.visibleDomain();
  expect(span(after)).toBeCloseTo(span(before), -4);
  await app.timelineMark('f20');
  await expect(page).toHaveURL(/t=2024-04/);
});
