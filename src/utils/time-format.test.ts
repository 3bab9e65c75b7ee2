import { describe, expect, it } from 'vitest';

import { formatEventDate, formatInZone, formatWindow, utcFormatFullYear } from './time-format';

const yearOf = (year: number, month = 0, day = 1) => {
  const date = new Date(0);
  date.setUTCFullYear(year, month, day);
  return date;
};

describe('utcFormatFullYear', () => {
  it('writes years past 9999 whole, and the rest as d3 does', () => {
    const format = utcFormatFullYear('%-d %b %Y');
    expect(format(yearOf(10000))).toBe('1 Jan 10000');
    expect(format(yearOf(9999, 11, 31))).toBe('31 Dec 9999');
    expect(format(yearOf(2024, 0, 10))).toBe('10 Jan 2024');
    expect(utcFormatFullYear('%Y–%Y')(yearOf(12345))).toBe('12345–12345');
  });

  it('writes a year as a plain number when asked not to pad it', () => {
    const format = utcFormatFullYear('%b %Y', { padded: false });
    expect(format(yearOf(0))).toBe('Jan 0');
    expect(format(yearOf(987, 4))).toBe('May 987');
    expect(format(yearOf(2024))).toBe('Jan 2024');
    expect(utcFormatFullYear('%Y')(yearOf(1))).toBe('0001');
  });

  it('is used for windows and event dates', () => {
    const start = yearOf(9999, 11, 31).getTime();
    expect(formatWindow(start, start + 2 * 86_400_000)).toBe('31 Dec 9999 – 1 Jan 10000');
    expect(formatEventDate({ start, end: start + 86_400_000, datePrecision: 'approximate' })).toBe(
      'about 31 Dec 9999',
    );
  });

  it('gives a year-precision event as its year alone, as a month one as its month', () => {
    const start = Date.UTC(2024, 0, 1);
    expect(formatEventDate({ start, end: Date.UTC(2025, 0, 1), datePrecision: 'year' })).toBe(
      '2024',
    );
    expect(formatEventDate({ start, end: Date.UTC(2024, 1, 1), datePrecision: 'month' })).toBe(
      'January 2024',
    );
  });
});

describe('formatInZone', () => {
  it('gives the wall-clock time at the place and its offset', () => {
    expect(formatInZone(Date.UTC(2024, 0, 11, 2), 'Asia/Muscat')).toBe(
      '11 Jan 2024, 06:00 (UTC+4)',
    );
    expect(formatInZone(Date.UTC(2024, 0, 11, 2), 'Not/AZone')).toBeNull();
  });
});
