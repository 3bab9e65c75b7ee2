import { describe, expect, it } from 'vitest';

import { rawEvent } from '@/testing/make-event';

import { januaryView, timelineData } from './test-timeline-data';
import { chooseViewMarks, markPositions, memoViewMarks } from './view-marks';

const data = timelineData([
  rawEvent({ id: 'a', date: '2024-01-05', category: 'diplomacy' }),
  rawEvent({ id: 'b', date: '2024-01-10', category: 'maritime' }),
  rawEvent({ id: 'c', date: '2024-01-20', category: 'strikes' }),
  rawEvent({ id: 'later', date: '2024-03-01', category: 'strikes' }),
]);
const frame = { ...januaryView(), data };

describe('chooseViewMarks', () => {
  it('draws a mark for each event in view, and none for those outside it', () => {
    const view = chooseViewMarks(frame);
    expect(view.kind).toBe('marks');
    if (view.kind !== 'marks') return;
    expect(view.layout.events.map((event) => event.id).sort()).toEqual(['a', 'b', 'c']);
  });

  it('switches to density once more events are in view than the marks allow', () => {
    expect(chooseViewMarks(frame, 3).kind).toBe('marks');
    const view = chooseViewMarks(frame, 2);
    expect(view.kind).toBe('density');
    if (view.kind !== 'density') return;
    expect(view.bins.counts.reduce((sum, count) => sum + count, 0)).toBe(3);
  });
});

describe('memoViewMarks', () => {
  it('reuses the marks while the data and the view stay, and lays them out again when either moves', () => {
    const viewMarks = memoViewMarks();
    const first = viewMarks(frame);
    expect(viewMarks({ ...frame })).toBe(first);
    const panned = januaryView();
    panned.domain = [panned.domain[0] + 86_400_000, panned.domain[1] + 86_400_000];
    expect(viewMarks({ ...frame, domain: panned.domain })).not.toBe(first);
    const other = timelineData([rawEvent({ id: 'x', date: '2024-01-05' })]);
    expect(viewMarks({ ...frame, data: other })).not.toBe(first);
  });
});

describe('markPositions', () => {
  const b = data.events.find((event) => event.id === 'b')!;

  it('is where the event’s mark was laid out', () => {
    const view = chooseViewMarks(frame);
    if (view.kind !== 'marks') throw new Error('expected marks');
    const i = view.layout.events.indexOf(b);
    expect(markPositions(b, view, frame)).toEqual([{ x: view.layout.x[i], y: view.layout.y[i] }]);
  });

  it('without marks, is the middle of the event’s lane, over its day', () => {
    const [position] = markPositions(b, chooseViewMarks(frame, 0), frame);
    const lane = data.lanes.lanesOf(b)[0]!;
    const g = frame.geometry;
    expect(position!.y).toBe(g.lanes.top + (lane + 0.5) * g.lanes.height);
    const day = frame.scale(Date.UTC(2024, 0, 10));
    expect(position!.x).toBeGreaterThanOrEqual(day);
    expect(position!.x).toBeLessThanOrEqual(frame.scale(Date.UTC(2024, 0, 11)));
  });
});
