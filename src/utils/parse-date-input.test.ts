import { describe, expect, it } from 'vitest';

import { parseDateInput } from './parse-date-input';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const ok = (iso: string) => ({ ok: true, day: day(iso) });
const message = (text: string) => {
  const result = parseDateInput(text);
  if (result.ok) throw new Error(`"${text}" parsed as ${new Date(result.day).toISOString()}`);
  return result.message;
};

describe('parseDateInput', () => {
  it('reads the form the app shows, and the ISO form', () => {
    expect(parseDateInput('10 Jan 2024')).toEqual(ok('2024-01-10'));
    expect(parseDateInput('2024-01-10')).toEqual(ok('2024-01-10'));
    expect(parseDateInput('2024-1-5')).toEqual(ok('2024-01-05'));
    expect(parseDateInput('2024/01/10')).toEqual(ok('2024-01-10'));
  });

  it('reads month names in any case, long or short, either side of the day', () => {
    for (const text of [
      '10 january 2024',
      '10 JAN 2024',
      '10-Jan-2024',
      '10 Jan. 2024',
      '10th Jan 2024',
      'Jan 10 2024',
      'Jan 10, 2024',
      'January 10th, 2024',
      '  10   Jan   2024 ',
    ]) {
      expect(parseDateInput(text), text).toEqual(ok('2024-01-10'));
    }
    expect(parseDateInput('1 Sept 2023')).toEqual(ok('2023-09-01'));
    expect(parseDateInput('29 Feb 2024')).toEqual(ok('2024-02-29'));
  });

  it('keeps years before 100 as written', () => {
    const result = parseDateInput('0050-06-01');
    expect(result.ok && new Date(result.day).toISOString()).toBe('0050-06-01T00:00:00.000Z');
  });

  it('refuses day-month-year in digits, naming both readings', () => {
    expect(message('10/1/2024')).toBe(
      'Is "10/1/2024" 10 Jan or 1 Oct? Write it as 10 Jan 2024 or 2024-01-10.',
    );
    expect(message('25.1.2024')).toBe('Write it as 10 Jan 2024 or 2024-01-10.');
  });

  it('says which day does not exist', () => {
    expect(message('30 Feb 2024')).toBe('There is no 30 Feb 2024.');
    expect(message('29 Feb 2023')).toBe('There is no 29 Feb 2023.');
    expect(message('2024-13-01')).toBe('There is no month 13.');
    expect(message('0 Jan 2024')).toBe('There is no 0 Jan 2024.');
  });

  it('asks for the year in full', () => {
    expect(message('10 Jan 24')).toBe('Write the year in full, e.g. 10 Jan 2024.');
  });

  it('refuses what is not a date', () => {
    expect(message('')).toBe('Type a date. Write it as 10 Jan 2024 or 2024-01-10.');
    expect(message('yesterday')).toBe(
      '"yesterday" is not a date I can read. Write it as 10 Jan 2024 or 2024-01-10.',
    );
    expect(message('10 Ja 2024')).toMatch(/is not a date I can read/);
    expect(message('10 Janx 2024')).toMatch(/is not a date I can read/);
  });
});
