import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { DAY } from '../../src/domain/time/units';

export interface FixtureEvent {
  id: string;
  title: string;
  date: string;
  endDate?: string;
  category: string;
  location?: { lat: number; lon: number; name?: string; country?: string };
  actors: string[];
  summary: string;
  sources: { title: string; publisher: string; url: string }[];
}

export interface FixtureDataset {
  title: string;
  categories: { id: string; label: string; color: string }[];
  events: FixtureEvent[];
}

/** e2e fixtures live in e2e/fixtures; `unit:` names the parsers' own fixtures in src. */
export const fixturePath = (name: string) =>
  name.startsWith('unit:')
    ? fileURLToPath(new URL(`../../src/domain/events/fixtures/${name.slice(5)}`, import.meta.url))
    : fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

export function readFixture(name = 'events-small.json'): FixtureDataset {
  return JSON.parse(readFileSync(fixturePath(name), 'utf8')) as FixtureDataset;
}

/** [start, end) of an event, computed here independently of the app's code. */
export function spanOf(event: { date: string; endDate?: string }): [number, number] {
  const parse = (text: string, last: boolean) => {
    // A date-time is an instant: the app gives it one millisecond.
    if (/[T ]\d\d:\d\d/.test(text)) return Date.parse(text.replace(' ', 'T')) + (last ? 1 : 0);
    const [y, m, d] = text.split('-').map(Number) as [number, number, number | undefined];
    if (d === undefined) return last ? Date.UTC(y, m, 1) : Date.UTC(y, m - 1, 1);
    return Date.UTC(y, m - 1, d) + (last ? DAY : 0);
  };
  return [parse(event.date, false), parse(event.endDate ?? event.date, true)];
}

/** Events overlapping the inclusive day range [from, to], as the URL contract defines it. */
export function eventsBetween(events: FixtureEvent[], from: string, to: string): FixtureEvent[] {
  const start = spanOf({ date: from })[0];
  const end = spanOf({ date: to })[1];
  return events.filter((event) => {
    const [s, e] = spanOf(event);
    return s < end && e > start;
  });
}

/**
 * How many events a link's view counts (`from`, `to`, `mode`, `cat`, `actor`), computed here
 * from the file, independently of the app's code.
 */
export function viewCount(events: FixtureEvent[], view: string): number {
  const params = new URLSearchParams(view);
  const spans = events.map((event) => ({ event, span: spanOf(event) }));
  const first = Math.min(...spans.map(({ span }) => span[0]));
  const last = Math.max(...spans.map(({ span }) => span[1]));
  const from = params.get('from');
  const to = params.get('to');
  let start = from ? spanOf({ date: from })[0] : first;
  const end = to ? spanOf({ date: to })[1] : last;
  if (params.get('mode') === 'cumulative') start = -Infinity;
  const windowed = from || to;
  const categories = params.get('cat')?.split(',');
  const actors = params.get('actor')?.split(',');
  return spans.filter(
    ({ event, span: [s, e] }) =>
      (!windowed || (s < end && e > start)) &&
      (!categories || categories.includes(event.category)) &&
      (!actors || event.actors.some((actor) => actors.includes(actor))),
  ).length;
}
