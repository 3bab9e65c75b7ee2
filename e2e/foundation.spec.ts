import { eventsBetween, readFixture } from './support/fixture-data';
import { expect, test } from './support/test';

const fixture = readFixture();
const byId = (id: string) => {
  const event = fixture.events.find((e) => e.id === id);
  if (!event) throw new Error(`no fixture event ${id}`);
  return event;
};

test('the browser has WebGL2, which the map needs', async ({ page }) => {
  await page.goto('/');
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    return gl ? String(gl.getParameter(gl.RENDERER)) : null;
  });
  expect(renderer, 'WebGL2 context (SwiftShader when headless)').not.toBeNull();
});

test('the page has named landmarks and a live count', async ({ app }) => {
  await app.open();
  for (const region of [app.map, app.timeline, app.details, app.filters, app.events])
    await expect(region).toBeVisible();
  await expect(app.listCount).toHaveText(
    `${fixture.events.length} of ${fixture.events.length} events`,
  );
  await expect(app.page.getByTestId('timeline-count')).toHaveText(
    `${fixture.events.length} of ${fixture.events.length} events`,
  );
});

test('the map draws every located event and the timeline draws their marks', async ({ app }) => {
  await app.open();
  const located = fixture.events
    .filter((e) => e.location)
    .map((e) => e.id)
    .sort();
  await expect.poll(() => app.renderedEventIds()).toEqual(located);
  for (const event of fixture.events) await app.timelineMark(event.id);
});

test('clicking a marker on the map opens its details', async ({ app }) => {
  await app.open();
  const event = byId('f08');
  await app.clickMapAt(event.location!.lon, event.location!.lat);
  await expect(app.detailsTitle).toHaveText(event.title);
  await expect(app.details).toContainText(event.location!.name!);
  await expect(app.details).toContainText('3 killed, 40 injured');
  await expect(app.details).toContainText('US forces: 3 killed, 40 injured');
  await expect(app.details).toContainText('mediumOne fixture source.');
  await expect(app.details.locator('.sources li').first()).toContainText('Primary source');
  const source = app.details.getByRole('link', { name: event.sources[0]!.title });
  await expect(source).toHaveAttribute('href', event.sources[0]!.url);
  await expect(source).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(source).toHaveAttribute('target', '_blank');
});

test('clicking a timeline mark selects the event on the map too', async ({ app }) => {
  await app.open();
  const event = byId('f03');
  await app.clickTimelineMark(event.id);
  await expect(app.detailsTitle).toHaveText(event.title);
  await expect
    .poll(() => app.highlightedOnMap())
    .toContainEqual({ id: event.id, role: 'selected' });
  // The ring is drawn over the page, so check it sits on the event's place on the map.
  const ring = await app.page.locator('.map-highlight-selected').boundingBox();
  const place = await app.projectOnMap(event.location!.lon, event.location!.lat);
  expect(Math.abs(ring!.x + ring!.width / 2 - place.x)).toBeLessThan(2);
  expect(Math.abs(ring!.y + ring!.height / 2 - place.y)).toBeLessThan(2);
  await expect(
    app.events.getByRole('listbox').getByRole('option', { selected: true }),
  ).toContainText(event.title);
});

test('selecting an off-screen event moves the map to it', async ({ app }) => {
  await app.open();
  const event = byId('f08');
  // Zoom far into Muscat so Baghdad is off screen, then pick the Baghdad event from the list.
  const muscat = byId('f01').location!;
  const { x, y } = await app.projectOnMap(muscat.lon, muscat.lat);
  await app.page.mouse.move(x, y);
  for (let i = 0; i < 8; i++) await app.page.mouse.wheel(0, -400);
  await app.mapIdle();
  const before = await app.projectOnMap(event.location!.lon, event.location!.lat);
  const box = (await app.page.getByTestId('map').boundingBox())!;
  expect(
    before.x < box.x ||
      before.x > box.x + box.width ||
      before.y < box.y ||
      before.y > box.y + box.height,
  ).toBe(true);
  await app.selectInList(event.title);
  await expect
    .poll(async () => {
      const p = await app.projectOnMap(event.location!.lon, event.location!.lat);
      return p.x > box.x && p.x < box.x + box.width && p.y > box.y && p.y < box.y + box.height;
    })
    .toBe(true);
});

test('brushing a time window filters the list, the count and the map', async ({ app }) => {
  await app.open();
  await app.brush('2024-01-04T00:00Z', '2024-01-21T00:00Z');
  // The window snaps to whole days: 4 Jan to 20 Jan inclusive.
  const expected = eventsBetween(fixture.events, '2024-01-04', '2024-01-20');
  await expect(app.page.getByTestId('window-readout')).toHaveText('4 Jan 2024 – 20 Jan 2024');
  await expect(app.listCount).toHaveText(`${expected.length} of ${fixture.events.length} events`);
  const expectedOnMap = expected
    .filter((e) => e.location)
    .map((e) => e.id)
    .sort();
  await expect.poll(() => app.renderedEventIds()).toEqual(expectedOnMap);
  await expect(app.events.getByRole('listbox').getByRole('option')).toHaveCount(expected.length);
});

test('dragging the window moves it and the map follows', async ({ app }) => {
  await app.open();
  await app.brush('2024-01-01T00:00Z', '2024-01-08T00:00Z');
  await expect(app.page.getByTestId('window-readout')).toHaveText('1 Jan 2024 – 7 Jan 2024');
  const from = await app.timelinePoint('2024-01-04T00:00Z');
  const to = await app.timelinePoint('2024-02-04T00:00Z');
  await app.drag(from, to);
  await expect(app.page.getByTestId('window-readout')).toHaveText('1 Feb 2024 – 7 Feb 2024');
  const expected = eventsBetween(fixture.events, '2024-02-01', '2024-02-07');
  await expect(app.listCount).toHaveText(`${expected.length} of ${fixture.events.length} events`);
  await expect
    .poll(() => app.renderedEventIds())
    .toEqual(
      expected
        .filter((e) => e.location)
        .map((e) => e.id)
        .sort(),
    );
});

test('hovering a timeline mark highlights it on the map, and hovering the map highlights the list', async ({
  app,
}) => {
  await app.open();
  await app.hoverTimelineMark('f02');
  await expect.poll(() => app.highlightedOnMap()).toEqual([{ id: 'f02', role: 'hovered' }]);
  await expect(app.page.getByRole('tooltip')).toContainText(byId('f02').title);
  // The timeline names the event; the map rings it without repeating the title.
  await expect(app.page.locator('.map-tooltip')).toHaveCount(0);
  const baghdad = byId('f08').location!;
  await app.hoverMapAt(baghdad.lon, baghdad.lat);
  await expect.poll(() => app.highlightedOnMap()).toEqual([{ id: 'f08', role: 'hovered' }]);
  await expect(app.page.locator('.maplibregl-popup')).toContainText(byId('f08').title);
});

test('keyboard users can select an event from the list', async ({ app }) => {
  await app.open();
  await app.events.getByRole('listbox', { name: 'Events' }).focus();
  await app.page.keyboard.press('Enter');
  await expect(app.detailsTitle).toHaveText(fixture.events[0]!.title);
  await app.details.getByRole('button', { name: 'Close details' }).click();
  await expect(app.detailsTitle).toHaveCount(0);
});
