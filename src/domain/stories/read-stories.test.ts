import { describe, expect, it } from 'vitest';

import { describeProblem, type DataProblem } from '@/domain/events/types';
import { makeDataset, rawEvent } from '@/testing/make-event';
import { parseUrlState, serializeUrlState } from '@/url/url-schema';

import { MAX_VIEW_PROBLEMS } from './read-step-view';
import { readStories } from './read-stories';
import { MAX_STEPS, MAX_STORIES } from './story-schema';

const dataset = makeDataset([
  rawEvent({ id: 'talks', date: '2024-01-10', category: 'diplomacy', actors: ['Oman', 'Iran'] }),
  rawEvent({ id: 'strikes', date: '2024-01-12', category: 'strikes', actors: ['United States'] }),
]);

const step = (overrides: Record<string, unknown> = {}) => ({
  title: 'The talks',
  text: 'Envoys *met* in Muscat.',
  view: 'from=2024-01-01&to=2024-01-31',
  ...overrides,
});

const story = (overrides: Record<string, unknown> = {}) => ({
  id: 'road-to-muscat',
  title: 'The road to Muscat',
  steps: [step()],
  ...overrides,
});

const described = (problems: DataProblem[]) =>
  problems.map((p) => `${p.severity === 'error' ? 'Skipped' : 'Warning'} ${describeProblem(p)}`);

