import { describe, expect, it } from 'vitest';

import { rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { buildDataset } from './build-dataset';
import { describeProblem } from './types';

const header = { title: 'Test', categories: TEST_CATEGORIES };

describe('buildDataset', () => {
  it('loads valid events sorted by date with a time index', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({ id: 'b', date: '2024-02-01' }),
      rawEvent({ id: 'a', date: '2024-01-01', endDate: '2024-01-03' }),
    ]);
    expect(problems).toEqual([]);
    expect(dataset.events.map((e) => e.id)).toEqual(['a', 'b']);
    expect([...dataset.starts]).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)]);
    expect(dataset.maxSpan).toBe(3 * 86_400_000);
    expect(dataset.extent).toEqual([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 2)]);
    expect(dataset.byId.get('a')?.index).toBe(0);
  });

  it("keeps each category's start times in date order, for the timeline's histogram", () => {
    const { dataset } = buildDataset(header, [
      rawEvent({ id: 'c', date: '2024-03-01', category: 'diplomacy' }),
      rawEvent({ id: 'a', date: '2024-01-01', category: 'maritime' }),
      rawEvent({ id: 'b', date: '2024-02-01', category: 'diplomacy' }),
    ]);
    expect([...(dataset.categoryStarts.get('diplomacy') ?? [])]).toEqual([
      Date.UTC(2024, 1, 1),
      Date.UTC(2024, 2, 1),
    ]);
    expect([...(dataset.categoryStarts.get('maritime') ?? [])]).toEqual([Date.UTC(2024, 0, 1)]);
  });

  it('skips a bad record, names it, and still loads every good one', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({ id: 'ok1' }),
      rawEvent({ id: 'abc', date: '2024-13-01' }),
      rawEvent({ id: 'ok2' }),
    ]);
    expect(dataset.events.map((e) => e.id)).toEqual(['ok1', 'ok2']);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #2 "abc": date "2024-13-01" is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)',
    ]);
  });

  it('reports each failing field of a record', () => {
    const { problems } = buildDataset(header, [
      rawEvent({ id: 'x', title: '', location: { lat: 123, lon: 0 } }),
    ]);
    expect(problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'title: is empty',
      'location.lat: 123 is out of range (latitude must be between -90 and 90)',
    ]);
  });

  it('skips duplicate ids after the first', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({ id: 'dup', title: 'First' }),
      rawEvent({ id: 'dup' }),
    ]);
    expect(dataset.events.map((e) => e.title)).toEqual(['First']);
    expect(describeProblem(problems[0]!)).toBe(
      'event #2 "dup": id "dup" is already used by record #1; this one was skipped',
    );
  });

  it('keeps only http(s) links and reports the rest as text', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({
        id: 'links',
        sources: [
          { title: 'ok', url: 'https://example.org/a' },
          { title: 'js', url: 'javascript:alert(1)' },
          { title: 'data', url: 'data:text/html,<script>alert(1)</script>' },
        ],
      }),
    ]);
    const sources = dataset.events[0]!.sources;
    expect(sources.map((s) => s.href ?? null)).toEqual(['https://example.org/a', null, null]);
    expect(sources[1]!.rawUrl).toBe('javascript:alert(1)');
    expect(problems.map((p) => [p.field, p.severity])).toEqual([
      ['sources[1].url', 'warning'],
      ['sources[2].url', 'warning'],
    ]);
  });

  it('derives undeclared categories with a stable colour', () => {
    const a = buildDataset(header, [rawEvent({ category: 'protests' })]);
    const b = buildDataset({ title: '', categories: [] }, [
      rawEvent({ category: 'other' }),
      rawEvent({ category: 'protests' }),
    ]);
    const colorA = a.dataset.categories.find((c) => c.id === 'protests')?.color;
    const colorB = b.dataset.categories.find((c) => c.id === 'protests')?.color;
    expect(colorA).toMatch(/^#[0-9A-F]{6}$/i);
    expect(colorA).toBe(colorB);
    expect(a.problems[0]?.message).toContain('not declared');
    expect(b.problems).toEqual([]);
  });

  it('treats text as text and ignores prototype keys', () => {
    const hostile = JSON.parse(
      '{"id":"h","title":"<img src=x onerror=alert(1)>","date":"2024-01-01","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}',
    ) as Record<string, unknown>;
    const { dataset } = buildDataset(header, [hostile]);
    expect(dataset.events[0]?.title).toBe('<img src=x onerror=alert(1)>');
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('drops related links to unknown events with a warning', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({ id: 'a', related: [{ id: 'missing', relation: 'follow-up' }] }),
    ]);
    expect(dataset.events[0]?.related).toEqual([]);
    expect(problems[0]?.field).toBe('related[0].id');
  });

  it('says so when an event links to itself', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({ id: 'a', related: [{ id: 'a', relation: 'follow-up' }] }),
    ]);
    expect(dataset.events[0]?.related).toEqual([]);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #1 "a": related[0].id "a" is this event itself; link dropped',
    ]);
  });

  it('never gives a record without an id an id another record has', () => {
    const unnamed = () => {
      const event = rawEvent();
      delete event['id'];
      return event;
    };
    const records = [
      unnamed(),
      unnamed(),
      rawEvent({ id: 'event-2' }),
      rawEvent({ id: 'event-1' }),
    ];
    records[1] = { ...records[1], endDate: '2023-01-01' };
    const { dataset, problems } = buildDataset(header, [...records, rawEvent({ id: 'event-1-2' })]);
    expect(dataset.events.map((e) => e.id).sort()).toEqual([
      'event-1',
      'event-1-2',
      'event-1-3',
      'event-2',
      'event-2-2',
    ]);
    expect(dataset.byId.get('event-1')?.record).toBe(4);
    expect(dataset.byId.get('event-1-3')?.record).toBe(1);
    // A problem reported before the record was named names it all the same.
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #2 "event-2-2": endDate "2023-01-01" is before date "2024-01-10"; ignored',
    ]);
  });

  it('gives the same generated ids every time the file loads', () => {
    const records = () => [
      { title: 'A', date: '2024-01-01' },
      { title: 'B', date: '2024-01-02' },
    ];
    const ids = () => buildDataset(header, records()).dataset.events.map((e) => e.id);
    expect(ids()).toEqual(['event-1', 'event-2']);
    expect(ids()).toEqual(ids());
  });

  it('mends a lone surrogate in a name that goes into links, and says where', () => {
    const { dataset, problems } = buildDataset({ title: '', categories: [{ id: 'cat\uD800' }] }, [
      rawEvent({
        id: 'bad\uDC00id',
        category: 'cat\uD800',
        actors: ['ok', 'act\uD83D'],
        related: [{ id: 'e-\uD800', relation: 'follow-up' }],
      }),
      rawEvent({ id: 'e-\uD800', title: 'Emoji 😀 stays whole', category: 'cat\uFFFD' }),
    ]);
    const event = dataset.byId.get('bad\uFFFDid');
    expect(event).toBeDefined();
    expect(() => encodeURIComponent(event?.id ?? '')).not.toThrow();
    expect(event?.category).toBe('cat\uFFFD');
    expect(dataset.categories.map((c) => c.id)).toEqual(['cat\uFFFD']);
    expect(event?.actors).toEqual(['ok', 'act\uFFFD']);
    expect(event?.related).toEqual([{ id: 'e-\uFFFD', relation: 'follow-up' }]);
    expect(dataset.byId.get('e-\uFFFD')?.title).toBe('Emoji 😀 stays whole');
    expect(problems.map((p) => `${describeProblem(p)} (${p.severity})`)).toEqual([
      'file: categories[0].id held a broken character (half of a UTF-16 surrogate pair); read as "cat\uFFFD" (warning)',
      'event #1 "bad\uFFFDid": id held a broken character (half of a UTF-16 surrogate pair); read as "bad\uFFFDid" (warning)',
      'event #1 "bad\uFFFDid": category held a broken character (half of a UTF-16 surrogate pair); read as "cat\uFFFD" (warning)',
      'event #1 "bad\uFFFDid": actors[1] held a broken character (half of a UTF-16 surrogate pair); read as "act\uFFFD" (warning)',
      'event #1 "bad\uFFFDid": related[0].id held a broken character (half of a UTF-16 surrogate pair); read as "e-\uFFFD" (warning)',
      'event #2 "e-\uFFFD": id held a broken character (half of a UTF-16 surrogate pair); read as "e-\uFFFD" (warning)',
    ]);
  });

  it('keeps casualties by party and drops a party or a count that says nothing', () => {
    const { dataset, problems } = buildDataset(header, [
      rawEvent({
        id: 'a',
        casualties: {
          killed: 3,
          byParty: [{ party: 'US forces', killed: 3, injured: 47 }, { party: 'Unknown side' }],
        },
      }),
      rawEvent({ id: 'b', casualties: { byParty: [{ party: 'Crew' }] } }),
    ]);
    expect(problems).toEqual([]);
    expect(dataset.byId.get('a')?.casualties).toEqual({
      killed: 3,
      byParty: [{ party: 'US forces', killed: 3, injured: 47 }],
    });
    expect(dataset.byId.get('b')?.casualties).toBeUndefined();
  });

  it('names a bad source kind and finds events by their sea', () => {
    const { dataset, problems } = buildDataset(header, [
      { ...rawEvent({ id: 'bad' }), sources: [{ title: 'T', kind: 'rumour' }] },
      rawEvent({
        id: 'ok',
        location: { lat: 14, lon: 42, precision: 'region', sea: 'Red Sea' },
        sources: [{ title: 'T', kind: 'claim' }],
      }),
    ]);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #1 "bad": sources[0].kind "rumour" is not one of primary, report, claim',
    ]);
    expect(dataset.byId.get('ok')?.sources[0]?.kind).toBe('claim');
    expect(dataset.byId.get('ok')?.searchText).toContain('red sea');
  });

  it('keeps events without a place', () => {
    const event = rawEvent({ id: 'noplace' });
    delete event['location'];
    const { dataset, problems } = buildDataset(header, [event]);
    expect(problems).toEqual([]);
    expect(dataset.events[0]?.location).toBeUndefined();
  });

  it('reports records that are not objects', () => {
    const { problems } = buildDataset(header, [42, null, 'text']);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'event #1: is not an object',
      'event #2: is not an object',
      'event #3: is not an object',
    ]);
  });
});
