/**
 * Rows read with a reading: what each cell gives, and what a row that cannot give it reports,
 * while the other rows load.
 */
import { describe, expect, it } from 'vitest';

import { buildDataset, SKIPPED_RECORD } from '../events/build-dataset';
import { MAX_TITLE_LENGTH } from '../events/schema';
import type { DataProblem } from '../events/types';

import { readingRecords } from './apply-reading';
import type { Reading, Table } from './types';

const table = (columns: string[], ...rows: string[][]): Table => ({
  columns,
  rows,
  totalRows: rows.length,
});

/** The raw records and problems of a table read with a reading. */
function records(source: Table, reading: Reading) {
  const problems: DataProblem[] = [];
  const out = [...readingRecords(source, reading, problems)];
  return { out, problems };
}

/** The events, as buildDataset makes them from the records. */
function events(source: Table, reading: Reading) {
  const { out, problems } = records(source, reading);
  const built = buildDataset({ categories: [] }, out);
  return { events: built.dataset.events, problems: [...problems, ...built.problems] };
}

describe('title patterns', () => {
  const sheet = table(
    ['date', 'actor1', 'actor2', 'place'],
    ['2024-01-10', 'Houthis', 'Navy', 'Red Sea'],
    ['2024-01-11', 'Houthis', '', 'Red Sea'],
    ['2024-01-12', '', 'Navy', ''],
  );

  it('drops an empty part with the text that joins it', () => {
    const { out } = records(sheet, { date: 'date', title: '{actor1} vs {actor2} in {place}' });
    expect(out.map((r) => (r === SKIPPED_RECORD ? r : r['title']))).toEqual([
      'Houthis vs Navy in Red Sea',
      'Houthis in Red Sea',
      'Navy',
    ]);
  });

  it('clips a title over the limit', () => {
    const long = 'x'.repeat(600);
    const { out, problems } = records(table(['d', 't'], ['2024-01-10', long]), {
      date: 'd',
      title: '{t}',
    });
    const title = (out[0] as Record<string, unknown>)['title'] as string;
    expect(title.length).toBe(MAX_TITLE_LENGTH);
    expect(title.endsWith('…')).toBe(true);
    expect(problems).toEqual([]);
  });

  it('clips an id, or a title, between characters, never inside an emoji', () => {
    const id = `${'x'.repeat(198)}😀😀`;
    const { events: read, problems } = events(table(['d', 'id'], ['2024-01-10', id]), {
      date: 'd',
      title: '{id}',
      id: 'id',
    });
    expect(read[0]?.id).toBe(`${'x'.repeat(198)}…`);
    expect(read[0]?.title).toBe(id);
    expect(problems).toEqual([]);
  });

  it('titles a row whose pattern is empty "Row N", with a warning', () => {
    const { events: read, problems } = events(
      table(['d', 't'], ['2024-01-10', 'A'], ['2024-01-11', '  ']),
      {
        date: 'd',
        title: '{t}',
      },
    );
    expect(read.map((e) => e.title)).toEqual(['A', 'Row 2']);
    expect(problems).toEqual([
      { record: 2, field: 'title', message: '{t} is empty; titled "Row 2"', severity: 'warning' },
    ]);
  });
});

describe('dates', () => {
  it('skips a row whose date cannot be read, naming the column and the value', () => {
    const sheet = table(
      ['Datum', 'Was'],
      ['10.01.2024', 'A'],
      ['31.02.2024', 'B'],
      ['gestern', 'C'],
      ['', 'D'],
      ['12.01.2024', 'E'],
    );
    const { events: read, problems } = events(sheet, {
      date: 'Datum',
      dateOrder: 'dmy',
      title: '{Was}',
    });
    expect(read.map((e) => [e.title, e.date])).toEqual([
      ['A', '2024-01-10'],
      ['E', '2024-01-12'],
    ]);
    expect(problems.map((p) => [p.record, p.field, p.severity])).toEqual([
      [2, 'date', 'error'],
      [3, 'date', 'error'],
      [4, 'date', 'error'],
    ]);
    expect(problems[0]?.message).toMatch(/^column "Datum": "31\.02\.2024" is not a date/);
    expect(problems[1]?.message).toMatch(/^column "Datum": "gestern" is not a date/);
    expect(problems[2]?.message).toBe('column "Datum": is empty');
  });

  it('reads an end date, and warns of one it cannot read', () => {
    const sheet = table(
      ['from', 'to', 't'],
      ['2024-01-10', '2024-01-12', 'A'],
      ['2024-01-10', 'soon', 'B'],
    );
    const { events: read, problems } = events(sheet, { date: 'from', endDate: 'to', title: '{t}' });
    expect(read.map((e) => e.endDate)).toEqual(['2024-01-12', undefined]);
    expect(problems).toEqual([
      expect.objectContaining({ record: 2, field: 'endDate', severity: 'warning' }),
    ]);
  });
});

describe('actors, sources, killed', () => {
  const sheet = table(
    ['date', 'title', 'actors', 'sources', 'killed'],
    [
      '2024-01-10',
      'A',
      'Houthis; Navy|Coast Guard ; Navy',
      'https://example.org/a; Reuters|https://example.org/b',
      '1,234',
    ],
    ['2024-01-11', 'B', '', '', 'unknown'],
    ['2024-01-12', 'C', 'Army', 'Local radio', '1 234'],
  );
  const reading: Reading = {
    date: 'date',
    title: '{title}',
    actors: ['actors'],
    sources: ['sources'],
    killed: 'killed',
  };

  it('splits actors on ; and |, once each', () => {
    const { events: read } = events(sheet, reading);
    expect(read.map((e) => e.actors)).toEqual([['Houthis', 'Navy', 'Coast Guard'], [], ['Army']]);
  });

  it('takes links as links and other text as publishers', () => {
    const { events: read } = events(sheet, reading);
    expect(read[0]?.sources).toEqual([
      { href: 'https://example.org/a' },
      { publisher: 'Reuters' },
      { href: 'https://example.org/b' },
    ]);
    expect(read[1]?.sources).toEqual([]);
    expect(read[2]?.sources).toEqual([{ publisher: 'Local radio' }]);
  });

  it('reads "1,234" and "1 234" as 1234 killed, and nothing from a word', () => {
    const { events: read } = events(sheet, reading);
    expect(read.map((e) => e.casualties)).toEqual([{ killed: 1234 }, undefined, { killed: 1234 }]);
  });
});

describe('categories of a known format', () => {
  it('names UCDP violence types and GDELT CAMEO roots', () => {
    const sheet = table(
      ['d', 't', 'c'],
      ['2024-01-10', 'A', '1'],
      ['2024-01-11', 'B', '3'],
      ['2024-01-12', 'C', '9'],
    );
    const ucdp = events(sheet, { format: 'ucdp', date: 'd', title: '{t}', category: 'c' });
    expect(ucdp.events.map((e) => e.category)).toEqual([
      'State-based conflict',
      'One-sided violence',
      '9',
    ]);
    const gdelt = events(sheet, { format: 'gdelt', date: 'd', title: '{t}', category: 'c' });
    expect(gdelt.events.map((e) => e.category)).toEqual([
      'Make public statement',
      'Express intent to cooperate',
      'Investigate',
    ]);
  });
});
