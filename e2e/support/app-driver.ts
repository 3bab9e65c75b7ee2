import { expect, type Locator, type Page } from '@playwright/test';

// The app's window.chronomap automation surface, for its types only: the map and the timeline
// declare their parts of it where they build them.
import type { MapAutomation } from '../../src/features/map/lib/map-automation';
import type { TimelineAutomation } from '../../src/features/timeline/lib/timeline-automation';
import type {} from '../../src/utils/automation';

/** Domain actions on Chronomap. Specs say what a user does; this knows how. */
export class AppDriver {
  constructor(readonly page: Page) {}

  // ——— landmarks ———
  get map(): Locator {
    return this.page.getByRole('region', { name: 'Map' });
  }
  get timeline(): Locator {
    return this.page.getByRole('region', { name: 'Timeline' });
  }
  get details(): Locator {
    return this.page.getByRole('region', { name: 'Event details' });
  }
  get filters(): Locator {
    return this.page.getByRole('region', { name: 'Filters' });
  }
  get events(): Locator {
    return this.page.getByRole('region', { name: 'Events' });
  }
  get listCount(): Locator {
    return this.page.getByTestId('list-count');
  }
  get detailsTitle(): Locator {
    return this.details.getByRole('heading', { level: 2 });
  }

  async open(query = '') {
    await this.goto(query);
    await this.waitUntilReady();
  }

  /** The app at a link, without waiting for the map: for what the link alone decides. */
  async goto(query = '') {
    await this.page.goto(`/${query ? `?${query}` : ''}`);
  }

