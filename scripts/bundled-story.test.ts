import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseUrlState, serializeUrlState } from '@/url/url-schema';

import { lintStories } from './dataset-stories.mjs';

interface RawEvent {
  id: string;
  location?: { lat: number; lon: number };
}
interface RawStep {
  title: string;
  text: string;
  view: string;
  events: string[];
}
const file = JSON.parse(
  readFileSync(new URL('../public/data/events.json', import.meta.url), 'utf8'),
) as {
  events: RawEvent[];
  categories: { id: string }[];
  stories: { id: string; title: string; summary?: string; steps: RawStep[] }[];
};
const story = file.stories.find((s) => s.id === 'road-to-muscat');
const steps = story?.steps ?? [];
const byId = new Map(file.events.map((event) => [event.id, event]));

/** The map of a 1400×900 desktop: the column between the filters and the details. */
const MAP = { width: 780, height: 600 };
/** How far inside the map's edge an event's point must be to count as framed. */
const EDGE_PX = 24;

/** Where a point falls on the map, in px from its centre, at a camera (Web Mercator, 512 px tiles). */
function offsetPx(camera: { zoom: number; lat: number; lon: number }, point: RawEvent['location']) {
  const world = 512 * 2 ** camera.zoom;
  const x = (lon: number) => ((lon + 180) / 360) * world;
  const y = (lat: number) => {
    const rad = (lat * Math.PI) / 180;
    return ((1 - Math.log(Math.tan(Math.PI / 4 + rad / 2)) / Math.PI) / 2) * world;
  };
  return { dx: x(point!.lon) - x(camera.lon), dy: y(point!.lat) - y(camera.lat) };
}

describe('the bundled story, “The road to Muscat”', () => {
  it('passes the dataset’s story checks, without a warning', () => {
    expect(lintStories(file.stories, file.events, file.categories)).toEqual({
      problems: [],
      warnings: [],
    });
  });

  it('runs from the May 2023 contacts to the March 2024 reporting, in 8 to 12 steps of 40 to 110 words', () => {
    expect(story?.title).toBeTruthy();
    expect(steps.length).toBeGreaterThanOrEqual(8);
    expect(steps.length).toBeLessThanOrEqual(12);
    expect(steps[0]?.events).toContain('2023-05-08-us-iran-oman-contacts');
    expect(steps.at(-1)?.events).toContain('2024-03-13-ft-reveals-talks');
    const named = steps.flatMap((step) => step.events);
    for (const id of [
      '2023-12-18-prosperity-guardian',
      '2024-01-10-muscat-talks',
      '2024-01-12-us-uk-strikes-yemen',
      '2024-01-28-tower-22-drone-attack',
      '2024-02-02-iraq-syria-retaliatory-strikes',
    ]) {
      expect(named, id).toContain(id);
    }
    for (const step of steps) {
      const words = step.text.split(/\s+/).filter(Boolean).length;
      expect(words, step.title).toBeGreaterThanOrEqual(40);
      expect(words, step.title).toBeLessThanOrEqual(110);
      expect(step.text, step.title).not.toMatch(/</);
    }
  });

  it('gives every step a view the app reads in full, written as the app writes it', () => {
    for (const step of steps) {
      const { state, ignored } = parseUrlState(step.view);
      expect(ignored, step.title).toEqual([]);
      expect(serializeUrlState(state), step.title).toBe(step.view);
      expect(state.event, step.title).toBeDefined();
      expect(step.events, step.title).toContain(state.event);
      expect(state.domain, step.title).toBeDefined();
    }
  });

  it('frames the events of each step on a desktop map', () => {
    for (const step of steps) {
      const camera = parseUrlState(step.view).state.camera;
      expect(camera, step.title).toBeDefined();
      for (const id of step.events) {
        const location = byId.get(id)?.location;
        if (!location) continue;
        const { dx, dy } = offsetPx(camera!, location);
        expect(Math.abs(dx), `${step.title}: ${id}`).toBeLessThan(MAP.width / 2 - EDGE_PX);
        expect(Math.abs(dy), `${step.title}: ${id}`).toBeLessThan(MAP.height / 2 - EDGE_PX);
      }
    }
  });
});
