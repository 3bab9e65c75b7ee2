import { describe, expect, it } from 'vitest';

import {
  sourceUrlProblems,
  statedTimeProblems,
  wideHalos,
  writtenClockProblems,
} from './dataset-rules.mjs';

const aden = { lat: 12.8, lon: 45.03, timezone: 'Asia/Aden' };

describe('the stated-time rule', () => {
  it('wants a date-time when the summary gives a clock time', () => {
    expect(
      statedTimeProblems({ date: '2024-01-12', summary: 'From about 02:30 Sanaa time, strikes…' }),
    ).toEqual(['summary states 02:30 Sanaa time but the date "2024-01-12" has no time']);
    expect(
      statedTimeProblems({
        date: '2024-01-12T02:30+03:00',
        summary: 'At 02:30 Sanaa time…',
        location: aden,
      }),
    ).toEqual([]);
  });

  it('reads GMT and EST as fixed clocks and "Sanaa time" on the place’s clock', () => {
    expect(
      statedTimeProblems({ date: '2023-12-12T00:00+03:00', summary: 'at about 21:00 GMT' }),
    ).toEqual([]);
    expect(
      statedTimeProblems({ date: '2023-12-12T00:00+03:00', summary: 'at about 16:00 EST' }),
    ).toEqual([]);
    expect(
      statedTimeProblems({ date: '2023-12-12T00:00+03:00', summary: 'at about 22:00 GMT' }),
    ).toEqual(['summary states 22:00 GMT but the date is 21:00 GMT']);
    expect(
      statedTimeProblems({
        date: '2024-01-11T23:30Z',
        summary: 'from 02:30 Sanaa time',
        location: aden,
      }),
    ).toEqual([]);
    expect(
      statedTimeProblems({
        date: '2024-01-11T23:30Z',
        summary: 'from 03:30 Sanaa time',
        location: aden,
      }),
    ).toHaveLength(1);
  });

  it('does not let "midnight" stand in for a time', () => {
    expect(
      statedTimeProblems({ date: '2024-02-04', summary: 'Just after midnight a drone…' }),
    ).toHaveLength(1);
  });

  it('wants date-times written on the place’s clock or in UTC', () => {
    expect(writtenClockProblems({ date: '2024-01-12T02:30+03:00', location: aden })).toEqual([]);
    expect(writtenClockProblems({ date: '2024-01-11T23:30Z', location: aden })).toEqual([]);
    expect(writtenClockProblems({ date: '2024-01-11T18:30-05:00', location: aden })).toHaveLength(
      1,
    );
  });
});

describe('source addresses', () => {
  it('refuse staging hosts, copies and tracking parameters, and keep a page’s own query', () => {
    expect(sourceUrlProblems('https://develop.reviewjournal.com/news/x')).toHaveLength(1);
    expect(sourceUrlProblems('https://dev-v4.freemalaysiatoday.com/category/x')).toHaveLength(1);
    expect(sourceUrlProblems('https://app.eesea.com/news/x')).toHaveLength(1);
    expect(sourceUrlProblems('https://www.smh.com.au/x.html?ref=rss&utm_source=rss_feed')).toEqual([
      'has tracking parameters (ref, utm_source): https://www.smh.com.au/x.html?ref=rss&utm_source=rss_feed',
    ]);
    expect(sourceUrlProblems('https://abcnews.go.com/International/story?id=104147141')).toEqual(
      [],
    );
    expect(sourceUrlProblems('https://www.devdiscourse.com/article/x')).toEqual([]);
  });
});

describe('wide halos', () => {
  it('counts halos of 500 km or more and names the widest, defaults included', () => {
    const events = [
      { id: 'red-sea', location: { lat: 19.8, lon: 38.1, precision: 'region', radiusKm: 980 } },
      { id: 'gulf', location: { lat: 13.5, lon: 47.6, precision: 'region', radiusKm: 500 } },
      { id: 'port', location: { lat: 12.8, lon: 45.0, precision: 'region' } },
      { id: 'statement' },
    ];
    expect(wideHalos(events)).toEqual({ count: 2, widest: { id: 'red-sea', km: 980 } });
    expect(wideHalos([events[2]!, events[3]!])).toEqual({
      count: 0,
      widest: { id: 'port', km: 150 },
    });
  });
});
