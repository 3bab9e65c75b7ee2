import { describe, expect, it } from 'vitest';

import { DAY } from '@/domain/time/units';

import { januaryView } from './test-timeline-data';
import { rootKeyAction, sliderState } from './window-slider';

const { geometry, scale } = januaryView();
const jan1 = Date.UTC(2024, 0, 1);
const extent: [number, number] = [jan1, jan1 + 60 * DAY];
const data = { extent } as Parameters<typeof sliderState>[0]['data'];

describe('sliderState', () => {
  it('sits over the window and reads it out as a range', () => {
    const window = { start: jan1 + 2 * DAY, end: jan1 + 5 * DAY };
    const state = sliderState({ geometry, scale, window, data });
    expect(state.box.left).toBeCloseTo(scale(window.start));
    expect(state.box.width).toBeCloseTo(scale(window.end) - scale(window.start));
    expect(state.box.top).toBe(geometry.histogram.top);
    expect(state.now).toBe(Math.floor(window.start / DAY));
    expect(state.min).toBe(Math.floor(extent[0] / DAY));
    expect(state.max).toBe(Math.floor(extent[1] / DAY));
    expect(state.text).toMatch(/ to /);
  });

  it('without a window, covers the plot and says how to start one', () => {
    const state = sliderState({ geometry, scale, window: null, data });
    expect(state.box.left).toBe(geometry.left);
    expect(state.box.width).toBe(geometry.right - geometry.left);
    expect(state.now).toBe(state.min);
    expect(state.text).toBe('All dates. Press an arrow key to start a window.');
  });
});

describe('rootKeyAction', () => {
  it('zooms with + and - anywhere on the timeline', () => {
    expect(rootKeyAction('+', true)).toBe('zoom-in');
    expect(rootKeyAction('=', false)).toBe('zoom-in');
    expect(rootKeyAction('-', false)).toBe('zoom-out');
  });

  it('steps through events with the arrows only on the timeline itself (the slider moves the window)', () => {
    expect(rootKeyAction('ArrowRight', true)).toBe('next');
    expect(rootKeyAction('ArrowLeft', true)).toBe('previous');
    expect(rootKeyAction('ArrowRight', false)).toBeNull();
    expect(rootKeyAction('a', true)).toBeNull();
  });
});
