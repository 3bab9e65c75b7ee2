import { describe, expect, it } from 'vitest';

import { monthWords } from './month-names';
import { readDate } from './read-date';

const value = (cell: string, options?: Parameters<typeof readDate>[1]) => {
  const reading = readDate(cell, options);
  return 'value' in reading ? reading.value : reading.error;
};

describe('readDate: month names', () => {
  it.each([
    '10 January 2024',
    'Jan 10, 2024',
    '10 Jan 2024',
    'January 10 2024',
    'January 10th, 2024',
    '10-Jan-2024',
    '10-JAN-24',
    '10Jan2024',
    '10/Jan/2024',
    'Jan. 10, 2024',
    'Wednesday, 10 January 2024',
    'Wed 10 Jan 2024',
    '10th January 2024',
    'the 10th of January, 2024',
    '2024 Jan 10',
    'JANUARY 10 2024',
  ])('reads %j', (cell) => {
    expect(value(cell)).toBe('2024-01-10');
  });

  it.each([
    ['10 janvier 2024', '2024-01-10'],
    ['1er février 2024', '2024-02-01'],
    ['le 10 févr. 2024', '2024-02-10'],
    ['mercredi 10 janvier 2024', '2024-01-10'],
    ['10. März 2024', '2024-03-10'],
    ['am 10. Marz 2024', '2024-03-10'],
    ['10 de enero de 2024', '2024-01-10'],
    ['miércoles, 10 de enero de 2024', '2024-01-10'],
    ['10 settembre 2024', '2024-09-10'],
    ['quarta-feira, 10 de janeiro de 2024', '2024-01-10'],
    ['10 maart 2024', '2024-03-10'],
    ['10 mrt 2024', '2024-03-10'],
    ['10 января 2024 г.', '2024-01-10'],
    ['10 ЯНВ 2024', '2024-01-10'],
    ['10 Ağustos 2024', '2024-08-10'],
    ['10 AGUSTOS 2024', '2024-08-10'],
    ['10 Kasım 2024', '2024-11-10'],
    ['10 KASIM 2024', '2024-11-10'],
    ['١٠ يناير ٢٠٢٤', '2024-01-10'],
    ['10 أبريل 2024', '2024-04-10'],
    ['10 ابريل 2024', '2024-04-10'],
    ['۱۰ ژانویه ۲۰۲۴', '2024-01-10'],
    ['Sept 10 2024', '2024-09-10'],
  ])('reads %j in its language', (cell, expected) => {
    expect(value(cell)).toBe(expected);
  });

  it('reads a month name with a year as the month', () => {
    for (const cell of ['January 2024', 'Jan 2024', 'JAN-2024', 'janvier 2024', 'январь 2024']) {
      expect(readDate(cell), cell).toEqual({ value: '2024-01', precision: 'month' });
    }
  });

  it('refuses what a month name does not make a date', () => {
    expect(value('31 April 2024')).toBe('"31 April 2024" is not a date: April 2024 has 30 days');
    expect(value('January')).toBe('"January" is not a date');
    expect(value('Jan 24')).toBe('"Jan 24" is not a date');
    expect(value('10 Jan Feb 2024')).toBe('"10 Jan Feb 2024" is not a date');
    expect(value('10 Blah 2024')).toBe('"10 Blah 2024" is not a date');
    expect(value('Jan 10 2024 2025')).toBe('"Jan 10 2024 2025" is not a date');
  });

  it('has every month in every language, and no word two languages disagree on', () => {
    const words = monthWords();
    expect([...words].filter(([, month]) => month === 0)).toEqual([]);
    for (const [word, month] of [
      ['mai', 5],
      ['mar', 3],
      ['set', 9],
      ['dez', 12],
      ['mayis', 5],
      ['مايو', 5],
      ['اوت', 8],
    ] as const) {
      expect(words.get(word), word).toBe(month);
    }
  });
});

