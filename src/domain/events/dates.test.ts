import { DAY } from '../time/units';
import { describe, expect, it } from 'vitest';

import {
  isoDayText,
  isoInstantText,
  ISO_DATE_PATTERN,
  impossibleZoneOf,
  knowsTimeOfDay,
  parseIsoDate,
  startsInWholeDays,
  zoneOffsetMinutes,
} from './dates';

describe('parseIsoDate', () => {
  it('reads a calendar date as the whole UTC day', () => {
    expect(parseIsoDate('2024-01-10')).toEqual({
      start: Date.UTC(2024, 0, 10),
      end: Date.UTC(2024, 0, 10) + DAY,
      resolution: 'day',
    });
  });

  it('reads a month as the whole month', () => {
    expect(parseIsoDate('2024-02')).toEqual({
      start: Date.UTC(2024, 1, 1),
      end: Date.UTC(2024, 2, 1),
      resolution: 'month',
    });
  });

  it('reads a year alone as the whole UTC year', () => {
    expect(parseIsoDate('2024')).toEqual({
      start: Date.UTC(2024, 0, 1),
      end: Date.UTC(2025, 0, 1),
      resolution: 'year',
    });
    expect(new Date((parseIsoDate('0050') as { start: number }).start).getUTCFullYear()).toBe(50);
    expect(parseIsoDate('9999')?.end).toBe(Date.UTC(10000, 0, 1));
  });

  it('reads a date-time with its zone as an instant in UTC', () => {
    expect(parseIsoDate('2024-01-10T06:00Z')?.start).toBe(Date.UTC(2024, 0, 10, 6));
    expect(parseIsoDate('2024-01-10T10:00+04:00')?.start).toBe(Date.UTC(2024, 0, 10, 6));
    expect(parseIsoDate('2024-01-10T06:00:30.250Z')?.start).toBe(
      Date.UTC(2024, 0, 10, 6, 0, 30, 250),
    );
  });

  it.each([
    '2024-13-01',
    '2024-02-30',
    '2023-02-29',
    '2024-1-5',
    '10/01/2024',
    '',
    'yesterday',
    '2024-01-10T25:00Z',
    '2024-01-10T10:00',
    '0000-01-01',
    '0000',
    '202',
    '20245',
    '+275760-09-13',
    '2024-01-10T06:00+19:00',
    '2024-01-10T06:00+05:99',
    '2024-01-10T06:00+0560',
    '2024-01-10T06:00+14:01',
    '2024-01-10T06:00-15:00',
  ])('rejects %j', (value) => {
    expect(parseIsoDate(value)).toBeNull();
  });

  it('reads zone offsets as far as real ones go, -12:00 to +14:00 and the XML Schema bound -14:00', () => {
    expect(parseIsoDate('2024-01-10T14:00+14:00')?.start).toBe(Date.UTC(2024, 0, 10, 0));
    expect(parseIsoDate('2024-01-10T00:00-14:00')?.start).toBe(Date.UTC(2024, 0, 10, 14));
    expect(parseIsoDate('2024-01-10T06:00+0530')?.start).toBe(Date.UTC(2024, 0, 10, 0, 30));
    expect(parseIsoDate('2024-01-10T06:00-00:00')?.start).toBe(Date.UTC(2024, 0, 10, 6));
  });
});

describe('zoneOffsetMinutes', () => {
  it.each([
    ['Z', 0],
    ['+05:30', 330],
    ['+0530', 330],
    ['-03', -180],
    ['+14:00', 840],
    ['-14:00', -840],
    ['+05:99', null],
    ['+14:30', null],
    ['+19', null],
    ['05:30', null],
    ['+5:30', null],
  ])('reads %j as %j', (zone, minutes) => {
    expect(zoneOffsetMinutes(zone)).toBe(minutes);
  });

  it('is the rule of the published pattern too', () => {
    expect(ISO_DATE_PATTERN.test('2024-01-10T06:00+14:00')).toBe(true);
    expect(ISO_DATE_PATTERN.test('2024-01-10T06:00+05:99')).toBe(false);
    expect(ISO_DATE_PATTERN.test('2024-01-10T06:00+19:00')).toBe(false);
  });

  it('names the offset of a date-time that cannot be', () => {
    expect(impossibleZoneOf('2024-01-10T06:00+05:99')).toBe('+05:99');
    expect(impossibleZoneOf('2024-01-10T06:00+05:30')).toBeUndefined();
    expect(impossibleZoneOf('2024-01-10')).toBeUndefined();
  });

  it('accepts leap days and years before 100 without shifting them to the 1900s', () => {
    expect(parseIsoDate('2024-02-29')).not.toBeNull();
    expect(parseIsoDate('2000-02-29')).not.toBeNull();
    expect(parseIsoDate('1900-02-29')).toBeNull();
    expect(parseIsoDate('2023-02-29')).toBeNull();
    expect(parseIsoDate('2024-04-31')).toBeNull();
    expect(parseIsoDate('2024-12-31')?.start).toBe(Date.UTC(2024, 11, 31));
    expect(new Date((parseIsoDate('0050-06-01') as { start: number }).start).getUTCFullYear()).toBe(
      50,
    );
  });
});

describe('knowsTimeOfDay', () => {
  it('is true only for a date-time that is not approximate', () => {
    expect(knowsTimeOfDay({ date: '2024-01-10T06:00Z', datePrecision: 'day' })).toBe(true);
    expect(knowsTimeOfDay({ date: '2024-01-10', datePrecision: 'day' })).toBe(false);
    expect(knowsTimeOfDay({ date: '2024-01', datePrecision: 'month' })).toBe(false);
    expect(knowsTimeOfDay({ date: '2024', datePrecision: 'year' })).toBe(false);
    expect(knowsTimeOfDay({ date: '2024-01-10', datePrecision: 'approximate' })).toBe(false);
    expect(knowsTimeOfDay({ date: '2024-01-10T06:00Z', datePrecision: 'approximate' })).toBe(false);
  });
});

describe('startsInWholeDays', () => {
  it('is true when every event starts on a UTC midnight', () => {
    const day = Date.UTC(2024, 0, 10);
    expect(startsInWholeDays(new Float64Array([day, day + DAY, Date.UTC(2024, 2, 1)]))).toBe(true);
    expect(startsInWholeDays(new Float64Array([day, day + 6 * 3_600_000]))).toBe(false);
    expect(startsInWholeDays(new Float64Array([]))).toBe(true);
  });
});

describe('ISO text of an instant', () => {
  const at = (iso: string) => Date.parse(iso);

  it('names the UTC day, however late in it', () => {
    expect(isoDayText(at('2024-01-10T23:59:59.999Z'))).toBe('2024-01-10');
  });

  it('is as short as the instant is exact', () => {
    expect(isoInstantText(at('2024-01-10T06:00:00Z'))).toBe('2024-01-10T06:00Z');
    expect(isoInstantText(at('2024-01-10T06:00:30Z'))).toBe('2024-01-10T06:00:30Z');
    expect(isoInstantText(at('2024-01-10T06:00:30.250Z'))).toBe('2024-01-10T06:00:30.250Z');
  });
});
