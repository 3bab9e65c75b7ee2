import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import {
  escapeFormula,
  joinList,
  joinPositional,
  readDecimal,
  splitList,
  splitPositional,
  unescapeFormula,
} from './csv-cells';

describe('formula cells', () => {
  it('gives a spreadsheet text, never a formula', () => {
    expect(['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx', 'plain'].map(escapeFormula)).toEqual([
      "'=1+1",
      "'+1",
      "'-1",
      "'@SUM(A1)",
      "'\tx",
      "'\rx",
      'plain',
    ]);
  });

  it("escapes a leading apostrophe too, so one read back is the text's own", () => {
    expect(escapeFormula("'t Hooft")).toBe("''t Hooft");
    expect(unescapeFormula("''t Hooft")).toBe("'t Hooft");
    expect(escapeFormula("'=1")).toBe("''=1");
    expect(unescapeFormula("''=1")).toBe("'=1");
  });

  it('keeps an apostrophe a person typed before ordinary text', () => {
    expect(unescapeFormula("'t Hooft")).toBe("'t Hooft");
    expect(unescapeFormula("'")).toBe("'");
    expect(unescapeFormula("'=SUM(A1)")).toBe('=SUM(A1)');
  });

  it('reads back exactly what it wrote, for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(unescapeFormula(escapeFormula(text))).toBe(text);
      }),
      { numRuns: 300 },
    );
  });
});

describe('list cells', () => {
  it('reads a hand-written "A; B" as two items, and drops empty ones', () => {
    expect(splitList('Smith; Jones')).toEqual(['Smith', 'Jones']);
    expect(splitList(' A ;;B; ')).toEqual(['A', 'B']);
    expect(splitList('')).toEqual([]);
    expect(splitList(undefined)).toEqual([]);
  });

  it('writes a ";" inside an item as "\\;" and a backslash as "\\\\"', () => {
    expect(joinList(['Smith; Jones', 'X'])).toBe('Smith\\; Jones;X');
    expect(splitList('Smith\\; Jones;X')).toEqual(['Smith; Jones', 'X']);
    expect(joinList(['C:\\dir', 'a\\'])).toBe('C:\\\\dir;a\\\\');
    expect(splitList('C:\\\\dir;a\\\\')).toEqual(['C:\\dir', 'a\\']);
  });

  it('keeps a backslash a person typed before anything else', () => {
    expect(splitList('C:\\dir; D:\\x')).toEqual(['C:\\dir', 'D:\\x']);
  });

  it('keeps empty places in positional cells, and a cell of none has none', () => {
    expect(joinPositional(['u1', undefined, 'u3'])).toBe('u1;;u3');
    expect(joinPositional([undefined, undefined])).toBe('');
    expect(splitPositional('u1;;u3')).toEqual(['u1', '', 'u3']);
    expect(splitPositional(' ')).toEqual([]);
  });

  it('reads back the items it wrote, whatever they hold', () => {
    const item = fc
      .string({ unit: fc.constantFrom(';', '\\', ' ', 'a', ':', '"', '\n') })
      .map((text) => text.trim())
      .filter(Boolean);
    fc.assert(
      fc.property(fc.array(item, { maxLength: 5 }), (items) => {
        expect(splitList(joinList(items))).toEqual(items);
        expect(splitPositional(joinPositional(items))).toEqual(items);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readDecimal', () => {
  it.each([
    ['12.5', 12.5],
    ['  12.5 ', 12.5],
    ['-0.5', -0.5],
    ['+3', 3],
    ['.5', 0.5],
    ['5.', 5],
    ['1e3', 1000],
    ['1E-7', 1e-7],
  ])('reads %j as %d', (cell, value) => {
    expect(readDecimal(cell)).toBe(value);
  });

  it.each([
    '0x1A',
    '0b1010',
    '0o54',
    'Infinity',
    '-Infinity',
    'NaN',
    '12,5',
    '1 000',
    '',
    ' ',
    'e3',
    '1e',
    '--1',
    '1_000',
  ])('refuses %j', (cell) => {
    expect(readDecimal(cell)).toBeNull();
  });
});