describe('readDate: times of day', () => {
  it('joins a time cell to a date that gives the day', () => {
    expect(value('2024-01-10', { time: '14:30' })).toBe('2024-01-10T14:30:00Z');
    expect(value('2024-01-10', { time: '14:30:05' })).toBe('2024-01-10T14:30:05Z');
    expect(value('2024-01-10', { time: '2:30 PM' })).toBe('2024-01-10T14:30:00Z');
    expect(value('2024-01-10', { time: '12:15 am' })).toBe('2024-01-10T00:15:00Z');
    expect(value('2024-01-10', { time: '12 p.m.' })).toBe('2024-01-10T12:00:00Z');
    expect(value('2024-01-10', { time: '0230' })).toBe('2024-01-10T02:30:00Z');
    expect(value('2024-01-10', { time: '930' })).toBe('2024-01-10T09:30:00Z');
    expect(value('2024-01-10', { time: '14:30Z' })).toBe('2024-01-10T14:30:00Z');
    expect(value('2024-01-10', { time: '14:30+03:00' })).toBe('2024-01-10T14:30:00+03:00');
    expect(value('2024-01-10', { time: '14:30 -0500' })).toBe('2024-01-10T14:30:00-05:00');
    expect(value('10 Jan 2024', { time: '14:30' })).toBe('2024-01-10T14:30:00Z');
    expect(value('45301', { time: '14:30' })).toBe('2024-01-10T14:30:00Z');
    expect(value('03/04/2024', { order: 'dmy', time: '14:30' })).toBe('2024-04-03T14:30:00Z');
  });

  it('leaves a date with its own time, a month, a year, or an empty time cell alone', () => {
    expect(value('2024-01-10T06:00Z', { time: '14:30' })).toBe('2024-01-10T06:00:00Z');
    expect(value('1704868200', { time: '14:30' })).toBe('2024-01-10T06:30:00Z');
    expect(readDate('2024-01', { time: '14:30' })).toEqual({
      value: '2024-01',
      precision: 'month',
    });
    expect(readDate('2024', { time: '14:30' })).toEqual({ value: '2024', precision: 'year' });
    expect(value('2024-01-10', { time: '  ' })).toBe('2024-01-10');
  });

  it('refuses a time cell that is no time of day', () => {
    for (const time of ['25:00', '14:60', '13 PM', '0 am', 'noon', '14:30+05:99', '2460']) {
      expect(value('2024-01-10', { time }), time).toBe(`"${time}" is not a time of day`);
    }
  });

  it('reads a time of day after the date in the cell', () => {
    expect(value('10/01/2024 14:30', { order: 'dmy' })).toBe('2024-01-10T14:30:00Z');
    expect(value('1/10/24 2:30 PM', { order: 'mdy' })).toBe('2024-01-10T14:30:00Z');
    expect(value('10 Jan 2024 14:30')).toBe('2024-01-10T14:30:00Z');
    expect(value('10 OCT 2024 12:30')).toBe('2024-10-10T12:30:00Z');
    expect(value('Wed, 10 Jan 2024 06:30:00 +0000')).toBe('2024-01-10T06:30:00+00:00');
    expect(value('Jan 10, 2024, 6:30 AM')).toBe('2024-01-10T06:30:00Z');
    expect(value('2024/01/10 06:30:05.5')).toBe('2024-01-10T06:30:05.500Z');
    expect(value('10/01/2024 14:30')).toBe(
      '"10/01/2024 14:30" could be 10 January or 1 October (choose the day order)',
    );
    expect(value('Jan 2024 14:30')).toBe(
      '"Jan 2024 14:30" is not a date: a time of day needs a day',
    );
    expect(value('10 Jan 2024 25:30')).toBe(
      '"10 Jan 2024 25:30" is not a date: "25:30" is not a time of day',
    );
  });
});

describe('readDate: other scripts', () => {
  it('reads Arabic-Indic and Persian digits', () => {
    expect(value('٢٠٢٤-٠١-١٠')).toBe('2024-01-10');
    expect(value('۲۰۲۴/۰۱/۱۰')).toBe('2024-01-10');
    // With the right-to-left mark Arabic text often carries.
    expect(value('\u200f١٠/١٣/٢٠٢٤')).toBe('2024-10-13');
  });

  it('refuses a Hijri or Persian year rather than read it as Gregorian', () => {
    expect(value('۱۴۰۲/۱۰/۲۰')).toBe(
      '"۱۴۰۲/۱۰/۲۰" is not a date: 1402 looks like a Hijri or Persian year (only Gregorian dates are read)',
    );
  });
});