describe('readStories', () => {
  it('reads a good story as written, with nothing to report', () => {
    const { stories, problems } = readStories(
      [
        story({
          summary: 'From the first contacts to the talks.',
          steps: [
            step({ events: ['talks'] }),
            step({ title: 'The strikes', text: '', view: 'event=strikes&map=5/15/45' }),
          ],
        }),
      ],
      dataset,
    );
    expect(problems).toEqual([]);
    expect(stories).toEqual([
      {
        id: 'road-to-muscat',
        title: 'The road to Muscat',
        summary: 'From the first contacts to the talks.',
        steps: [
          {
            title: 'The talks',
            text: 'Envoys *met* in Muscat.',
            view: 'from=2024-01-01&to=2024-01-31',
            events: ['talks'],
          },
          { title: 'The strikes', text: '', view: 'event=strikes&map=5/15/45', events: [] },
        ],
      },
    ]);
  });

  it('has no stories, and nothing to say, when the file has none', () => {
    expect(readStories(undefined, dataset)).toEqual({ stories: [], problems: [] });
  });

  it('keeps a view as the link Chronomap writes for it: keys in order, defaults left out', () => {
    const { stories, problems } = readStories(
      [
        story({
          steps: [
            step({ view: 'to=2024-01-31&lanes=category&from=2024-01-01&cat=strikes,diplomacy' }),
            step({ view: '?event=talks&q=oman' }),
            step({ view: 'https://example.org/chronomap/?map=5/20/50&event=talks#ignored' }),
            step({ view: '' }),
          ],
        }),
      ],
      dataset,
    );
    expect(problems).toEqual([]);
    expect(stories[0]?.steps.map((s) => s.view)).toEqual([
      'from=2024-01-01&to=2024-01-31&cat=strikes,diplomacy',
      'q=oman&event=talks',
      'event=talks&map=5/20/50',
      '',
    ]);
  });

  it('keeps views that read back as themselves', () => {
    const views = [
      'from=2024-01-01T06:00Z&to=2024-01-31&mode=cumulative&actor=Oman,Iran&t=2023-12-01/2024-02-29',
      'q=a%20%26%20b&event=talks&lanes=actor&speed=month&play=1&inview=1',
      'cat=',
    ];
    const { stories, problems } = readStories(
      [story({ steps: views.map((view) => step({ view })) })],
      dataset,
    );
    expect(problems).toEqual([]);
    for (const { view } of stories[0]!.steps) {
      expect(serializeUrlState(parseUrlState(view).state)).toBe(view);
    }
    expect(stories[0]!.steps[2]!.view).toBe('cat=');
  });

  it('leaves out of a view what a step may not hold, what is invalid and what the data lacks', () => {
    const { stories, problems } = readStories(
      [
        story({
          steps: [
            step({
              view: 'data=https://evil.example/x.json&story=other&step=3&embed=1&from=2024-01-01&map=5/20/50',
            }),
            step({ view: 'from=2024-13-40&to=2024-01-31&lanes=sideways&colour=red' }),
            step({ view: 'cat=strikes,nothing&actor=Nobody&event=gone' }),
          ],
        }),
      ],
      dataset,
    );
    expect(described(problems)).toEqual([
      'Warning file: stories[0] "road-to-muscat" step 1 view: data is not allowed in a step\'s view (a step shows the dataset it is in); left out',
      'Warning file: stories[0] "road-to-muscat" step 1 view: story is not allowed in a step\'s view (a step is already in its story); left out',
      'Warning file: stories[0] "road-to-muscat" step 1 view: step is not allowed in a step\'s view (a step is already in its story); left out',
      'Warning file: stories[0] "road-to-muscat" step 1 view: embed is not allowed in a step\'s view (the page stays as its reader has it); left out',
      'Warning file: stories[0] "road-to-muscat" step 2 view: "colour" is not a key of a Chronomap link; left out',
      'Warning file: stories[0] "road-to-muscat" step 2 view: from "2024-13-40" is not a date (use YYYY-MM-DD); left out',
      'Warning file: stories[0] "road-to-muscat" step 2 view: lanes "sideways" is not category, actor or country; left out',
      'Warning file: stories[0] "road-to-muscat" step 3 view: no category "nothing" in this dataset; left out',
      'Warning file: stories[0] "road-to-muscat" step 3 view: no actor "Nobody" in this dataset; left out',
      'Warning file: stories[0] "road-to-muscat" step 3 view: no event "gone" in this dataset; left out',
    ]);
    expect(stories[0]?.steps.map((s) => s.view)).toEqual([
      'from=2024-01-01&map=5/20/50',
      'to=2024-01-31',
      'cat=strikes',
    ]);
  });

  it('reports at most a few problems of one view, however many it repeats', () => {
    const view = Array.from({ length: 50 }, (_, i) => `from=x${i}`).join('&');
    const { stories, problems } = readStories([story({ steps: [step({ view })] })], dataset);
    expect(problems).toHaveLength(MAX_VIEW_PROBLEMS);
    expect(problems.at(-1)?.message).toBe('view: 41 more parts it cannot use; left out');
    expect(stories[0]?.steps[0]?.view).toBe('');
  });

  it("keeps a step's events the dataset has, each once, and reports the others", () => {
    const { stories, problems } = readStories(
      [
        story({
          steps: [
            step({ events: ['talks', 'gone', 'talks', 'strikes', 'missing'] }),
            step({ events: ['talks', 7, ''] }),
            step({ events: 'talks' }),
          ],
        }),
      ],
      dataset,
    );
    expect(described(problems)).toEqual([
      'Warning file: stories[0] "road-to-muscat" step 1 events: no event "gone", "missing" in this dataset; left out',
      'Warning file: stories[0] "road-to-muscat" step 2 events[1] must be text, got 7 (and 1 other bad entry); left out',
      'Warning file: stories[0] "road-to-muscat" step 3 events must be a list of event ids, got "talks"; left out',
    ]);
    expect(stories[0]?.steps.map((s) => s.events)).toEqual([['talks', 'strikes'], ['talks'], []]);
  });

  it('skips a bad step, says why, and loads the rest of its story', () => {
    const { stories, problems } = readStories(
      [
        story({
          steps: [
            'not a step',
            step({ title: '' }),
            step({ view: 42 }),
            step({ title: 'Kept', text: undefined }),
          ],
        }),
      ],
      dataset,
    );
    expect(described(problems)).toEqual([
      'Skipped file: stories[0] "road-to-muscat" step 1 is not an object; this step was skipped',
      'Skipped file: stories[0] "road-to-muscat" step 2 title is empty; this step was skipped',
      'Skipped file: stories[0] "road-to-muscat" step 3 view must be a link\'s query string, got 42; this step was skipped',
    ]);
    expect(stories[0]?.steps).toEqual([
      { title: 'Kept', text: '', view: 'from=2024-01-01&to=2024-01-31', events: [] },
    ]);
  });

  it('skips a bad story, says why, and loads the others', () => {
    const { stories, problems } = readStories(
      [
        'a story?',
        story({ id: undefined }),
        story({ title: '' }),
        story({ id: 'no-steps', steps: undefined }),
        story({ id: 'empty', steps: [] }),
        story({ id: 'all-bad', steps: [null, step({ title: 7 })] }),
        story({ id: 'listless', steps: { title: 'x' } }),
        story({ title: 'The first of its id' }),
        story({ title: 'The second of its id' }),
      ],
      dataset,
    );
    expect(described(problems)).toEqual([
      'Skipped file: stories[0] is not an object; this story was skipped',
      'Skipped file: stories[1] id is missing; this story was skipped',
      'Skipped file: stories[2] "road-to-muscat" title is empty; this story was skipped',
      'Skipped file: stories[3] "no-steps" steps is missing; this story was skipped',
      'Skipped file: stories[4] "empty" steps is empty; this story was skipped',
      'Skipped file: stories[5] "all-bad" step 1 is not an object; this step was skipped',
      'Skipped file: stories[5] "all-bad" step 2 title must be text, got 7; this step was skipped',
      'Skipped file: stories[5] "all-bad" has no step that could load; this story was skipped',
      'Skipped file: stories[6] "listless" steps must be a list of steps, got an object; this story was skipped',
      'Skipped file: stories[8] "road-to-muscat" id "road-to-muscat" is already used by stories[7]; this story was skipped',
    ]);
    expect(stories.map((s) => s.title)).toEqual(['The first of its id']);
  });

  it('loads a story without a summary it cannot use', () => {
    const { stories, problems } = readStories([story({ summary: ['not', 'text'] })], dataset);
    expect(described(problems)).toEqual([
      'Warning file: stories[0] "road-to-muscat" summary must be text, got a list; left out',
    ]);
    expect(stories[0]).not.toHaveProperty('summary');
    expect(stories[0]?.steps).toHaveLength(1);
  });

  it('refuses stories that are not a list', () => {
    const { stories, problems } = readStories({ id: 'x' }, dataset);
    expect(stories).toEqual([]);
    expect(described(problems)).toEqual([
      'Skipped file: stories must be a list of stories, got an object; none loaded',
    ]);
  });

  it('reads a story id with a broken character as one a link can carry', () => {
    const { stories, problems } = readStories([story({ id: 'tour\uD800' })], dataset);
    expect(stories[0]?.id).toBe('tour\uFFFD');
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
  });

  it(`reads the first ${MAX_STORIES} stories and ${MAX_STEPS} steps of each, and says so`, () => {
    const many = Array.from({ length: MAX_STORIES + 5 }, (_, i) =>
      story({ id: `s${i}`, steps: Array.from({ length: MAX_STEPS + 1 }, () => step()) }),
    );
    const { stories, problems } = readStories(many, dataset);
    expect(stories).toHaveLength(MAX_STORIES);
    expect(stories[0]?.steps).toHaveLength(MAX_STEPS);
    expect(problems[0]).toEqual({
      record: 0,
      field: 'stories',
      message: `has ${MAX_STORIES + 5} stories, more than the ${MAX_STORIES} Chronomap reads; the first ${MAX_STORIES} loaded`,
      severity: 'warning',
    });
    expect(describeProblem(problems[1]!)).toBe(
      `file: stories[0] "s0" has ${MAX_STEPS + 1} steps, more than the ${MAX_STEPS} Chronomap reads; the first ${MAX_STEPS} loaded`,
    );
    expect(problems).toHaveLength(1 + MAX_STORIES);
  });
});
