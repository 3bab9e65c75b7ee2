import { describe, expect, it } from 'vitest';

import { readCoordinate, readNumberish } from './read-coordinate';

const close = (reading: number | { error: string }, expected: number) => {
  expect(typeof reading).toBe('number');
  expect(reading as number).toBeCloseTo(expected, 9);
};

describe('readCoordinate: decimal degrees', () => {
  it.each([
    ['25.3', 25.3],
    ['-25.3', -25.3],
    ['+25.3', 25.3],
    ['25', 25],
    ['25.', 25],
    ['.5', 0.5],
    ['25,3', 25.3],
    ['-25,3', -25.3],
    ['  25.3  ', 25.3],
    ['90', 90],
    ['-90', -90],
    ['-0', 0],
  ])('reads %j', (cell, expected) => {
    expect(readCoordinate(cell, 'lat')).toBe(expected);
  });

  it('checks the range of each axis', () => {
    expect(readCoordinate('95.2', 'lat')).toEqual({
      error: '95.2 is out of range (latitude must be between -90 and 90)',
    });
    expect(readCoordinate('95.2', 'lon')).toBe(95.2);
    expect(readCoordinate('-180', 'lon')).toBe(-180);
    expect(readCoordinate('180.5', 'lon')).toEqual({
      error: '180.5 is out of range (longitude must be between -180 and 180)',
    });
    expect(readCoordinate('91°N', 'lat')).toEqual({
      error: '91°N is out of range (latitude must be between -90 and 90)',
    });
  });

  it.each([
    '0x1A',
    '0b1010',
    '0o54',
    'Infinity',
    '-Infinity',
    'NaN',
    'abc',
    '1e5',
    '1,234.5',
    '1.2.3',
    '25,3,4',
    '--5',
    'N',
    '25 N S',
  ])('refuses %j', (cell) => {
    const reading = readCoordinate(cell, 'lat');
    expect(reading).toEqual({
      error: expect.stringContaining(`${JSON.stringify(cell)} is not a latitude`),
    });
  });

  it('says an empty cell is empty', () => {
    expect(readCoordinate('', 'lon')).toEqual({ error: 'is empty' });
    expect(readCoordinate('  ', 'lat')).toEqual({ error: 'is empty' });
  });
});

describe('readCoordinate: hemispheres and degrees-minutes-seconds', () => {
  it('reads hemisphere letters before or after, S and W negative', () => {
    expect(readCoordinate('33.5N', 'lat')).toBe(33.5);
    expect(readCoordinate('33.5 S', 'lat')).toBe(-33.5);
    expect(readCoordinate('s 33.5', 'lat')).toBe(-33.5);
    expect(readCoordinate('W44,25', 'lon')).toBe(-44.25);
    expect(readCoordinate('44.25e', 'lon')).toBe(44.25);
    expect(readCoordinate('+33.5 N', 'lat')).toBe(33.5);
  });

  it('refuses a letter of the other axis, two letters, or a sign with a letter', () => {
    expect(readCoordinate('33.5N', 'lon')).toEqual({
      error: '"33.5N" is a latitude (N), not a longitude',
    });
    expect(readCoordinate('44E', 'lat')).toEqual({
      error: '"44E" is a longitude (E), not a latitude',
    });
    expect(readCoordinate('N 33 S', 'lat')).toEqual({
      error: '"N 33 S" is not a latitude: it has two hemisphere letters',
    });
    expect(readCoordinate('-33 S', 'lat')).toEqual({
      error: '"-33 S" is not a latitude: it has both a minus sign and a hemisphere letter',
    });
  });

  const dms = 33 + 18 / 60 + 30 / 3600;
  it.each([
    `33°18'30"N`,
    '33° 18′ 30″ N',
    '33 18 30 N',
    '33:18:30N',
    '33d18m30s N',
    '33d 18m 30s',
    '33D18M30S',
    `N 33°18'30"`,
    `33º18'30''N`,
    '33deg 18min 30sec N',
    `33°18'30,0"N`,
  ])('reads %j', (cell) => {
    close(readCoordinate(cell, 'lat'), dms);
  });

  it('reads degrees and decimal minutes, and degrees alone', () => {
    close(readCoordinate(`33°18.5'N`, 'lat'), 33 + 18.5 / 60);
    close(readCoordinate(`33°18,5'S`, 'lat'), -(33 + 18.5 / 60));
    close(readCoordinate('44°W', 'lon'), -44);
    close(readCoordinate('-44°22′', 'lon'), -(44 + 22 / 60));
    close(readCoordinate('33 18', 'lat'), 33.3);
    // "…30s" with minutes before it is seconds; "30 s" alone is south.
    close(readCoordinate('33d18m30s', 'lat'), dms);
    close(readCoordinate('33.5 s', 'lat'), -33.5);
  });

  it('refuses minutes or seconds of 60 or more, and fractions before smaller units', () => {
    expect(readCoordinate(`33°60'N`, 'lat')).toEqual({
      error: `"33°60'N" is not a latitude: minutes must be below 60`,
    });
    expect(readCoordinate(`33°18'75"N`, 'lat')).toEqual({
      error: `"33°18'75\\"N" is not a latitude: seconds must be below 60`,
    });
    expect(readCoordinate(`33.5°18'N`, 'lat')).toEqual({
      error: `"33.5°18'N" is not a latitude: degrees with minutes must be whole`,
    });
    expect(readCoordinate(`33°18.5'30"N`, 'lat')).toEqual({
      error: `"33°18.5'30\\"N" is not a latitude: minutes with seconds must be whole`,
    });
  });
});

describe('readNumberish', () => {
  it('gives the signed degrees without checking range or axis', () => {
    expect(readNumberish('95.2')).toBe(95.2);
    expect(readNumberish('-170,5')).toBe(-170.5);
    expect(readNumberish('33N')).toBe(33);
    expect(readNumberish('44W')).toBe(-44);
    close(readNumberish(`120°30'E`) ?? Number.NaN, 120.5);
  });

  it('is null for what is no number', () => {
    for (const cell of ['', 'abc', '0x1A', 'NaN', 'Infinity', `33°61'`]) {
      expect(readNumberish(cell), cell).toBeNull();
    }
  });
});
