/**
 * What a proposal may not do: give one column two jobs, or make categories of a column with so
 * many distinct values that the legend and filters cannot hold them.
 */
import { describe, expect, it } from 'vitest';

import { FORMAT_FIXTURES, formatFixture } from './format-fixtures.test-support';
import { MAX_PROPOSED_CATEGORIES, proposeReading } from './propose-reading';
import { headTable } from './read-file';
import { csvTable, featureTable } from './table';
import { soleColumn } from './title-pattern';
import type { Reading, Table } from './types';

const propose = (...lines: string[]) => proposeReading(csvTable(`${lines.join('\n')}\n`));

/**
 * Every column a reading gives a job. A pattern of several columns shares them with the fields
 * (a known format's "{sub_event_type} — {location}" names the place column too), but a pattern
 * that is one column is that column's job.
 */
function jobs(reading: Reading): string[] {
  const single = [reading.date, reading.endDate, reading.time, reading.lat, reading.lon]
    .concat([reading.point, reading.place, reading.country, reading.category, reading.killed])
    .concat([reading.datePrecision, reading.placePrecision, reading.id])
    .concat([soleColumn(reading.title), reading.summary ? soleColumn(reading.summary) : undefined]);
  return [...single, ...(reading.actors ?? []), ...(reading.sources ?? [])].filter(
    (column): column is string => column !== undefined && column !== '',
  );
}

const duplicates = (list: string[]) => list.filter((item, i) => list.indexOf(item) !== i);

function fixtureHead(name: string): Table {
  const text = new TextDecoder().decode(formatFixture(name).bytes).replace(/^\uFEFF/, '');
  if (name.endsWith('.geojson')) {
    return featureTable((JSON.parse(text) as { features: unknown[] }).features, { head: true });
  }
  return headTable({ kind: 'csv', text });
}

describe('one column, one job', () => {
  it.each(FORMAT_FIXTURES)('in the proposal for %s', (name) => {
    expect(duplicates(jobs(proposeReading(fixtureHead(name)).reading))).toEqual([]);
  });

  it('in sheets of few columns', () => {
    const sheets = [
      propose('date,title,category', '2024-01-10,A,x', '2024-01-11,B,x', '2024-01-12,C,y'),
      propose(
        'date,description',
        `2024-01-10,${'A long account of what happened that day, with more detail than a title. '.repeat(3)}`,
        `2024-01-11,${'Another long account of a different day, with its own details and names. '.repeat(3)}`,
      ),
      propose(
        'Datum,Ereignis,Art,Ort',
        '10.01.2024,Demo,Demo,Berlin',
        '13.01.2024,Streik,Streik,Bonn',
      ),
    ];
    for (const { reading } of sheets) expect(duplicates(jobs(reading))).toEqual([]);
  });

  it('titles a sheet whose only text is its category with the date, as the last resort', () => {
    // A column's one job is the category here: its colours and filters are worth more than a
    // title, and a date is still a title the reader can read and change.
    const { reading } = propose(
      'date,type',
      '2024-01-10,protest',
      '2024-01-11,strike',
      '2024-01-12,protest',
    );
    expect(reading).toEqual({ date: 'date', title: '{date}', category: 'type' });
  });

  it('titles a sheet whose only text is long with it, and does not repeat it as the summary', () => {
    const long = (n: number) =>
      `Report ${n}: ${'a long account of what happened, with details. '.repeat(4)}`;
    const { reading } = propose(
      'date,description',
      `2024-01-10,${long(1)}`,
      `2024-01-11,${long(2)}`,
    );
    expect(reading.title).toBe('{description}');
    expect(reading.summary).toBeUndefined();
  });
});

describe('categories', () => {
  const rows = (count: number, type: (i: number) => string) =>
    Array.from(
      { length: count },
      (_, i) => `2024-01-${String((i % 28) + 1).padStart(2, '0')},Event ${i},${type(i)}`,
    );

  it('takes a named column of few values', () => {
    expect(
      propose('date,title,type', ...rows(300, (i) => ['a', 'b', 'c'][i % 3] ?? '')).reading
        .category,
    ).toBe('type');
  });

  it(`never takes a column with over ${MAX_PROPOSED_CATEGORIES} distinct values in the head`, () => {
    const { reading } = propose('date,title,type', ...rows(2_000, (i) => `kind ${i}`));
    expect(reading.category).toBeUndefined();
  });

  it('takes a column of few values over a free-text one of the same kind of name', () => {
    const lines = rows(1_000, (i) => `note ${i},${['riot', 'protest'][i % 2] ?? ''}`);
    const { reading } = propose('date,title,type,event type', ...lines);
    expect(reading.category).toBe('event type');
  });

  it('drops a known format’s category column when it has too many values', () => {
    const header =
      'event_id_cnty,event_date,time_precision,event_type,latitude,longitude,geo_precision,inter1';
    const lines = Array.from({ length: 700 }, (_, i) => `X${i},2024-01-01,1,type ${i},1,2,1,1`);
    const proposal = propose(header, ...lines);
    expect(proposal.format?.id).toBe('acled');
    expect(proposal.reading.category).toBeUndefined();
  });
});
