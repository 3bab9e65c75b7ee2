import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseDataset } from './parse-dataset';

const file = readFileSync(new URL('../../../public/data/events.json', import.meta.url));
const { dataset, problems } = parseDataset({
  bytes: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
  name: 'events.json',
});

describe('the bundled dataset', () => {
  it('loads every record without a single problem', () => {
    expect(problems).toEqual([]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(100);
  });

  it('covers the four threads of the crisis', () => {
    const counts = Object.fromEntries(
      dataset.categories.map((c) => [
        c.id,
        dataset.events.filter((e) => e.category === c.id).length,
      ]),
    );
    expect(counts).toEqual({ diplomacy: 19, maritime: 43, 'us-forces': 14, strikes: 25 });
  });

  it('gives every event at least one http(s) source with a publisher and a title', () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        expect(source.href, event.id).toMatch(/^https?:\/\//);
        expect(source.publisher, event.id).toBeTruthy();
        expect(source.title, event.id).toBeTruthy();
      }
    }
  });

  it('centres on the 10 January 2024 Muscat talks', () => {
    const talks = dataset.byId.get('2024-01-10-muscat-talks');
    expect(talks?.date).toBe('2024-01-10');
    expect(talks?.location?.name).toBe('Muscat');
    expect(talks?.actors).toEqual(
      expect.arrayContaining(['Oman', 'Iran', 'United States', 'Ali Bagheri Kani', 'Brett McGurk']),
    );
  });

  it('marks ship positions as reference points, never exact', () => {
    for (const event of dataset.events.filter((e) => e.category === 'maritime' && e.location)) {
      expect(event.location?.precision, event.id).not.toBe('exact');
      expect(event.location?.note, event.id).toBeTruthy();
    }
  });

  it('keeps actor names consistent', () => {
    const names = dataset.actors.map((a) => a.name);
    for (const variant of ['Ansarallah', 'Ansar Allah', 'US', 'USA', 'UK', 'Houthi'])
      expect(names).not.toContain(variant);
  });
});
