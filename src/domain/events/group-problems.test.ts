import { describe, expect, it } from 'vitest';

import { groupProblems, problemsOf, summariseRecords } from './group-problems';
import type { DataProblem } from './types';

const error = (record: number, field: string, message: string): DataProblem => ({
  record,
  field,
  message,
  severity: 'error',
});
const warning = (record: number, field: string, message: string): DataProblem => ({
  ...error(record, field, message),
  severity: 'warning',
});

describe('groupProblems', () => {
  it('groups the same field and message over many records, records ascending', () => {
    const problems = [
      error(3, 'date', 'is missing'),
      error(3, 'sources', 'must be a list of sources'),
      error(1, 'date', 'is missing'),
      error(2, 'date', 'is missing'),
      error(2, 'date', 'is missing'),
    ];
    const groups = groupProblems(problems);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toMatchObject({
      severity: 'error',
      field: 'date',
      message: 'is missing',
      count: 4,
      records: [1, 2, 3],
      example: problems[0],
    });
    expect(groups[1]).toMatchObject({ field: 'sources', count: 1, records: [3] });
  });

  it('leaves list positions out of the field', () => {
    const groups = groupProblems([
      warning(1, 'sources[0].url', '"ftp://a" is not an http(s) link; shown as text'),
      warning(1, 'sources[3].url', '"ftp://b" is not an http(s) link; shown as text'),
      warning(4, 'sources[12].url', '"ftp://a" is not an http(s) link; shown as text'),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0]).toMatchObject({
      field: 'sources[].url',
      count: 3,
      records: [1, 4],
      message: '"…" is not an http(s) link; shown as text',
    });
    expect(groups[0]?.example.field).toBe('sources[0].url');
  });

  it('replaces only the values that differ, and keeps the message when none do', () => {
    const others = '(the other dates run from 2024-01-02 to 2024-04-12)';
    const [far] = groupProblems([
      warning(5, 'date', `"9999-01-10" is far from the rest ${others}; check the year`),
      warning(9, 'date', `"1024-01-10" is far from the rest ${others}; check the year`),
    ]);
    expect(far?.message).toBe(`"…" is far from the rest ${others}; check the year`);

    const [cells] = groupProblems([
      warning(2, '', 'has 3 cells but the header has 8; missing cells are empty'),
      warning(7, '', 'has 5 cells but the header has 8; missing cells are empty'),
    ]);
    expect(cells?.message).toBe('has … cells but the header has 8; missing cells are empty');

    const [same] = groupProblems([
      error(1, 'title', 'is too long (over 2,000 characters)'),
      error(2, 'title', 'is too long (over 2,000 characters)'),
    ]);
    expect(same?.message).toBe('is too long (over 2,000 characters)');
  });

  it('treats numbers, negative numbers and cut-short text as values, not colours or dates', () => {
    const groups = groupProblems([
      error(1, 'location.lat', 'must be a number, got "abc"'),
      error(2, 'location.lat', 'must be a number, got "a much longer text that was cut…'),
      error(3, 'casualties.killed', '-5 is negative'),
      error(4, 'casualties.killed', '12 is negative'),
      error(5, 'color', 'must be a colour like #0072B2'),
      error(6, 'id', '"a" is already used by record #2; this one was skipped'),
      error(7, 'id', '"b" is already used by record #4; this one was skipped'),
    ]);
    expect(groups.map((group) => [group.field, group.message, group.count])).toEqual([
      ['location.lat', 'must be a number, got "…"', 2],
      ['casualties.killed', '… is negative', 2],
      ['id', '"…" is already used by record #…; this one was skipped', 2],
      ['color', 'must be a colour like #0072B2', 1],
    ]);
  });

  it('keeps severities apart and puts the skipped ones first, then the largest', () => {
    const groups = groupProblems([
      warning(1, 'category', '"x" is not declared in the file; shown with a derived colour'),
      warning(2, 'category', '"y" is not declared in the file; shown with a derived colour'),
      warning(3, 'category', '"z" is not declared in the file; shown with a derived colour'),
      error(4, 'date', 'is missing'),
      error(5, 'title', 'is missing'),
      error(6, 'title', 'is missing'),
      warning(7, 'date', 'is missing'),
    ]);
    expect(groups.map((group) => `${group.severity} ${group.field} ${group.count}`)).toEqual([
      'error title 2',
      'error date 1',
      'warning category 3',
      'warning date 1',
    ]);
  });

  it('sorts records that came out of order (far-off dates are found after the rest)', () => {
    const [group] = groupProblems([
      warning(9, 'date', 'is odd'),
      warning(2, 'date', 'is odd'),
      warning(9, 'date', 'is odd'),
      warning(5, 'date', 'is odd'),
    ]);
    expect(group?.records).toEqual([2, 5, 9]);
    expect(group?.count).toBe(4);
  });

  it('returns nothing for no problems', () => {
    expect(groupProblems([])).toEqual([]);
  });

  it('groups a million problems into one group per kind', { timeout: 60_000 }, () => {
    const problems: DataProblem[] = [];
    for (let i = 1; i <= 500_000; i++) {
      problems.push(error(i, 'date', `"2024-13-${i % 90}" is not a valid date`));
      problems.push(warning(i, `sources[${i % 3}].url`, `"x:${i}" is not an http(s) link`));
    }
    const groups = groupProblems(problems);
    expect(groups.map((group) => [group.severity, group.count, group.records.length])).toEqual([
      ['error', 500_000, 500_000],
      ['warning', 500_000, 500_000],
    ]);
    expect(groups[0]?.message).toBe('"…" is not a valid date');
  });
});

describe('summariseRecords', () => {
  it('names up to max records and counts the rest', () => {
    expect(summariseRecords([3, 5, 9])).toBe('#3, #5, #9');
    expect(summariseRecords([3, 5, 9, 11], 3)).toBe('#3, #5, #9 … and 1 more');
    const many = Array.from({ length: 1_707 }, (_, i) => i + 1);
    expect(summariseRecords(many)).toBe('#1, #2, #3, #4, #5, #6, #7, #8 … and 1,699 more');
    expect(summariseRecords([])).toBe('');
  });
});

describe('problemsOf', () => {
  it("lists a group's own problems, in order, up to a number", () => {
    const problems = [
      error(1, 'sources[0].url', '"a" is bad'),
      error(1, 'date', 'is missing'),
      error(2, 'sources[4].url', '"b" is bad'),
      warning(3, 'sources[0].url', '"c" is bad'),
      error(5, 'sources[1].url', '"d" is bad'),
    ];
    const [links] = groupProblems(problems);
    expect(links?.count).toBe(3);
    expect(problemsOf(problems, links!, 500)).toEqual([problems[0], problems[2], problems[4]]);
    expect(problemsOf(problems, links!, 2)).toEqual([problems[0], problems[2]]);
  });
});
