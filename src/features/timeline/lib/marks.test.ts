import { describe, expect, it } from 'vitest';

import { DAY } from '@/domain/time/units';
import { makeDataset, rawEvent } from '@/testing/make-event';

import { binPlace } from './bins';
import { buildLanes } from './lanes';
import { hitTest, layoutMarks, MARK_RADIUS } from './marks';

const t0 = Date.UTC(2024, 0, 1);
const toX = (ms: number) => ((ms - t0) / DAY) * 10; // 10 px per day

describe('mark layout and hit-testing', () => {
  const dataset = makeDataset([
    rawEvent({ id: 'a', date: '2024-01-02', category: 'diplomacy' }),
    rawEvent({ id: 'b', date: '2024-01-02', category: 'diplomacy' }),
    rawEvent({ id: 'c', date: '2024-01-10', category: 'maritime', actors: ['Houthis', 'Iran'] }),
    rawEvent({ id: 'span', date: '2024-01-03', endDate: '2024-01-06', category: 'strikes' }),
  ]);
  const lanes = buildLanes('category', dataset);
  const geometry = { top: 0, height: 30, count: lanes.lanes.length };
  const layout = layoutMarks(dataset.events, toX, lanes.lanesOf, geometry);

  it('puts each event in its category lane', () => {
    expect(layout.count).toBe(4);
    const laneOf = (id: string) => layout.lane[layout.events.findIndex((e) => e.id === id)];
    expect(laneOf('a')).toBe(0);
    expect(laneOf('c')).toBe(1);
    expect(laneOf('span')).toBe(2);
  });

  it('stacks overlapping marks so each stays clickable', () => {
    const ia = layout.events.findIndex((e) => e.id === 'a');
    const ib = layout.events.findIndex((e) => e.id === 'b');
    expect(layout.x[ia]).toBe(layout.x[ib]);
    expect(Math.abs(layout.y[ia]! - layout.y[ib]!)).toBeGreaterThanOrEqual(2 * MARK_RADIUS);
    expect(hitTest(layout, layout.x[ia]!, layout.y[ia]!)?.id).toBe('a');
    expect(hitTest(layout, layout.x[ib]!, layout.y[ib]!)?.id).toBe('b');
  });

  it('draws spans as bars that can be hit anywhere along them', () => {
    const i = layout.events.findIndex((e) => e.id === 'span');
    expect(layout.w[i]).toBeCloseTo(40); // 3 to 6 Jan inclusive: four days at 10 px
    expect(hitTest(layout, layout.x[i]! + 35, layout.y[i]!)?.id).toBe('span');
  });

  it('misses empty space', () => {
    expect(hitTest(layout, 500, 5)).toBeNull();
  });

  it('draws an event in each of its actors’ lanes', () => {
    const byActor = buildLanes('actor', dataset);
    const c = dataset.byId.get('c')!;
    expect(byActor.lanesOf(c).map((i) => byActor.lanes[i]?.label)).toEqual(
      expect.arrayContaining(['Houthis', 'Iran']),
    );
  });

  it('stands a dot where the histogram counts it, given the bars’ place', () => {
    const hourly = Array.from({ length: 24 * 20 }, (_, i) => t0 + i * 3_600_000);
    const hourLayout = layoutMarks(dataset.events, toX, lanes.lanesOf, geometry, binPlace(hourly));
    const a = hourLayout.events.findIndex((e) => e.id === 'a');
    // 2 January, the first hour's middle: 1 day and half an hour in, at 10 px a day.
    expect(hourLayout.x[a]).toBeCloseTo(10 + 10 / 48);
    expect(layout.x[a]).toBeCloseTo(15); // without bars: the middle of the day
  });
});
