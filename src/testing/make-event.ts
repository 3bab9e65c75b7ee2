import { buildDataset } from '@/domain/events/build-dataset';
import type { EventRecord } from '@/domain/events/schema';
import type { Dataset } from '@/domain/events/types';

type RawEvent = Partial<Omit<EventRecord, 'location'>> & {
  location?: Partial<EventRecord['location']>;
};

let counter = 0;

/** A valid raw event record; override what the test is about. */
export function rawEvent(overrides: RawEvent = {}): Record<string, unknown> {
  counter += 1;
  return {
    id: `e${counter}`,
    title: `Event ${counter}`,
    date: '2024-01-10',
    category: 'diplomacy',
    location: { lat: 23.59, lon: 58.41, name: 'Muscat', country: 'Oman', precision: 'approximate' },
    actors: ['Oman'],
    summary: 'Something happened.',
    sources: [{ title: 'Report', publisher: 'Agency', url: 'https://example.org/report' }],
    ...overrides,
  };
}

export const TEST_CATEGORIES = [
  { id: 'diplomacy', label: 'Diplomacy', color: '#0072B2' },
  { id: 'maritime', label: 'Attacks on shipping', color: '#D55E00' },
  { id: 'strikes', label: 'Strikes', color: '#009E73' },
];

/** A dataset built through the real loader, so tests see what the app sees. */
export function makeDataset(events: Record<string, unknown>[]): Dataset {
  return buildDataset({ title: 'Test', categories: TEST_CATEGORIES }, events).dataset;
}
