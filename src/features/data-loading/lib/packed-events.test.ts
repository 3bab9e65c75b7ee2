import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { parseDataset } from '@/domain/events/parse-dataset';
import type { ChronoEvent } from '@/domain/events/types';

import { packedBuffers, packEvents, unpackEvents } from './packed-events';

function eventsOf(path: string, name: string): ChronoEvent[] {
  const file = readFileSync(new URL(path, import.meta.url));
  const bytes = file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength);
  return parseDataset({ bytes: bytes as ArrayBuffer, name }).dataset.events;
}

/** Through the same structured clone a worker's message goes through. */
const roundTrip = (events: ChronoEvent[]) => {
  const packed = packEvents(events);
  return unpackEvents(structuredClone(packed, { transfer: packedBuffers(packed) }));
};

describe('packed events', () => {
  it('arrive exactly as they were sent: every field, and no key for what an event lacks', () => {
    const bundled = eventsOf('../../../../public/data/events.json', 'events.json');
    expect(bundled.some((e) => e.location?.timezone && e.related.length > 0)).toBe(true);
    expect(roundTrip(bundled)).toStrictEqual(bundled);
  });

  it('keep odd and partial records as parsed (warnings, raw links, no place, spans)', () => {
    for (const [path, name] of [
      ['../../../domain/events/fixtures/partial-bad.csv', 'partial-bad.csv'],
      ['../../../domain/events/fixtures/events.geojson', 'events.geojson'],
      ['../../../domain/events/fixtures/events.csv', 'events.csv'],
    ] as const) {
      const events = eventsOf(path, name);
      expect(events.length, name).toBeGreaterThan(0);
      expect(roundTrip(events), name).toStrictEqual(events);
    }
  });

  it('carry casualties by party, confidence and its reason, disputes, seas, source kinds and unlocated events', () => {
    const base = eventsOf('../../../../public/data/events.json', 'events.json')[0];
    if (!base) throw new Error('no event');
    const unlocated: ChronoEvent = { ...base };
    delete unlocated.location;
    const events: ChronoEvent[] = [
      { ...base, casualties: { killed: 3 }, confidence: 'low', disputed: 'Who fired first.' },
      {
        ...base,
        id: 'w',
        casualties: {
          killed: 3,
          injured: 0,
          byParty: [{ party: 'US forces', killed: 3, injured: 0 }, { party: 'Crew' }],
        },
        confidence: 'medium',
        confidenceNote: 'One outlet reported it.',
        location: { lat: 14, lon: 42, precision: 'region', sea: 'Red Sea' },
        sources: [
          { title: 'Release', kind: 'primary' },
          { title: 'Claim', kind: 'claim' },
        ],
      },
      { ...unlocated, id: 'x', casualties: { injured: 0 }, endDate: '2024-01-12' },
      { ...base, id: 'y', sources: [{ rawUrl: 'javascript:alert(1)' }], actors: [] },
    ];
    expect(roundTrip(events)).toStrictEqual(events);
  });

  it('send a value that repeats across events once per chunk', () => {
    const bundled = eventsOf('../../../../public/data/events.json', 'events.json');
    const packed = packEvents(bundled);
    expect(packed.strings.filter((s) => s === 'diplomacy')).toHaveLength(1);
    expect(packed.strings.filter((s) => s === 'Wikipedia')).toHaveLength(1);
  });
});
