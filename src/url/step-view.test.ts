import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { STEP_VIEW_EXCLUDED_KEYS } from '@/domain/stories/types';
import { createAppStore } from '@/store/app-store';

import { stepViewOf } from './step-view';
import { parseUrlState } from './url-schema';

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** A store whose data came by link and which is telling a story in an embed: all excluded. */
function storeTellingByLink() {
  const store = createAppStore();
  store.setState({
    load: {
      status: 'ready',
      source: { kind: 'url', url: 'https://example.org/x.csv', read: 'date:d;title:t' },
    },
    story: { id: 'road', step: 3 },
    embed: true,
  });
  return store;
}

describe('stepViewOf', () => {
  it('is the view a link would carry: parsed back it gives the same window, filters, selection and camera', () => {
    const store = storeTellingByLink();
    store.setState({
      window: { start: day('2024-01-01'), end: day('2024-02-01') },
      mode: 'cumulative',
      categories: ['maritime', 'strikes'],
      actors: ['Houthis'],
      query: ' tanker ',
      selectedId: 'f02',
      camera: { zoom: 5.5, lat: 16.4, lon: 42.1 },
      lanes: 'actor',
    });
    const view = stepViewOf(store.getState());
    expect(parseUrlState(view)).toEqual({
      state: {
        from: day('2024-01-01'),
        to: day('2024-02-01'),
        mode: 'cumulative',
        categories: ['maritime', 'strikes'],
        actors: ['Houthis'],
        query: 'tanker',
        event: 'f02',
        camera: { zoom: 5.5, lat: 16.4, lon: 42.1 },
        lanes: 'actor',
      },
      ignored: [],
    });
  });

  it('is empty for a view nobody has narrowed, even in a story told by link in an embed', () => {
    expect(stepViewOf(storeTellingByLink().getState())).toBe('');
  });

  it('never holds the data, its reading, the story, the step or the page', () => {
    fc.assert(
      fc.property(
        fc.record({
          selectedId: fc.option(fc.string({ minLength: 1, maxLength: 8 }), { nil: null }),
          query: fc.string({ maxLength: 8 }),
          step: fc.integer({ min: 1, max: 20 }),
          embed: fc.boolean(),
        }),
        ({ selectedId, query, step, embed }) => {
          const store = storeTellingByLink();
          store.setState({ selectedId, query, story: { id: 'road', step }, embed });
          const keys = [...new URLSearchParams(stepViewOf(store.getState())).keys()];
          for (const key of STEP_VIEW_EXCLUDED_KEYS) expect(keys).not.toContain(key);
        },
      ),
    );
  });
});
