import { describe, expect, it } from 'vitest';

import type { ChronoEvent } from '@/domain/events/types';

import { EventsById } from './events-by-id';

const event = (id: string) => ({ id, title: `Event ${id}` }) as ChronoEvent;

describe('EventsById', () => {
  it('finds an event in whichever batch it arrived', () => {
    const index = new EventsById();
    index.add([event('a'), event('b')]);
    index.add([event('c')]);
    index.add([]);
    expect(index.get('a')?.title).toBe('Event a');
    expect(index.get('c')?.title).toBe('Event c');
    expect(index.has('b')).toBe(true);
    expect(index.size).toBe(3);
  });

  it('answers nothing for an id no batch had', () => {
    const index = new EventsById();
    expect(index.get('a')).toBeUndefined();
    index.add([event('a')]);
    expect(index.has('x')).toBe(false);
    expect(index.get('')).toBeUndefined();
  });
});
