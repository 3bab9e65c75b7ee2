import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import {
  sourceUrlProblems,
  statedTimeProblems,
  writtenClockProblems,
} from '../../../scripts/dataset-rules.mjs';

import { parseDataset } from './parse-dataset';

const file = readFileSync(new URL('../../../public/data/events.json', import.meta.url));
const raw = JSON.parse(file.toString('utf8')) as {
  events: { id: string; date: string; summary: string; location?: { timezone?: string } }[];
};
const { dataset, problems } = parseDataset({
  bytes: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer,
  name: 'events.json',
});

describe('the bundled dataset', () => {
  it('loads every record without a single problem', () => {
    expect(problems).toEqual([]);
    expect(dataset.events.length).toBeGreaterThanOrEqual(100);
  });

  it('covers the five threads of the crisis, from 7 October 2023 to the April 2024 Iran–Israel exchange', () => {
    const counts = Object.fromEntries(
      dataset.categories.map((c) => [
        c.id,
        dataset.events.filter((e) => e.category === c.id).length,
      ]),
    );
    expect(counts).toEqual({
      diplomacy: 19,
      maritime: 45,
      'us-forces': 16,
      strikes: 25,
      'israel-iran': 4,
    });
    expect(dataset.events[0]?.date).toBe('2023-05-08');
    expect(dataset.byId.get('2023-10-07-hamas-attack-on-israel')).toBeDefined();
    expect(dataset.byId.get('2024-04-19-isfahan-strike')).toBeDefined();
  });

  it('gives every event at least one http(s) source with a publisher, a title and a kind', () => {
    for (const event of dataset.events) {
      expect(event.sources.length, event.id).toBeGreaterThan(0);
      for (const source of event.sources) {
        expect(source.href, event.id).toMatch(/^https?:\/\//);
        expect(source.publisher, event.id).toBeTruthy();
        expect(source.title, event.id).toBeTruthy();
        expect(['primary', 'report', 'claim'], event.id).toContain(source.kind);
        expect(sourceUrlProblems(source.href ?? ''), event.id).toEqual([]);
      }
      if (event.confidence === 'high') {
        expect(
          event.sources.some((source) => source.kind !== 'claim'),
          event.id,
        ).toBe(true);
      }
    }
  });

  it("dates in UTC: a summary stating a clock time has a date-time at that time, written on the place's clock", () => {
    const dated = raw.events.filter((event) => /T\d\d:\d\d/.test(event.date));
    expect(dated.length).toBeGreaterThan(40);
    for (const event of raw.events) {
      expect([...statedTimeProblems(event), ...writtenClockProblems(event)], event.id).toEqual([]);
    }
    // The cases of issue 26, each on its UTC day.
    const utcDay = (id: string) =>
      new Date(dataset.byId.get(id)?.start ?? 0).toISOString().slice(0, 10);
    expect(utcDay('2023-12-12-strinda-missile-strike')).toBe('2023-12-11');
    expect(utcDay('2024-01-12-us-uk-strikes-yemen')).toBe('2024-01-11');
    expect(utcDay('2024-01-24-kataib-hezbollah-strikes')).toBe('2024-01-23');
    expect(utcDay('2024-03-02-rubymar-sinks')).toBe('2024-03-01');
    expect(utcDay('2024-02-02-iraq-syria-retaliatory-strikes')).toBe('2024-02-02');
  });

  it('keeps seas out of country and every medium rating explained', () => {
    for (const event of dataset.events) {
      expect(event.location?.country ?? '', event.id).not.toMatch(/\b(Sea|Gulf|Ocean|Strait)\b/);
      if (event.confidence === 'medium') {
        expect(event.confidenceNote ?? event.disputed, event.id).toBeTruthy();
      }
    }
    const yemen = dataset.events.filter((event) => event.location?.country === 'Yemen');
    expect(yemen.length).toBeGreaterThan(30);
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
