import { describe, expect, it } from 'vitest';

import { createAppStore } from '@/store/app-store';

import { DISCRETE_KEYS, URL_PARAMS } from './url-params';
import { serializeUrlState } from './url-schema';
import { urlStateOf } from './url-state';

describe('the link parameters', () => {
  it('write their keys in the contract order, whatever order the state lists them in', () => {
    expect(URL_PARAMS.map((p) => p.key)).toEqual([
      'data',
      'read',
      'story',
      'step',
      'from',
      'to',
      'mode',
      'cat',
      'actor',
      'q',
      'event',
      'map',
      't',
      'lanes',
      'speed',
      'play',
      'inview',
      'embed',
    ]);
    expect(
      serializeUrlState({ embed: true, lanes: 'actor', query: 'x', data: 'a.json', from: 0 }),
    ).toBe('data=a.json&from=1970-01-01&q=x&lanes=actor&embed=1');
  });

  it('make a step for the Back button of every change but moves and scrubbing', () => {
    expect(URL_PARAMS.filter((p) => !DISCRETE_KEYS.includes(p.key)).map((p) => p.key)).toEqual([
      'from',
      'to',
      'map',
      't',
    ]);
  });

  it('leave the whole view out of the link until someone changes it', () => {
    expect(serializeUrlState(urlStateOf(createAppStore().getState()))).toBe('');
  });

  it('are each in the link once a value other than the default is set', () => {
    const store = createAppStore();
    store.setState({ speed: 'day', lanes: 'country', mode: 'cumulative', playing: true });
    expect(serializeUrlState(urlStateOf(store.getState()))).toBe(
      'mode=cumulative&lanes=country&speed=day&play=1',
    );
  });
});
