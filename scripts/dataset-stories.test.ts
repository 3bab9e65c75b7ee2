import { describe, expect, it } from 'vitest';

import { parseIsoDate } from '@/domain/events/dates';
import { STEP_VIEW_EXCLUDED_KEYS } from '@/domain/stories/types';
import { URL_PARAMS } from '@/url/url-params';

import { dateSpan, EXCLUDED_VIEW_KEYS, lintStories, VIEW_KEYS } from './dataset-stories.mjs';

const events = [
  {
    id: 'talks',
    date: '2024-01-10',
    category: 'diplomacy',
    actors: ['Oman', 'Iran'],
    sources: [{ url: 'https://example.org/talks' }],
  },
  { id: 'strikes', date: '2024-01-12T02:30+03:00', category: 'strikes', actors: ['Houthis'] },
];
const categories = [{ id: 'diplomacy' }, { id: 'strikes' }];
const storyOf = (step: Record<string, unknown>) => [
  {
    id: 'tour',
    title: 'A tour',
    steps: [{ title: 'One', text: 'Some words.', view: '', events: [], ...step }],
  },
];
const lint = (step: Record<string, unknown>) => lintStories(storyOf(step), events, categories);

describe('the story checks', () => {
  it('pass a step whose names exist and whose events its view shows', () => {
    expect(
      lint({
        view: 'from=2024-01-10&to=2024-01-11&cat=diplomacy,strikes&actor=Oman,Houthis&event=talks&map=5/20/50',
        events: ['talks', 'strikes'],
        text: 'See [the report](https://example.org/talks).',
      }),
    ).toEqual({ problems: [], warnings: [] });
  });

  it('report a step naming an unknown event, category or actor', () => {
    expect(
      lint({ view: 'cat=maritime&actor=Ansarallah&event=nowhere', events: ['talks', 'gone'] })
        .problems,
    ).toEqual([
      'story tour step 1: view cat "maritime" is not a category',
      'story tour step 1: view actor "Ansarallah" is no event\'s actor',
      'story tour step 1: view event "nowhere" is not an event',
      'story tour step 1: names "gone", not an event',
    ]);
  });

  it('report a view holding an excluded or unknown key, or a window that ends before it starts', () => {
    expect(
      lint({
        view: 'data=https://example.org/x.json&story=tour&zoom=4&from=2024-02-01&to=2024-01-31',
      }).problems,
    ).toEqual([
      'story tour step 1: view holds "data", which a step may not',
      'story tour step 1: view holds "story", which a step may not',
      'story tour step 1: view has an unknown key "zoom"',
      'story tour step 1: view from 2024-02-01 is after to 2024-01-31',
    ]);
    // The same day is a whole day's window, not an empty one.
    expect(lint({ view: 'from=2024-01-10&to=2024-01-10' }).problems).toEqual([]);
  });

  it('warn of a step about events its window or its filters hide, the selected one too', () => {
    // The strikes began on 11 January in UTC (02:30 on the 12th in Sanaa).
    expect(
      lint({ view: 'from=2024-01-12&to=2024-01-31&event=strikes', events: ['talks'] }).warnings,
    ).toEqual([
      'story tour step 1: talks is outside its window',
      'story tour step 1: strikes is outside its window',
    ]);
    expect(lint({ view: 'cat=strikes&actor=Oman', events: ['talks', 'strikes'] }).warnings).toEqual(
      [
        'story tour step 1: talks is hidden by its cat filter',
        'story tour step 1: strikes is hidden by its actor filter',
      ],
    );
    // Cumulative: everything from the start of the data up to `to`.
    expect(
      lint({ view: 'from=2024-01-11&to=2024-01-31&mode=cumulative', events: ['talks'] }),
    ).toEqual({ problems: [], warnings: [] });
  });

  it('report links to anything but the dataset’s own sources, and stories without id, title or steps', () => {
    expect(lint({ text: '[x](https://elsewhere.example/)' }).problems).toEqual([
      "story tour step 1: text links to https://elsewhere.example/, not one of the dataset's sources",
    ]);
    expect(
      lintStories(
        [
          { title: ' ', steps: [] },
          { id: 'a', title: 'A', steps: [{}] },
          { id: 'a', title: 'A', steps: [] },
        ],
        events,
        categories,
      ).problems,
    ).toEqual([
      'stories[0]: id is missing',
      'stories[0]: title is missing',
      'stories[0]: has no steps',
      'story a step 1: title is missing',
      'story a step 1: text is missing',
      'story a step 1: view is missing',
      'story a step 1: events is not a list of event ids',
      "story a: id is also an earlier story's",
      'story a: has no steps',
    ]);
    expect(lintStories(undefined, events, categories)).toEqual({ problems: [], warnings: [] });
  });

  it('know the keys a link has and the ones a step may not hold, as the app does', () => {
    expect([...VIEW_KEYS, ...EXCLUDED_VIEW_KEYS].sort()).toEqual(
      URL_PARAMS.map((param) => param.key).sort(),
    );
    expect(EXCLUDED_VIEW_KEYS).toEqual([...STEP_VIEW_EXCLUDED_KEYS]);
  });

  it('read a date’s span as the app does', () => {
    for (const text of [
      '2024-01-10',
      '2024-02',
      '2023',
      '2024-01-12T02:30+03:00',
      '2024-01-11T03:30Z',
    ]) {
      const app = parseIsoDate(text);
      expect(dateSpan(text), text).toEqual({ start: app?.start, end: app?.end });
    }
  });
});
