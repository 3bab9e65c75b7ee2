import { beforeAll, describe, expect, it } from 'vitest';

import { createGazetteer, loadGazetteer, type Gazetteer, type PlaceLookup } from './gazetteer';
import { placeKey } from './place-key';

/** The place's name and country, or the kind of answer when none was found. */
function found(result: PlaceLookup): string {
  return result.kind === 'found' ? `${result.place.name}, ${result.place.country}` : result.kind;
}

describe('placeKey', () => {
  it('ignores case, diacritics, apostrophes and punctuation', () => {
    expect(placeKey('São Paulo')).toBe('sao paulo');
    expect(placeKey("  Sana'a ")).toBe('sanaa');
    expect(placeKey('Ta‘izz')).toBe('taizz');
    expect(placeKey('Saint-Étienne')).toBe('saint etienne');
    expect(placeKey('Łódź')).toBe('lodz');
    expect(placeKey('Straße')).toBe('strasse');
  });
});

describe('the ambiguity rule', () => {
  const place = (id: number, name: string, country: string, population: number, capital = 0) =>
    [id.toString(36), name, country, '0', '0', population, capital ? '1' : '', ''].join('\t');
  // Ids are written as steps from the one before.
  const gazetteer = createGazetteer(
    [
      place(1, 'Twin', 'AA', 50_000),
      place(1, 'Twin', 'BB', 40_000),
      place(1, 'Big', 'AA', 1_000_000),
      place(1, 'Big', 'BB', 99_000),
      place(1, 'Seat', 'AA', 300_000, 1),
      place(1, 'Seat', 'BB', 100_000),
    ].join('\n'),
    ['AA\tAAA\tAland\taland', 'BB\tBBB\tBeeland\tbeeland'].join('\n'),
  );

  it('needs ten times the next population, or a capital of twice', () => {
    expect(gazetteer.lookup('Twin').kind).toBe('ambiguous');
    expect(gazetteer.lookup('Big')).toMatchObject({ kind: 'found', place: { id: 3 }, others: 1 });
    expect(gazetteer.lookup('Seat')).toMatchObject({ kind: 'found', place: { id: 5 } });
  });

  it('takes the given country, by name or code', () => {
    expect(gazetteer.lookup('Twin', 'BB')).toMatchObject({ place: { id: 2 }, others: 0 });
    expect(gazetteer.lookup('Twin, Beeland')).toMatchObject({ place: { id: 2 } });
    expect(gazetteer.lookup('Twin, Somewhere, BBB')).toMatchObject({ place: { id: 2 } });
    expect(gazetteer.lookup('Twin', 'Aland')).toMatchObject({ place: { id: 1 } });
  });

  it('does not look elsewhere when the named country has no such place', () => {
    expect(gazetteer.lookup('Nowhere').kind).toBe('unknown');
    expect(gazetteer.lookup('Big, Ceeland')).toMatchObject({ kind: 'found', place: { id: 3 } });
    expect(gazetteer.lookup('Seat, Beeland')).toMatchObject({ place: { id: 6 } });
  });
});

describe('the bundled gazetteer', () => {
  let gazetteer: Gazetteer;
  // Reading 49,000 places can take a while on a busy two-core machine.
  beforeAll(async () => {
    gazetteer = await loadGazetteer();
  }, 60_000);

  it('is loaded once and holds tens of thousands of places', async () => {
    expect(await loadGazetteer()).toBe(gazetteer);
    expect(gazetteer.size).toBeGreaterThan(40_000);
  });

  it('finds exact names, with and without diacritics', () => {
    expect(found(gazetteer.lookup('Tokyo'))).toBe('Tokyo, JP');
    expect(found(gazetteer.lookup('São Paulo'))).toBe('São Paulo, BR');
    expect(found(gazetteer.lookup('sao paulo'))).toBe('São Paulo, BR');
    expect(found(gazetteer.lookup('ZURICH'))).toBe('Zürich, CH');
  });

  it('gives coordinates, country name and population', () => {
    const result = gazetteer.lookup('Sanaa');
    expect(result).toMatchObject({
      kind: 'found',
      place: { country: 'YE', countryName: 'Yemen', capital: true },
    });
    if (result.kind !== 'found') return;
    expect(result.place.lat).toBeCloseTo(15.35, 1);
    expect(result.place.lon).toBeCloseTo(44.21, 1);
    expect(result.place.population).toBeGreaterThan(1_000_000);
  });

  it('reads "City, Country" by name, alias or ISO code', () => {
    for (const query of ['Paris, France', 'Paris, FR', 'Paris, FRA', 'paris,france'])
      expect(found(gazetteer.lookup(query))).toBe('Paris, FR');
    expect(found(gazetteer.lookup('London, Canada'))).toBe('London, CA');
    expect(found(gazetteer.lookup('London, England'))).toBe('London, GB');
    expect(found(gazetteer.lookup('Portland, Oregon, USA'))).toBe('ambiguous');
    expect(found(gazetteer.lookup('Los Angeles', 'US'))).toBe('Los Angeles, US');
    expect(found(gazetteer.lookup('Los Angeles', 'Chile'))).toBe('Los Ángeles, CL');
    expect(found(gazetteer.lookup('Aleppo', 'Syria'))).toBe('Aleppo, SY');
  });

  it('knows alternate names and transliterations', () => {
    expect(found(gazetteer.lookup("Sana'a"))).toBe('Sanaa, YE');
    expect(found(gazetteer.lookup('Hodeidah'))).toBe('Al Ḩudaydah, YE');
    expect(found(gazetteer.lookup('Al Hudaydah'))).toBe('Al Ḩudaydah, YE');
    expect(found(gazetteer.lookup('Moskva'))).toBe('Moscow, RU');
    expect(found(gazetteer.lookup('München'))).toBe('Munich, DE');
  });

  it('lists the largest namesakes when none dominates', () => {
    const result = gazetteer.lookup('Springfield');
    expect(result.kind).toBe('ambiguous');
    if (result.kind !== 'ambiguous') return;
    expect(result.candidates.length).toBeGreaterThan(1);
    expect(result.candidates.every((c) => c.country === 'US')).toBe(true);
  });

  it('takes a dominant namesake, and says how many it was chosen over', () => {
    const result = gazetteer.lookup('Paris');
    expect(result).toMatchObject({ kind: 'found', place: { country: 'FR', capital: true } });
    expect(result.kind === 'found' && result.others).toBeGreaterThan(0);
  });

  it('does not guess a place for an unknown name or a country alone', () => {
    expect(gazetteer.lookup('Xyzzyville').kind).toBe('unknown');
    expect(gazetteer.lookup('').kind).toBe('unknown');
    expect(gazetteer.lookup('Yemen').kind).toBe('unknown');
    expect(gazetteer.lookup('Aden, France').kind).toBe('unknown');
    // A city-state is its own city.
    expect(found(gazetteer.lookup('Singapore'))).toBe('Singapore, SG');
  });

  it('answers the same for a name asked again and again', () => {
    // Speed is the bench's to measure; here, that repeated lookups (as a reading makes, one per
    // row) stay right.
    const queries = ['Paris', 'Sanaa, Yemen', 'Springfield', 'Sao Paulo', 'Nowhere at all'];
    const first = queries.map((query) => gazetteer.lookup(query).kind);
    for (let i = 0; i < 10_000; i++) {
      const query = queries[i % queries.length] ?? '';
      expect(gazetteer.lookup(query).kind).toBe(first[i % queries.length]);
    }
  });
});
