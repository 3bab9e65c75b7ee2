import { expect, type Locator, type Page } from '@playwright/test';

// The app's window.chronomap automation surface, for its type only.
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
    await this.page.waitForFunction(async () => {
      const map = window.chronomap?.['map'] as
        { renderedEventIds?: () => Promise<string[]> } | undefined;
      return ((await map?.renderedEventIds?.())?.length ?? 0) > 0;
    });
  }

  async mapIdle() {
    await expect(this.page.getByTestId('map')).toHaveAttribute('data-map-idle', 'true');
  }

  /** Ids of the events MapLibre has actually drawn. */
  renderedEventIds(): Promise<string[]> {
    return this.page.evaluate(() =>
      (
        window.chronomap?.['map'] as { renderedEventIds: () => Promise<string[]> }
      ).renderedEventIds(),
    );
  }

  /** Events ringed on the map (hovered or selected), read back from the page. */
  highlightedOnMap(): Promise<{ id: string; role: string }[]> {
    return this.page.evaluate(() =>
      (
        window.chronomap?.['map'] as { highlighted: () => { id: string; role: string }[] }
      ).highlighted(),
    );
  }

  private mapApi<T>(fn: string): Promise<T> {
    return this.page.evaluate((fn) => {
      const api = window.chronomap?.['map'] as Record<string, () => unknown>;
      return api[fn]!() as T;
    }, fn);
  }

  clustersOnMap() {
    return this.mapApi<{ x: number; y: number; count: number }[]>('clusters');
  }

  /** How the map draws events now: 'clusters', 'filtered points' or 'live points' (scrubbing). */
  mapStrategy() {
    return this.mapApi<string>('strategy');
  }

  mapCamera() {
    return this.mapApi<{ zoom: number; lat: number; lon: number }>('camera');
  }

  mapBounds() {
    return this.mapApi<[number, number, number, number]>('bounds');
  }

  async projectOnMap(lon: number, lat: number): Promise<{ x: number; y: number }> {
    return this.page.evaluate(
      ([lon, lat]) =>
        (
          window.chronomap?.['map'] as {
            project: (lon: number, lat: number) => { x: number; y: number };
          }
        ).project(lon, lat),
      [lon, lat] as const,
    );
  }

  async clickMapAt(lon: number, lat: number) {
    const { x, y } = await this.projectOnMap(lon, lat);
    await this.page.mouse.click(x, y);
  }

  async hoverMapAt(lon: number, lat: number) {
    const { x, y } = await this.projectOnMap(lon, lat);
    await this.page.mouse.move(x, y);
  }

  private timelineApi<T>(fn: string, arg: unknown): Promise<T> {
    return this.page.evaluate(
      ([fn, arg]) => {
        const api = window.chronomap?.['timeline'] as Record<string, (arg: unknown) => unknown>;
        return api[fn as string]!(arg) as T;
      },
      [fn, arg] as const,
    );
  }

  /** Where an event's mark is, once the timeline has drawn what the app asked of it. */
  async timelineMark(id: string): Promise<{ x: number; y: number }> {
    let position = null as { x: number; y: number } | null;
    await expect
      .poll(async () => (position = await this.timelineApi<typeof position>('markPosition', id)))
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
    return this.timelineApi<[number, number]>('visibleDomain', null);
  }

  /** The brushed window as UTC ISO dates [start, end), or null. */
  async timelineWindow(): Promise<[string, string] | null> {
    const window = await this.timelineApi<{ start: number; end: number } | null>('window', null);
    return window && [new Date(window.start).toISOString(), new Date(window.end).toISOString()];
  }

  /** Client point on the date axis, which pans the timeline when dragged. */
  axisPoint(iso: string) {
    return this.timelineApi<{ x: number; y: number }>('axisPointAt', Date.parse(iso));
  }

  get windowSlider(): Locator {
    return this.timeline.getByRole('slider', { name: 'Time window' });
  }

  /** Client point on the histogram strip at a UTC date-time. */
  timelinePoint(iso: string) {
    return this.timelineApi<{ x: number; y: number }>('pointAt', Date.parse(iso));
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
