import { describe, expect, it } from 'vitest';

import { columnScore, headerWords } from './column-names';
import type { Reading } from './types';

/** The field a header names best, as the proposer would see it by name alone. */
function fieldOf(header: string): keyof Reading | null {
  const fields: (keyof Reading)[] = [
    'date',
    'endDate',
    'time',
    'title',
    'lat',
    'lon',
    'point',
    'place',
    'country',
    'category',
    'actors',
    'summary',
    'sources',
    'datePrecision',
    'placePrecision',
    'killed',
    'id',
  ];
  let best: keyof Reading | null = null;
  let bestScore = 0;
  for (const field of fields) {
    const score = columnScore(field, header);
    if (score > bestScore) [best, bestScore] = [field, score];
  }
  return best;
}

describe('headerWords', () => {
  it('sets case, accents, camelCase, digits and punctuation aside', () => {
    expect(headerWords('eventDate')).toEqual(['event', 'date']);
    expect(headerWords('ActionGeo_Lat')).toEqual(['action', 'geo', 'lat']);
    expect(headerWords('assoc_actor_1')).toEqual(['assoc', 'actor', '1']);
    expect(headerWords('Längengrad')).toEqual(['langengrad']);
    expect(headerWords('AÇIKLAMA')).toEqual(['aciklama']);
    expect(headerWords('the-geom')).toEqual(['the', 'geom']);
  });
});

describe('columnScore', () => {
  it('finds the fields of ordinary English headers', () => {
    expect(fieldOf('Event date')).toBe('date');
    expect(fieldOf('What happened')).toBe('title');
    expect(fieldOf('City')).toBe('place');
    expect(fieldOf('Country')).toBe('country');
    expect(fieldOf('Latitude')).toBe('lat');
    expect(fieldOf('lng')).toBe('lon');
    expect(fieldOf('Source URL')).toBe('sources');
    expect(fieldOf('Fatalities')).toBe('killed');
    expect(fieldOf('End date')).toBe('endDate');
    expect(fieldOf('Event ID')).toBe('id');
    expect(fieldOf('Perpetrator')).toBe('actors');
  });

  it('reads the languages the field works in', () => {
    const cases: [string, keyof Reading][] = [
      ['Datum', 'date'],
      ['Breite', 'lat'],
      ['Länge', 'lon'],
      ['Ort', 'place'],
      ['Kategorie', 'category'],
      ['Beschreibung', 'summary'],
      ['Quelle', 'sources'],
      ['Fecha', 'date'],
      ['Latitud', 'lat'],
      ['Descripción', 'summary'],
      ['Latitudine', 'lat'],
      ['Lieu', 'place'],
      ['Date de fin', 'endDate'],
      ['Localização', 'place'],
      ['Plaats', 'place'],
      ['Широта', 'lat'],
      ['Долгота', 'lon'],
      ['Дата', 'date'],
      ['Enlem', 'lat'],
      ['Boylam', 'lon'],
      ['Açıklama', 'summary'],
      ['التاريخ', 'date'],
      ['المصدر', 'sources'],
      ['تاریخ', 'date'],
      ['منبع', 'sources'],
      ['کشته‌شدگان', 'killed'],
      ['Koordinaten', 'point'],
    ];
    for (const [header, field] of cases) expect([header, fieldOf(header)]).toEqual([header, field]);
  });

  it('ranks an exact name above a name among other words, and that above part of a word', () => {
    const exact = columnScore('date', 'Date');
    const qualified = columnScore('date', 'Date (UTC)');
    const words = columnScore('place', 'Event location');
    const inside = columnScore('date', 'Tatdatum');
    expect(exact).toBeGreaterThan(qualified);
    expect(qualified).toBeGreaterThan(words);
    expect(words).toBeGreaterThan(inside);
    expect(inside).toBeGreaterThan(0);
  });

  it('takes short, ambiguous names only as the whole header', () => {
    expect(columnScore('lon', 'long')).toBeGreaterThan(0);
    expect(columnScore('lon', 'Long description')).toBe(0);
    expect(columnScore('category', 'Type')).toBeGreaterThan(0);
    expect(columnScore('category', 'Actor type')).toBe(0);
    expect(columnScore('title', 'Name')).toBeGreaterThan(0);
    expect(columnScore('title', 'Name of source')).toBe(0);
    expect(columnScore('date', 'Date added')).toBe(0);
    expect(columnScore('lat', 'Breite (cm)')).toBeGreaterThan(0);
    expect(columnScore('lat', 'Breite des Weges')).toBe(0);
  });

  it('keeps x and y weak: they are as often projected metres', () => {
    expect(columnScore('lat', 'y')).toBeGreaterThan(0);
    expect(columnScore('lat', 'y')).toBeLessThan(columnScore('lat', 'lat'));
    expect(columnScore('lon', 'Index')).toBe(0);
  });

  it('gives a header to the field whose longer name fits it', () => {
    expect(columnScore('place', 'Location precision')).toBe(0);
    expect(fieldOf('Location precision')).toBe('placePrecision');
    expect(columnScore('lat', 'Lat/Long')).toBe(0);
    expect(fieldOf('Lat/Long')).toBe('point');
    expect(columnScore('time', 'Date/Time')).toBe(0);
    expect(fieldOf('Date/Time')).toBe('date');
    expect(fieldOf('Datum Ende')).toBe('endDate');
  });

  it('offers a combined point column under its usual names', () => {
    for (const header of ['coordinates', 'coords', 'WKT', 'the_geom', 'latlon', 'lat_lon', 'geo']) {
      expect([header, fieldOf(header)]).toEqual([header, 'point']);
    }
    // "location" is a place unless its values are pairs, which only the values can tell.
    expect(columnScore('point', 'location')).toBeGreaterThan(0);
    expect(columnScore('point', 'location')).toBeLessThan(columnScore('place', 'location'));
  });

  it('sets aside headers that only look like a field', () => {
    expect(columnScore('sources', 'Image URL')).toBe(0);
    expect(columnScore('sources', 'source_scale')).toBe(0);
    expect(columnScore('sources', 'Number of sources')).toBe(0);
    expect(columnScore('time', 'Time zone')).toBe(0);
    expect(columnScore('date', 'dateOrder')).toBe(0);
    expect(columnScore('format', 'format')).toBe(0);
  });
});
