import { describe, expect, it } from 'vitest';

import { dateShare, settleDateOrder } from './read-date';

describe('settleDateOrder', () => {
  it('is day first when a first number is over 12, month first when a second is', () => {
    expect(settleDateOrder(['01/02/2024', '13/02/2024', '05/06/2024'])).toBe('dmy');
    expect(settleDateOrder(['01/02/2024', '02/13/2024'])).toBe('mdy');
    expect(settleDateOrder(['25.12.2023 14:00', '01.01.2024'])).toBe('dmy');
    expect(settleDateOrder(['1/13/24'])).toBe('mdy');
  });

  it('is ambiguous when the values read either way, or disagree', () => {
    expect(settleDateOrder(['01/02/2024', '03/04/2024'])).toBe('ambiguous');
    expect(settleDateOrder(['05/05/2024'])).toBe('ambiguous');
    expect(settleDateOrder(['13/01/2024', '01/13/2024'])).toBe('ambiguous');
  });

  it('is null without numeric day-and-month dates', () => {
    expect(settleDateOrder([])).toBeNull();
    expect(settleDateOrder(['2024-01-10', '10 Jan 2024', '1704868200', '', '01/2024'])).toBeNull();
  });

  it('reads Arabic-Indic digits and takes any iterable', () => {
    expect(settleDateOrder(new Set(['١٣/٠١/٢٠٢٤']))).toBe('dmy');
  });

  it('stops at the first disagreement of a long column', () => {
    function* cells() {
      yield '13/01/2024';
      yield '01/13/2024';
      throw new Error('read too far');
    }
    expect(settleDateOrder(cells())).toBe('ambiguous');
  });
});

describe('dateShare', () => {
  it('is the share of non-empty cells that read as dates, ambiguous ones included', () => {
    expect(dateShare(['2024-01-10', '', '03/04/2024', 'n/a', '10 Jan 2024'])).toBe(0.75);
    expect(dateShare([])).toBe(0);
    expect(dateShare(['', ' '])).toBe(0);
  });

  it('never takes a column of small counts for dates', () => {
    expect(dateShare(['0', '3', '12', '0', '150', '7'])).toBe(0);
    expect(dateShare(['0', '3', '12', '2000', '1500'])).toBe(0);
  });

  it('takes a column of years, epochs or serial days for dates', () => {
    expect(dateShare(['1999', '2001', '2024', '1850'])).toBe(1);
    expect(dateShare(['1704868200', '1704954600'])).toBe(1);
    expect(dateShare(['45301', '45302.5', '45400'])).toBe(1);
    expect(dateShare(['20240110', '20240111'])).toBe(1);
  });

  it('counts bare numbers only when most of the column is plausible ones', () => {
    // Four-digit codes outside 1000–2999 are not years…
    expect(dateShare(['0042', '7311', '9999', '5120'])).toBe(0);
    // …nor is a column that is mostly something else.
    expect(dateShare(['2024', 'abc', 'def', 'ghi'])).toBe(0);
    // Serial days of 2173 and epoch seconds of 3000 are not plausible dates.
    expect(dateShare(['99999', '99998'])).toBe(0);
    expect(dateShare(['32503680000', '32503680001'])).toBe(0);
    expect(dateShare(['2024-01-10', '2024', '2025'])).toBe(1);
  });
});
