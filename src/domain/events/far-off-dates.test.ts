import { describe, expect, it } from 'vitest';

import { rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { buildDataset } from './build-dataset';
import { DAY } from '../time/units';
import { usualDateRange } from './far-off-dates';
import { describeProblem } from './types';

const header = { title: 'Test', categories: TEST_CATEGORIES };
const days = (n: number, from = '2024-01-01') =>
  Array.from({ length: n }, (_, i) =>
    new Date(Date.parse(from) + i * DAY).toISOString().slice(0, 10),
  );
const load = (dates: string[], extra: Record<string, unknown>[] = []) =>
  buildDataset(header, [
    ...dates.map((date, i) => rawEvent({ id: `e${i + 1}`, date })),
    ...extra.map((fields, i) => rawEvent({ id: `x${i + 1}`, ...fields })),
  ]);

describe('far-off dates', () => {
  it('warns of a typo year, naming the record and the field; the record still loads', () => {
    const { dataset, problems } = load(days(20), [{ date: '9999-01-10' }]);
    expect(dataset.events).toHaveLength(21);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #21 "x1": date "9999-01-10" is far from the rest (the other dates run from 2024-01-01 to 2024-01-20); check the year',
    ]);
    expect(problems[0]?.severity).toBe('warning');
  });

  it('warns of an end date far past its start', () => {
    const { problems } = load(days(10), [{ date: '2024-01-03', endDate: '2204-01-05' }]);
    expect(problems).toMatchObject([{ id: 'x1', field: 'endDate', severity: 'warning' }]);
  });

  it('warns of a date decades before the rest', () => {
    const { problems } = load(days(30, '2024-03-01'), [{ date: '1924-03-01' }]);
    expect(problems).toMatchObject([{ id: 'x1', field: 'date' }]);
  });

  it('says nothing of a crisis with background events a few years before it', () => {
    const { problems } = load(days(60, '2023-10-07'), [
      { date: '2020-01-03' },
      { date: '2015-07-14' },
    ]);
    expect(problems).toEqual([]);
  });

  it('says nothing of a long history, however its dates are spread', () => {
    const years = Array.from({ length: 50 }, (_, i) => `${1800 + i * 4}-06-01`);
    expect(load(years).problems).toEqual([]);
  });

  it('says nothing of a month of earthquakes, nor when every event is on one day', () => {
    expect(load(days(30)).problems).toEqual([]);
    expect(load(Array(12).fill('2024-01-10'), [{ date: '2024-06-10' }]).problems).toEqual([]);
  });

  it('needs a few dates before it calls one far', () => {
    expect(usualDateRange(new Float64Array([0, DAY, 2 * DAY]))).toBeNull();
    expect(load(['2024-01-01', '2024-01-02'], [{ date: '9999-01-01' }]).problems).toEqual([]);
    const four = load(['2024-01-01', '2024-01-02', '2024-01-03'], [{ date: '9999-01-01' }]);
    expect(four.problems).toMatchObject([{ id: 'x1', field: 'date' }]);
  });
});
