import { describe, expect, it } from 'vitest';

import { rawEvent } from '@/testing/make-event';

import { eventAt, nearestEvent } from './mark-pointer';
import { januaryView, timelineData } from './test-timeline-data';
import { chooseViewMarks } from './view-marks';

const data = timelineData([
  rawEvent({ id: 'early', date: '2024-01-05', category: 'diplomacy' }),
  rawEvent({ id: 'near', date: '2024-01-10', category: 'diplomacy' }),
  rawEvent({ id: 'other-lane', date: '2024-01-10', category: 'maritime' }),
  rawEvent({ id: 'long', date: '2024-01-02', endDate: '2024-01-25', category: 'strikes' }),
]);
const { geometry: g, scale, domain, finest } = januaryView();
const laneOf = (id: string) => data.lanes.lanesOf(data.events.find((e) => e.id === id)!)[0]!;
const laneY = (lane: number) => g.lanes.top + (lane + 0.5) * g.lanes.height;
const at = (iso: string, lane: number) => ({ x: scale(Date.parse(iso)), y: laneY(lane) });

describe('nearestEvent', () => {
  it('picks the event of the lane under the pointer that starts there', () => {
    const lane = laneOf('near');
    expect(nearestEvent(data, scale, g, at('2024-01-10T06:00Z', lane))?.id).toBe('near');
    expect(nearestEvent(data, scale, g, at('2024-01-10T06:00Z', laneOf('other-lane')))?.id).toBe(
      'other-lane',
    );
  });

  it('finds a long span under the pointer, though it began long before', () => {
    expect(nearestEvent(data, scale, g, at('2024-01-20T00:00Z', laneOf('long')))?.id).toBe('long');
  });

  it('finds nothing between events, below the lanes, or in the gutter', () => {
    const lane = laneOf('near');
    expect(nearestEvent(data, scale, g, at('2024-01-07T12:00Z', lane))).toBeNull();
    expect(
      nearestEvent(data, scale, g, { x: scale(Date.parse('2024-01-10')), y: g.axis.top + 5 }),
    ).toBeNull();
    expect(nearestEvent(data, scale, g, { x: g.left - 10, y: laneY(lane) })).toBeNull();
  });
});

describe('eventAt', () => {
  const frame = { geometry: g, scale, domain, finest, data };

  it('hits a mark where marks are drawn', () => {
    const view = chooseViewMarks(frame);
    if (view.kind !== 'marks') throw new Error('expected marks');
    const i = view.layout.events.findIndex((event) => event.id === 'early');
    const point = { x: view.layout.x[i]!, y: view.layout.y[i]! + 2 };
    expect(eventAt(view, data, scale, g, point)?.id).toBe('early');
  });

  it('in density, or before the first draw, falls back to the nearest event', () => {
    const point = at('2024-01-05T12:00Z', laneOf('early'));
    expect(eventAt(chooseViewMarks(frame, 0), data, scale, g, point)?.id).toBe('early');
    expect(eventAt(null, data, scale, g, point)?.id).toBe('early');
    expect(eventAt(null, null, scale, g, point)).toBeNull();
  });
});
