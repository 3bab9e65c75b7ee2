import { describe, expect, it } from 'vitest';

import { looksSwapped, readPoint } from './read-coordinate';

describe('readPoint', () => {
  it.each([
    '25.3, 51.5',
    '25.3,51.5',
    '25.3 51.5',
    '25.3;51.5',
    '25.3 ; 51.5',
    '(25.3, 51.5)',
    '[25.3, 51.5]',
    '( 25.3 51.5 )',
    '25,3; 51,5',
    '25,3 51,5',
    '25,3, 51,5',
    '(25,3; 51,5)',
    'POINT (51.5 25.3)',
    'POINT(51.5 25.3)',
    'point ( 51.5  25.3 )',
    'SRID=4326;POINT(51.5 25.3)',
    'POINT Z (51.5 25.3 10)',
    'POINT ZM (51.5 25.3 10 3)',
  ])('reads %j', (cell) => {
    expect(readPoint(cell)).toEqual({ lat: 25.3, lon: 51.5 });
  });

  it('reads degrees-minutes-seconds pairs by their letters, in either order', () => {
    const expected = { lat: 33.3, lon: 44 + 22 / 60 };
    for (const cell of [
      `33°18'N 44°22'E`,
      `44°22'E 33°18'N`,
      `33°18'N, 44°22'E`,
      `N 33°18' E 44°22'`,
      '33 18 N 44 22 E',
      '33 18 0 N; 44 22 0 E',
    ]) {
      const point = readPoint(cell);
      expect('lat' in point && point.lat, cell).toBeCloseTo(expected.lat, 9);
      expect('lon' in point && point.lon, cell).toBeCloseTo(expected.lon, 9);
    }
    expect(readPoint('33.3S 44.5W')).toEqual({ lat: -33.3, lon: -44.5 });
  });

  it('checks both ranges', () => {
    expect(readPoint('95, 10')).toEqual({
      error: '95, 10 is out of range (latitude must be between -90 and 90)',
    });
    expect(readPoint('POINT (190 10)')).toEqual({
      error: 'POINT (190 10) is out of range (longitude must be between -180 and 180)',
    });
  });

  it.each([
    '25.3',
    '25,3',
    'abc',
    '25.3, abc',
    '1, 2, 3',
    '25.3;51.5;7',
    '33N 44N',
    'POINT EMPTY',
    'POINT (0x1A 5)',
    'Infinity, 5',
  ])('refuses %j', (cell) => {
    expect(readPoint(cell)).toEqual({
      error: `${JSON.stringify(cell)} is not a point (write "lat, lon" or POINT (lon lat))`,
    });
  });

  it('refuses other spatial references and cells that cut more than one way', () => {
    expect(readPoint('SRID=3857;POINT(5000 6000)')).toEqual({
      error:
        '"SRID=3857;POINT(5000 6000)" is in SRID 3857; only 4326 (longitude, latitude) is read',
    });
    expect(readPoint('33 18 44 22')).toEqual({
      error: '"33 18 44 22" can be cut into two coordinates in more than one way',
    });
    expect(readPoint('')).toEqual({ error: 'is empty' });
  });
});

describe('looksSwapped', () => {
  const pair = (lat: number, lon: number) => ({ lat, lon });

  it('is true when most pairs that fit one way only fit the other way round', () => {
    const pairs = [...Array(8).fill(pair(120, 30)), pair(10, 20), pair(20, 30)];
    expect(looksSwapped(pairs)).toBe(true);
    // Pairs that fit either way are no evidence against the swap…
    expect(looksSwapped([...pairs, ...Array(20).fill(pair(10, 20))])).toBe(true);
    // …pairs that fit only as given are.
    expect(looksSwapped([...pairs, pair(10, 120), pair(20, 130), pair(-5, 100)])).toBe(false);
  });

  it('is false for a few stray latitudes over 90 among pairs that fit either way', () => {
    expect(looksSwapped([pair(123, 44), ...Array(99).fill(pair(33, 44))])).toBe(false);
  });

  it('is true when every latitude is out of range yet fits as a longitude', () => {
    expect(looksSwapped([pair(150, 120), pair(-170, 100)])).toBe(true);
    expect(looksSwapped([pair(150, 120), pair(200, 10)])).toBe(false);
  });

  it('is false for pairs that fit as they are, or either way, or for none', () => {
    expect(looksSwapped([pair(33, 44), pair(25, 51)])).toBe(false);
    expect(looksSwapped([pair(25, 120), pair(-33, 151)])).toBe(false);
    expect(looksSwapped([])).toBe(false);
    expect(looksSwapped([pair(Number.NaN, 10)])).toBe(false);
  });
});