  /** The dataset is loaded, the map has drawn it and settled, and the timeline has a scale. */
  async waitUntilReady() {
    await expect(this.page.getByRole('status').filter({ hasText: 'Loading dataset' })).toHaveCount(
      0,
    );
    await expect(this.page.getByTestId('timeline-count')).toContainText(/[\d,]+ of [\d,]+ events?/);
    await expect(this.page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true', {
      timeout: 30_000,
    });
    await this.page.waitForFunction(
      async () => ((await window.chronomap?.map?.renderedEventIds())?.length ?? 0) > 0,
    );
  }

  async mapIdle() {
    await expect(this.page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
  }

  /** Ids of the events MapLibre has actually drawn. */
  renderedEventIds(): Promise<string[]> {
    return this.page.evaluate(() => window.chronomap!.map!.renderedEventIds());
  }

  /** Events ringed on the map (hovered or selected), read back from the page. */
  highlightedOnMap(): Promise<{ id: string; role: string }[]> {
    return this.page.evaluate(() => window.chronomap!.map!.highlighted());
  }

  /** One of the map's read-outs that take no argument, as the page answers it. */
  private mapApi<Name extends 'clusters' | 'strategy' | 'camera' | 'bounds'>(
    name: Name,
  ): Promise<Awaited<ReturnType<MapAutomation[Name]>>> {
    return this.page.evaluate(
      (name) => window.chronomap!.map![name]() as Awaited<ReturnType<MapAutomation[Name]>>,
      name,
    );
  }

  clustersOnMap() {
    return this.mapApi('clusters');
  }

  /** How the map draws events now: 'clusters', 'filtered points', 'grid' or 'live points' (scrubbing). */
  mapStrategy() {
    return this.mapApi('strategy');
  }

  mapCamera() {
    return this.mapApi('camera');
  }

  mapBounds() {
    return this.mapApi('bounds');
  }

  async projectOnMap(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(([lon, lat]) => window.chronomap!.map!.project(lon, lat), [
      lon,
      lat,
    ] as const);
  }

  async clickMapAt(lon: number, lat: number) {
    const { x, y } = await this.projectOnMap(lon, lat);
    await this.page.mouse.click(x, y);
  }

  async hoverMapAt(lon: number, lat: number) {
    const { x, y } = await this.projectOnMap(lon, lat);
    await this.page.mouse.move(x, y);
  }

  /** Where the timeline draws a time, an event or its edges, as the page answers it. */
  private timelineApi<Name extends 'pointAt' | 'axisPointAt' | 'markPosition'>(
    name: Name,
    arg: string | number,
  ): Promise<ReturnType<TimelineAutomation[Name]>> {
    return this.page.evaluate(
      ([name, arg]) =>
        (window.chronomap!.timeline![name] as (arg: string | number) => unknown)(arg) as ReturnType<
          TimelineAutomation[Name]
        >,
      [name, arg] as const,
    );
  }

  /** Where an event's mark is, once the timeline has drawn what the app asked of it. */
  async timelineMark(id: string): Promise<{ x: number; y: number }> {
    let position = null as { x: number; y: number } | null;
    await expect
      .poll(async () => (position = await this.timelineApi('markPosition', id)))
      .not.toBeNull();
    return position as { x: number; y: number };
  }

  async clickTimelineMark(id: string) {
    const { x, y } = await this.timelineMark(id);
    await this.page.mouse.click(x, y);
  }

  async hoverTimelineMark(id: string) {
    const { x, y } = await this.timelineMark(id);
    await this.page.mouse.move(x, y);
  }

  visibleDomain(): Promise<[number, number]> {
    return this.page.evaluate(() => window.chronomap!.timeline!.visibleDomain());
  }

  /** The brushed window as UTC ISO dates [start, end), or null. */
  async timelineWindow(): Promise<[string, string] | null> {
    const brushed = await this.page.evaluate(() => window.chronomap!.timeline!.window());
    return brushed && [new Date(brushed.start).toISOString(), new Date(brushed.end).toISOString()];
  }

  /** Client point on the date axis, which pans the timeline when dragged. */
  axisPoint(iso: string) {
    return this.timelineApi('axisPointAt', Date.parse(iso));
  }

  get windowSlider(): Locator {
    return this.timeline.getByRole('slider', { name: 'Time window' });
  }

  /** Client point in the middle of a lane at a UTC date-time. */
  lanePoint(iso: string, lane: number) {
    return this.page.evaluate(([ms, lane]) => window.chronomap!.timeline!.lanePointAt(ms, lane), [
      Date.parse(iso),
      lane,
    ] as const);
  }

  /** Client x of the plot's two edges: marks outside them are hidden. */
  plotEdges() {
    return this.page.evaluate(() => window.chronomap!.timeline!.plotEdges());
  }

  /** What the content security policy has blocked since the page started. */
  cspViolations() {
    return this.page.evaluate(() => window.chronomap!.csp!.violations());
  }

  /** Breaks one panel on purpose, to see its error boundary hold. */
  breakPanel(name: string) {
    return this.page.evaluate((name) => window.chronomap!.testing!.breakPanel(name), name);
  }

  /** Client point on the histogram strip at a UTC date-time. */
  timelinePoint(iso: string) {
    return this.timelineApi('pointAt', Date.parse(iso));
  }

  /** Drags across the timeline's histogram strip, in steps, as a person would. */
  async brush(fromIso: string, toIso: string) {
    const a = await this.timelinePoint(fromIso);
    const b = await this.timelinePoint(toIso);
    await this.drag(a, b);
  }

  async drag(a: { x: number; y: number }, b: { x: number; y: number }, steps = 12) {
    await this.page.mouse.move(a.x, a.y);
    await this.page.mouse.down();
    await this.page.mouse.move(b.x, b.y, { steps });
    await this.page.mouse.up();
  }

  /** Finds an event's row in the (virtualised) list, scrolling as a reader would, and clicks it. */
  async selectInList(title: string) {
    // The list is a listbox: the Sort select's options are options in the region too.
    const row = this.events
      .getByRole('listbox')
      .getByRole('option', { name: new RegExp(escapeRegExp(title)) });
    const scroller = this.events.getByTestId('events-scroll');
    await scroller.evaluate((element) => element.scrollTo({ top: 0 }));
    for (let i = 0; i < 200 && !(await row.isVisible()); i++) {
      const atEnd = await scroller.evaluate((element) => {
        element.scrollBy({ top: element.clientHeight * 0.8 });
        return element.scrollTop + element.clientHeight >= element.scrollHeight - 1;
      });
      if (atEnd && !(await row.isVisible())) break;
    }
    await row.click();
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
