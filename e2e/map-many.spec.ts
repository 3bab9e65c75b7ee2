import { toJson } from '../bench/generate';
import { DAY } from '../src/domain/time/units';

import { expect, test } from './support/test';

// Too many events to cluster, too few for the grid: plain points, as vector tiles cut by the
// app's own worker (src/features/map/lib/event-tiler.ts).
const COUNT = 25_000;
const body = toJson(COUNT);
const dataset = JSON.parse(body) as {
  events: { id: string; title: string; date: string; category: string; location: Point }[];
};
interface Point {
  lat: number;
  lon: number;
}
const byId = new Map(dataset.events.map((event) => [event.id, event]));
const inBounds = ({ lon, lat }: Point, [w, s, e, n]: number[], margin = 0) =>
  lon > w! + margin && lon < e! - margin && lat > s! + margin && lat < n! - margin;

test.describe(`${COUNT.toLocaleString('en')} events`, () => {
  test.describe.configure({ timeout: 120_000 });

  test('the map draws them as points that follow the window and the filters, and open on click', async ({
    app,
    page,
  }) => {
    await page.route('**/synthetic.json', (route) =>
      route.fulfill({ body, contentType: 'application/json' }),
    );
    await app.open('data=synthetic.json');
    await expect(page.getByTestId('timeline-count')).toContainText(
      `${COUNT.toLocaleString('en')} of`,
    );
    expect(await app.mapStrategy()).toBe('filtered points');

    // Two weeks, two small categories left out (still too many to cluster): what is drawn is
    // exactly what passes, within the view.
    await app.brush('2024-02-01T00:00Z', '2024-02-15T00:00Z');
    for (const label of ['Diplomacy', 'Other'])
      await app.filters.getByRole('checkbox', { name: new RegExp(label) }).uncheck();
    await app.mapIdle();
    const [start, end] = (await app.timelineWindow())!.map(Date.parse) as [number, number];
    const bounds = await app.mapBounds();
    expect(await app.mapStrategy()).toBe('filtered points');
    const passes = (event: (typeof dataset.events)[number]) => {
      const day = Date.parse(event.date);
      return !['diplomacy', 'other'].includes(event.category) && day < end && day + DAY > start;
    };
    let drawn: string[] = [];
    await expect
      .poll(async () => (drawn = await app.renderedEventIds()).length)
      .toBeGreaterThan(100);
    expect(drawn.filter((id) => !passes(byId.get(id)!))).toEqual([]);
    const missing = dataset.events
      .filter((event) => passes(event) && inBounds(event.location, bounds, 0.5))
      .filter((event) => !drawn.includes(event.id));
    expect(missing.map((event) => event.id)).toEqual([]);

    // A click on a dot opens an event drawn under the pointer.
    const target = byId.get(drawn[Math.floor(drawn.length / 2)]!)!;
    await app.clickMapAt(target.location.lon, target.location.lat);
    await expect(app.detailsTitle).toHaveText(/Synthetic event \d+/);
    const title = await app.detailsTitle.textContent();
    const selected = dataset.events.find((event) => event.title === title)!;
    expect(passes(selected)).toBe(true);
    const [a, b] = await Promise.all(
      [target, selected].map((e) => app.projectOnMap(e.location.lon, e.location.lat)),
    );
    expect(Math.hypot(a!.x - b!.x, a!.y - b!.y)).toBeLessThan(12);
  });
});
