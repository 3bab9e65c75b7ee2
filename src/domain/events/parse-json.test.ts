import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import { describe, expect, it } from 'vitest';

import { rawEvent, TEST_CATEGORIES } from '@/testing/make-event';

import { parseChronomapJson } from './parse-json';
import { describeProblem } from './types';

describe('parseChronomapJson', () => {
  it("reads the file's stories against its events, their problems before the records'", () => {
    const { dataset, problems } = parseChronomapJson({
      categories: TEST_CATEGORIES,
      events: [rawEvent({ id: 'talks' }), rawEvent({ id: 'bad', date: 'soon' })],
      stories: [
        {
          id: 'tour',
          title: 'A tour',
          steps: [
            { title: 'The talks', text: '', view: 'event=talks', events: ['talks', 'bad'] },
            { title: 'Elsewhere', text: '', view: 'data=https://example.org/other.json' },
          ],
        },
      ],
    });
    expect(dataset.stories).toEqual([
      {
        id: 'tour',
        title: 'A tour',
        steps: [
          { title: 'The talks', text: '', view: 'event=talks', events: ['talks'] },
          { title: 'Elsewhere', text: '', view: '', events: [] },
        ],
      },
    ]);
    expect(problems.map((p) => describeProblem(p))).toEqual([
      'file: stories[0] "tour" step 1 events: no event "bad" in this dataset; left out',
      'file: stories[0] "tour" step 2 view: data is not allowed in a step\'s view (a step shows the dataset it is in); left out',
      'event #2 "bad": date "soon" is not a valid date (use YYYY-MM-DD, YYYY-MM or an ISO date-time)',
    ]);
  });

  it('has no stories when the file has none, or is a bare list of events', () => {
    expect(parseChronomapJson({ events: [rawEvent()] }).dataset.stories).toEqual([]);
    expect(parseChronomapJson([rawEvent()]).dataset.stories).toEqual([]);
  });

  it("reads the example of docs/data-format.md's Stories as it says, with nothing to report", () => {
    const doc = readFileSync(
      fileURLToPath(new URL('../../../docs/data-format.md', import.meta.url)),
      'utf8',
    );
    const section = doc.slice(doc.indexOf('## Stories'));
    const example = /```json\n([\s\S]*?)\n```/.exec(section)?.[1] ?? '';
    const { dataset, problems } = parseChronomapJson(JSON.parse(example));
    expect(problems).toEqual([]);
    expect(dataset.stories.map((story) => story.steps.length)).toEqual([1]);
  });

  it('keeps its stories through the hand-over from the dataset worker (a structured clone)', () => {
    const { dataset } = parseChronomapJson({
      events: [rawEvent({ id: 'talks' })],
      stories: [{ id: 'tour', title: 'A tour', steps: [{ title: 'Talks', view: 'event=talks' }] }],
    });
    // As dataset-worker.ts posts it: everything but the events and their index.
    const { events: _events, byId: _byId, ...header } = dataset;
    expect(structuredClone(header).stories).toEqual(dataset.stories);
  });
});
