import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { DatasetError } from './dataset-error';
import { detectFormat, parseDataset } from './parse-dataset';
import { describeProblem } from './types';

const fixture = (name: string) => {
  const buffer = readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
  return buffer.buffer.slice(
    buffer.byteOffset,
    buffer.byteOffset + buffer.byteLength,
  ) as ArrayBuffer;
};
const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const parse = (name: string) => parseDataset({ bytes: fixture(name), name });

describe('CSV', () => {
  it('reads one event per row, lists split on ";", quoted newlines kept', () => {
    const { dataset, problems, format } = parse('events.csv');
    expect(format).toBe('csv');
    expect(problems).toEqual([]);
    expect(dataset.title).toBe('events.csv');
    const tanker = dataset.byId.get('tanker')!;
    expect(tanker.title).toBe('Tanker hit, crew safe');
    expect(tanker.summary).toContain('\nNo one was hurt.');
    expect(tanker.sources).toEqual([
      { href: 'https://example.org/a', title: 'First report', publisher: 'Agency A' },
      { href: 'https://example.org/b', title: 'Second report', publisher: 'Agency B' },
    ]);
    expect(dataset.byId.get('talks')?.actors).toEqual(['Oman', 'Iran', 'United States']);
    expect(dataset.byId.get('noplace')?.location).toBeUndefined();
    expect(dataset.byId.get('operation')?.endDate).toBe('2024-02-04');
    expect(dataset.categories.map((c) => c.id)).toEqual(['diplomacy', 'maritime', 'strikes']);
  });

  it('reports bad rows by number and field, and loads every good row', () => {
    const { dataset, problems } = parse('partial-bad.csv');
    expect(dataset.events.map((e) => e.id)).toEqual(['ok1', 'short', 'formula', 'ok2']);
    expect(problems.map((p) => describeProblem(p, 'row'))).toEqual([
      'row #2 "baddate": date "2024-13-01" is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)',
      'row #3 "badlat": location.lat must be a number, got "abc"',
      'row #4 "short": has 3 cells but the header has 8; missing cells are empty, extra ones ignored',
      'row #5 "formula": sources[0].url "javascript:alert(1)" is not an http(s) link; shown as text',
    ]);
    expect(dataset.byId.get('ok2')?.title).toBe('Quoted, with "quotes"');
    expect(dataset.byId.get('formula')?.title).toBe('=HYPERLINK("http://evil.example")');
  });

  it('needs a title and a date column', () => {
    expect(() => parseDataset({ bytes: bytes('id,when\n1,2024-01-01\n'), name: 'x.csv' })).toThrow(
      /no title or date column/,
    );
  });
});

describe('GeoJSON', () => {
  it('takes the place from the geometry and the rest from the properties', () => {
    const { dataset, problems, format } = parse('events.geojson');
    expect(format).toBe('geojson');
    expect(dataset.title).toBe('GeoJSON fixture');
    expect(dataset.byId.get('g1')?.location).toMatchObject({
      lat: 12.7855,
      lon: 45.0187,
      name: 'Off Aden',
      precision: 'approximate',
    });
    expect(dataset.byId.get('g2')?.location).toBeUndefined();
    expect(dataset.byId.get('g3')?.location).toMatchObject({
      lat: 14,
      lon: 43,
      precision: 'region',
    });
    expect(dataset.byId.has('g4')).toBe(false);
    expect(problems.map((p) => describeProblem(p, 'feature'))).toEqual([
      'feature #3 "g3": geometry is a Polygon, not a Point; placed at the centre of its extent and marked as a region',
      'feature #4 "g4": location.lon 400 is out of range (longitude must be between -180 and 180)',
    ]);
  });
});

describe('whole-file errors', () => {
  const fails = (text: string, name = 'data.json') => {
    try {
      parseDataset({ bytes: bytes(text), name });
    } catch (error) {
      expect(error).toBeInstanceOf(DatasetError);
      return (error as Error).message;
    }
    throw new Error('expected a DatasetError');
  };

  it.each([
    ['', /is empty/],
    ['{"events": [', /not valid JSON/],
    ['{"title": "x"}', /no "events" list/],
    ['{"events": []}', /empty/],
    ['<!doctype html><html></html>', /web page/],
    ['<html><body>Not found</body></html>', /web page/],
    ['\n  <head><title>Moved</title></head>', /web page/],
    ['<!-- a comment --><html>', /web page/],
    ['<?xml version="1.0"?><rss/>', /web page or XML/],
    ['<svg xmlns="http://www.w3.org/2000/svg"/>', /web page or XML/],
    ['42', /not a dataset/],
  ])('%j is refused with a reason', (text, reason) => {
    expect(fails(text)).toMatch(reason);
  });

  it.each(['data.csv', 'data'])('refuses a web page named %j as one, not as a bad CSV', (name) => {
    expect(fails('  <head><title>x</title></head>', name)).toMatch(/web page/);
  });

  it('reads a CSV whose first cell only starts with "<" as a CSV', () => {
    const { dataset } = parseDataset({
      bytes: bytes('<3 notes,title,date\nfond,A title,2024-01-01\n'),
      name: 'x.csv',
    });
    expect(dataset.events.map((e) => e.title)).toEqual(['A title']);
  });

  it('refuses binary files', () => {
    expect(() =>
      parseDataset({ bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x80]).buffer, name: 'x.bin' }),
    ).toThrow(/not UTF-8/);
  });

  it('reads a UTF-8 BOM and a bare array of events', () => {
    const { dataset } = parseDataset({
      bytes: bytes('\uFEFF[{"id":"a","title":"A","date":"2024-01-01"}]'),
      name: 'list.json',
    });
    expect(dataset.events.map((e) => e.id)).toEqual(['a']);
  });
});

describe('detectFormat', () => {
  it('trusts the extension, then what the text looks like, over the content type', () => {
    expect(detectFormat('a.csv', 'application/json', '{')).toBe('csv');
    expect(detectFormat('data', 'text/csv', '{"events":[]}')).toBe('json');
    expect(detectFormat('data', null, '  [1]')).toBe('json');
    expect(detectFormat('data', 'text/plain', 'id,title')).toBe('csv');
    expect(detectFormat('data', 'application/json', 'id,title\n1,x')).toBe('csv');
  });
});
