import { describe, expect, it } from 'vitest';

import { rawEvent } from '@/testing/make-event';

import { januaryView, timelineData } from './test-timeline-data';
import { buildFrame, type FrameInput } from './timeline-frame';

const data = timelineData([rawEvent({ id: 'a', date: '2024-01-05' })]);
const a = data.events[0]!;
const palette = { muted: '#666', stripe: '#eee', halo: '#fff', window: '#0001' };
const { scale, geometry, domain } = januaryView();
const window = { start: Date.UTC(2024, 0, 10), end: Date.UTC(2024, 0, 20) };
const input: FrameInput = {
  scale,
  geometry,
  data,
  window,
  mode: 'window',
  palette,
  finest: 86_400_000,
  fontFamily: 'serif',
  hovered: a,
  selected: a,
  marked: [a],
};

describe('buildFrame', () => {
  it('reads the visible domain off the scale, in ms', () => {
    expect(buildFrame(input).domain).toEqual(domain);
  });

  it('applies the window as set, or from the beginning of time in cumulative mode', () => {
    expect(buildFrame(input).effective).toEqual(window);
    const cumulative = buildFrame({ ...input, mode: 'cumulative' });
    expect(cumulative.window).toEqual(window);
    expect(cumulative.effective).toEqual({ start: -Infinity, end: window.end });
    expect(buildFrame({ ...input, window: null }).effective).toBeNull();
  });

  it('rings no event before there is data to draw it in', () => {
    const frame = buildFrame({ ...input, data: null });
    expect(frame.hovered).toBeNull();
    expect(frame.selected).toBeNull();
    expect(buildFrame(input).selected).toBe(a);
  });
});
