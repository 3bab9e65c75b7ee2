import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';

import { skippedRowsCsv, skippedRowsFileName, type SkippedRows } from './skipped-rows';
import type { DataProblem } from './types';

const problem = (
  record: number,
  field: string,
  message: string,
  severity: DataProblem['severity'] = 'error',
): DataProblem => ({ record, field, message, severity });

describe('skippedRowsCsv', () => {
  const skipped: SkippedRows = {
    columns: ['id', 'title', 'date'],
    rows: [
      { record: 2, cells: ['a', '=HYPERLINK("http://evil.example")', ''] },
      { record: 5, cells: ['b', 'Line one\nline two, with "quotes"', '2024-13-01'] },
    ],
  };
  const problems = [
    problem(1, 'sources[0].url', '"x" is not an http(s) link', 'warning'),
    problem(2, 'date', 'is missing'),
    problem(2, 'sources', 'must be a list of sources'),
    problem(5, 'date', '"2024-13-01" is not a valid date'),
  ];

  it("writes the cells exactly as they were, with each row's problems last", () => {
    const csv = skippedRowsCsv(skipped, problems);
    const parsed = Papa.parse<string[]>(csv).data;
    expect(parsed).toEqual([
      ['id', 'title', 'date', 'problem'],
      [
        'a',
        '=HYPERLINK("http://evil.example")',
        '',
        'date is missing; sources must be a list of sources',
      ],
      [
        'b',
        'Line one\nline two, with "quotes"',
        '2024-13-01',
        'date "2024-13-01" is not a valid date',
      ],
    ]);
    // Formula-looking cells are not prefixed: it is the user's own data.
    expect(csv).toContain('"=HYPERLINK(""http://evil.example"")"');
    expect(csv).not.toContain("'=");
  });

  it('keeps formula-like cells unescaped', () => {
    const csv = skippedRowsCsv(
      { columns: ['a', 'b', 'c', 'd'], rows: [{ record: 1, cells: ['=1+2', '+3', '-4', '@x'] }] },
      [],
    );
    expect(csv.split('\r\n')[1]).toBe('=1+2,+3,-4,@x,');
  });

  it('pads short rows so the problem column lines up, and avoids a "problem" column of the file', () => {
    const csv = skippedRowsCsv(
      {
        columns: ['id', 'problem'],
        rows: [
          { record: 3, cells: ['short'] },
          { record: 4, cells: ['long', 'x', 'extra'] },
        ],
      },
      [problem(3, 'title', 'is missing'), problem(4, '', 'has 3 cells', 'warning')],
    );
    expect(Papa.parse<string[]>(csv).data).toEqual([
      ['id', 'problem', '', 'problem 2'],
      ['short', '', '', 'title is missing'],
      ['long', 'x', 'extra', 'has 3 cells'],
    ]);
  });
});

describe('skippedRowsFileName', () => {
  it('makes a safe file name from the title', () => {
    expect(skippedRowsFileName('Conflict events 2024')).toBe(
      'Conflict-events-2024-skipped-rows.csv',
    );
    expect(skippedRowsFileName('a/b\\c:d*e?"f"<g>|h')).toBe('a-b-c-d-e-f-g-h-skipped-rows.csv');
    expect(skippedRowsFileName('../../etc/passwd')).toBe('etc-passwd-skipped-rows.csv');
    expect(skippedRowsFileName('Évènements à Genève')).toBe('Évènements-à-Genève-skipped-rows.csv');
    expect(skippedRowsFileName('many-bad.csv')).toBe('many-bad-skipped-rows.csv');
    expect(skippedRowsFileName('Places.GeoJSON')).toBe('Places-skipped-rows.csv');
    expect(skippedRowsFileName('')).toBe('dataset-skipped-rows.csv');
    expect(skippedRowsFileName('***')).toBe('dataset-skipped-rows.csv');
    expect(skippedRowsFileName('x'.repeat(200))).toBe(`${'x'.repeat(80)}-skipped-rows.csv`);
  });
});
