/**
 * Chronomap's own CSV as a person writes it by hand: numbers read strictly, lists, the formula
 * escape, and the dataset's title and categories (an export's round trip is export-lossless.test.ts).
 */
import { describe, expect, it } from 'vitest';

import { parseCsv } from './parse-csv';
import { describeProblem } from './types';

const csv = (...lines: string[]) => `${lines.join('\n')}\n`;

describe('numbers are read as decimals only', () => {
  it.each(['0x1A', '0b1010', '0o54', 'Infinity', '-Infinity', ' 0X1a '])(
    'lat %j, which JavaScript would read as a number: the row is reported and skipped; the others load',
    (cell) => {
      const { dataset, problems } = parseCsv(
        csv(
          'id,title,date,lat,lon',
          `bad,Bad,2024-01-10,"${cell}",45`,
          'good,Good,2024-01-11,12,45',
        ),
      );
      expect(dataset.events.map((event) => event.id)).toEqual(['good']);
      expect(problems.map((problem) => describeProblem(problem, 'row'))).toEqual([
        `row #1 "bad": location.lat ${JSON.stringify(cell.trim())} is not a decimal number`,
      ]);
    },
  );

  it.each(['12,5', 'NaN', 'about 12'])('lat %j is no number at all, as the schema says', (cell) => {
    const { dataset, problems } = parseCsv(
      csv('id,title,date,lat,lon', `bad,Bad,2024-01-10,"${cell}",45`, 'good,Good,2024-01-11,12,45'),
    );
    expect(dataset.events.map((event) => event.id)).toEqual(['good']);
    expect(problems.map((problem) => describeProblem(problem, 'row'))).toEqual([
      `row #1 "bad": location.lat must be a number, got ${JSON.stringify(cell)}`,
    ]);
  });

  it('checks every number field', () => {
    const { problems } = parseCsv(
      csv(
        'id,title,date,Latitude,lon,radius_km,killed,injured',
        'a,A,2024-01-10,1,0x2D,1,2,3',
        'b,B,2024-01-10,1,2,0o12,2,3',
        'c,C,2024-01-10,1,2,3,0b11,1e400',
      ),
    );
    expect(problems.map((problem) => describeProblem(problem, 'row'))).toEqual([
      'row #1 "a": location.lon "0x2D" is not a decimal number',
      'row #2 "b": location.radiusKm "0o12" is not a decimal number',
      'row #3 "c": casualties.killed "0b11" is not a decimal number',
      'row #3 "c": casualties.injured "1e400" is too large a number',
    ]);
  });

  it('still reports the row’s other problems', () => {
    const { problems } = parseCsv(csv('id,title,date,lat,lon', 'a,A,2024-13-40,0x1A,1'));
    expect(problems.map((problem) => problem.field)).toEqual(['location.lat', 'date']);
  });

  it('reads blanks around a number, exponents, and an empty cell as no value', () => {
    const { dataset, problems } = parseCsv(
      csv('id,title,date,lat,lon,killed', 'a,A,2024-01-10,  12.5 ,1e1,', 'b,B,2024-01-10,,,'),
    );
    expect(problems).toEqual([]);
    expect(dataset.byId.get('a')?.location).toMatchObject({ lat: 12.5, lon: 10 });
    expect(dataset.byId.get('a')?.casualties).toBeUndefined();
    expect(dataset.byId.get('b')?.location).toBeUndefined();
  });
});

describe('a sheet written by hand', () => {
  const { dataset, problems } = parseCsv(
    csv(
      'id,title,date,actors,related,source_url,source_title,summary',
      `a,'=A1,2024-01-10,"Smith; Jones;",b,"https://example.org/1;;https://example.org/3","One;Two;Three",'t Hooft`,
      `b,''quoted,2024-01-11,C:\\dir,"a:response-to; a:b",,,`,
    ),
  );

  it('loads, with a warning for the one link to no event', () => {
    expect(problems.map((problem) => describeProblem(problem, 'row'))).toEqual([
      'row #2 "b": related[1].id "a:b" is not an event in this dataset; link dropped',
    ]);
  });

  it('reads "A; B" as two actors and keeps a backslash', () => {
    expect(dataset.byId.get('a')?.actors).toEqual(['Smith', 'Jones']);
    expect(dataset.byId.get('b')?.actors).toEqual(['C:\\dir']);
  });

  it('takes off the apostrophe that made a formula text, and keeps one before text', () => {
    expect(dataset.byId.get('a')?.title).toBe('=A1');
    expect(dataset.byId.get('a')?.summary).toBe("'t Hooft");
    expect(dataset.byId.get('b')?.title).toBe("'quoted");
  });

  it('matches sources by position, empty places included', () => {
    expect(dataset.byId.get('a')?.sources).toEqual([
      { title: 'One', href: 'https://example.org/1' },
      { title: 'Two' },
      { title: 'Three', href: 'https://example.org/3' },
    ]);
  });

  it('reads related ids with or without a relation', () => {
    expect(dataset.byId.get('a')?.related).toEqual([{ id: 'b', relation: 'follow-up' }]);
    // "a:b" has no relation after its colon: the whole is an id, and no event has it.
    expect(dataset.byId.get('b')?.related).toEqual([{ id: 'a', relation: 'response-to' }]);
  });
});

describe('the dataset’s title and categories', () => {
  it('come from the first row that gives them, in the legend order it gives', () => {
    const { dataset, problems } = parseCsv(
      csv(
        'title,date,category,category_label,category_color,dataset_title,dataset_description,dataset_categories',
        'A,2024-01-10,strikes,Strikes,#009E73,My events,What they are,maritime;strikes',
        'B,2024-01-11,maritime,Attacks on shipping,#D55E00,,,',
        'C,2024-01-12,other,,,,,',
      ),
    );
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('My events');
    expect(dataset.description).toBe('What they are');
    expect(dataset.categories).toEqual([
      { id: 'maritime', label: 'Attacks on shipping', color: '#D55E00' },
      { id: 'strikes', label: 'Strikes', color: '#009E73' },
      { id: 'other', label: 'Other', color: expect.stringMatching(/^#/) },
    ]);
  });

  it('reports a colour that is none, and derives one', () => {
    const { dataset, problems } = parseCsv(
      csv('title,date,category,category_color', 'A,2024-01-10,strikes,red'),
    );
    expect(problems.map((problem) => describeProblem(problem, 'row'))).toEqual([
      'row #1 "event-1": category_color "red" must be a colour like #0072B2; a colour is derived from the id',
    ]);
    expect(dataset.categories[0]?.color).toMatch(/^#[0-9A-F]{6}$/i);
  });

  it('are not declared by a sheet without those columns: no warnings for its categories', () => {
    const { dataset, problems } = parseCsv(csv('title,date,category', 'A,2024-01-10,strikes'));
    expect(problems).toEqual([]);
    expect(dataset.categories.map((category) => category.id)).toEqual(['strikes']);
  });
});
