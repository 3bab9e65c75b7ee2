import { describe, expect, it } from 'vitest';

import { DAY } from '../time/units';
import { parseIsoDate } from '../events/dates';
import { daysFromCivil } from './calendar';
import { excelSerialDays, readDate } from './read-date';

const value = (cell: string, options?: Parameters<typeof readDate>[1]) => {
  const reading = readDate(cell, options);
  return 'value' in reading ? reading.value : reading.error;
};

describe('readDate: ISO 8601', () => {
  it('keeps a calendar date, a month and a year as they are', () => {
    expect(readDate('2024-01-10')).toEqual({ value: '2024-01-10' });
    expect(readDate('  2024-01-10 ')).toEqual({ value: '2024-01-10' });
    expect(readDate('2024-01')).toEqual({ value: '2024-01', precision: 'month' });
    expect(readDate('2024')).toEqual({ value: '2024', precision: 'year' });
    expect(readDate('0050')).toEqual({ value: '0050', precision: 'year' });
  });

  it.each([
    ['2024-01-10T06:30:00Z', '2024-01-10T06:30:00Z'],
    ['2024-01-10T06:30Z', '2024-01-10T06:30:00Z'],
    ['2024-01-10 06:30', '2024-01-10T06:30:00Z'],
    ['2024-01-10T06:30:45.123', '2024-01-10T06:30:45.123Z'],
    ['2024-01-10T06:30:45.1234567Z', '2024-01-10T06:30:45.123Z'],
    ['2024-01-10T06:30:45.000Z', '2024-01-10T06:30:45Z'],
    ['2024-01-10T06:30+0530', '2024-01-10T06:30:00+05:30'],
    ['2024-01-10T06:30+05:30', '2024-01-10T06:30:00+05:30'],
    ['2024-01-10T06:30-03', '2024-01-10T06:30:00-03:00'],
    ['2024-01-10T06:30:00.250+14:00', '2024-01-10T06:30:00.250+14:00'],
    ['2024-01-10T06:30-12:00', '2024-01-10T06:30:00-12:00'],
    ['2024-01-10 06:30:00 UTC', '2024-01-10T06:30:00Z'],
    ['2024-01-10t06:30z', '2024-01-10T06:30:00Z'],
  ])('reads the date-time %j (no zone is UTC)', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it.each([
    ['2024-01-10T06:30+05:99', 'the zone offset +05:99 does not exist'],
    ['2024-01-10T06:30+19:00', 'the zone offset +19:00 does not exist'],
    ['2024-01-10T06:30-14:30', 'the zone offset -14:30 does not exist'],
    ['2024-01-10T06:30+1460', 'the zone offset +1460 does not exist'],
    ['2024-01-10T24:00', 'is not a time of day'],
    ['2024-01-10T06:60', 'is not a time of day'],
    ['2023-02-29', 'February 2023 has 28 days'],
    ['2024-02-30T06:00Z', 'February 2024 has 29 days'],
    ['2024-13-01', 'there is no month 13'],
    ['2024-00', 'there is no month 0'],
    ['0000-01-01', 'years run from 1 to 9999'],
    ['0000', 'years run from 1 to 9999'],
  ])('refuses %j: %s', (cell, why) => {
    expect(value(cell)).toContain(why);
    expect(value(cell)).toContain(`"${cell}" is not a date`);
  });
});

describe('readDate: numbers', () => {
  it('tells epoch seconds from milliseconds by size', () => {
    expect(value('1704868200')).toBe('2024-01-10T06:30:00Z');
    expect(value('1704868200.5')).toBe('2024-01-10T06:30:00.500Z');
    expect(value('1704868200000')).toBe('2024-01-10T06:30:00Z');
    expect(value('100000000')).toBe('1973-03-03T09:46:40Z');
    expect(value('99999999999')).toBe('5138-11-16T09:46:39Z');
    expect(value('100000000000')).toBe('1973-03-03T09:46:40Z');
    expect(value('253402300799999')).toBe('9999-12-31T23:59:59.999Z');
    expect(value('253402300800000')).toContain('it falls after the year 9999');
  });

  it('reads Excel serial days, their fraction as the time of day', () => {
    expect(value('45301')).toBe('2024-01-10');
    expect(value('45301.0')).toBe('2024-01-10');
    expect(value('45301.5')).toBe('2024-01-10T12:00:00Z');
    // 06:30 is 0.2708333…; the float error must not show as 06:29:59.999.
    expect(value('45301.270833333')).toBe('2024-01-10T06:30:00Z');
    expect(value('10000')).toBe('1927-05-18');
    expect(value('99999')).toBe('2173-10-13');
  });

  it("counts Excel's days with its fake 29 February 1900", () => {
    const day = (serial: number) => excelSerialDays(serial);
    expect(day(1)).toBe(daysFromCivil(1900, 1, 1));
    expect(day(59)).toBe(daysFromCivil(1900, 2, 28));
    expect(day(60)).toBeNull();
    expect(day(61)).toBe(daysFromCivil(1900, 3, 1));
    expect(day(45301)).toBe(Date.UTC(2024, 0, 10) / DAY);
    expect(day(0)).toBeNull();
  });

  it('reads YYYYMMDD (GDELT) when it is a calendar date', () => {
    expect(value('20240110')).toBe('2024-01-10');
    expect(value('20240229')).toBe('2024-02-29');
    expect(value('20230229')).toContain('February 2023 has 28 days');
    expect(value('20241301')).toContain('there is no month 13');
  });

  it.each(['0', '3', '12', '123', '202401', '1234567', '9999999', '00012', '-5', '1e9', '0.5'])(
    'is not a date: %j',
    (cell) => {
      expect(value(cell)).toBe(`"${cell}" is not a date`);
    },
  );
});

describe('readDate: numeric day and month', () => {
  it('lets the values decide when only one reading is a date', () => {
    expect(value('13/01/2024')).toBe('2024-01-13');
    expect(value('01/13/2024')).toBe('2024-01-13');
    expect(value('13.01.2024')).toBe('2024-01-13');
    expect(value('13-1-24')).toBe('2024-01-13');
    expect(value('05/05/2024')).toBe('2024-05-05');
    // The values decide even against the order given: only one reading is a date.
    expect(value('13/01/2024', { order: 'mdy' })).toBe('2024-01-13');
  });

  it('asks for the order when both readings are dates', () => {
    expect(readDate('03/04/2024')).toEqual({
      error: '"03/04/2024" could be 3 April or 4 March (choose the day order)',
    });
    expect(value('03/04/2024', { order: 'dmy' })).toBe('2024-04-03');
    expect(value('03/04/2024', { order: 'mdy' })).toBe('2024-03-04');
    expect(value('10.01.2024', { order: 'dmy' })).toBe('2024-01-10');
    expect(value('1/10/24', { order: 'mdy' })).toBe('2024-01-10');
  });

  it('reads two-digit years as spreadsheets do', () => {
    expect(value('31/12/69')).toBe('2069-12-31');
    expect(value('01/13/70')).toBe('1970-01-13');
    expect(value('31/12/99')).toBe('1999-12-31');
    expect(value('31/12/00')).toBe('2000-12-31');
  });

  it('reads year first, and month with year', () => {
    expect(value('2024/01/10')).toBe('2024-01-10');
    expect(value('2024/1/5')).toBe('2024-01-05');
    expect(value('2024.01.10')).toBe('2024-01-10');
    expect(readDate('01/2024')).toEqual({ value: '2024-01', precision: 'month' });
    expect(readDate('1-2024')).toEqual({ value: '2024-01', precision: 'month' });
    expect(readDate('2024/01')).toEqual({ value: '2024-01', precision: 'month' });
    expect(value('13/2024')).toContain('there is no month 13');
  });

  it.each([
    ['13/13/2024', 'there is no month 13'],
    ['31/04/2024', 'April 2024 has 30 days'],
    ['29/02/2023', 'February 2023 has 28 days'],
    ['00/01/2024', 'January 2024 has 31 days'],
  ])('refuses %j: %s', (cell, why) => {
    expect(value(cell, { order: 'dmy' })).toBe(`"${cell}" is not a date: ${why}`);
  });
});

describe('readDate: refusals', () => {
  it.each(['0x1A', '0b1010', '0o17', 'Infinity', '-Infinity', 'NaN', 'abc', 'yesterday', '10:30'])(
    'refuses %j',
    (cell) => {
      expect(value(cell)).toBe(`"${cell}" is not a date`);
    },
  );

  it('says an empty cell is empty', () => {
    expect(readDate('')).toEqual({ error: 'is empty' });
    expect(readDate('   ')).toEqual({ error: 'is empty' });
  });

  it('quotes a long value cut short', () => {
    expect(value('x'.repeat(100))).toBe(`"${'x'.repeat(39)}…" is not a date`);
  });
});

describe('readDate: every value it gives is one the app parses', () => {
  it.each([
    ['2024-01-10', 'day'],
    ['2024-01', 'month'],
    ['2024', 'year'],
    ['0001-01-01', 'day'],
    ['9999-12-31', 'day'],
    ['10 Jan 0050', 'day'],
    ['2024-01-10T06:30:45.123456+05:30', 'instant'],
    ['1704868200.25', 'instant'],
    ['45301.75', 'instant'],
    ['45301', 'day'],
    ['20240110', 'day'],
    ['Jan 2024', 'month'],
    ['Wed, 10 Jan 2024 06:30:00 +0000', 'instant'],
  ])('%j', (cell, resolution) => {
    const parsed = parseIsoDate(value(cell));
    expect(parsed?.resolution).toBe(resolution);
  });

  it('puts the same instant however it was written', () => {
    const instant = (cell: string) => parseIsoDate(value(cell))?.start;
    const expected = Date.UTC(2024, 0, 10, 6, 30);
    for (const cell of [
      '2024-01-10T06:30Z',
      '2024-01-10T12:00+05:30',
      '1704868200',
      '1704868200000',
      '45301.2708333333',
      '10 Jan 2024 1:30 AM -05:00',
    ]) {
      expect(instant(cell), cell).toBe(expected);
    }
    expect(parseIsoDate(value('10/01/2024 06:30', { order: 'dmy' }))?.start).toBe(expected);
  });
});
