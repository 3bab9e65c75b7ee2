import { describe, expect, it } from 'vitest';

import { rawEvent } from '@/testing/make-event';

import { createTimelineAutomation } from './timeline-automation';
import { januaryView, timelineData } from './test-timeline-data';
import { chooseViewMarks, type ViewMarks } from './view-marks';

const data = timelineData([rawEvent({ id: 'a', date: '2024-01-05' })]);
const { geometry, scale, domain, finest } = januaryView();
const marks = chooseViewMarks({ geometry, scale, domain, finest, data });
/** The plot's top-left corner is at (100, 50) on the page. */
const automation = (view: ViewMarks | null) =>
  createTimelineAutomation({
    scale: () => scale,
    geometry: () => geometry,
    drawnView: () => view,
    window: () => null,
    clientPoint: (x, y) => ({ x: 100 + x, y: 50 + y }),
  });

describe('the timeline automation', () => {
  it('gives page coordinates of times and of the plot’s edges', () => {
    const api = automation(marks);
    expect(api.visibleDomain()).toEqual(domain);
    expect(api.pointAt(domain[0]).x).toBeCloseTo(100 + geometry.left);
    expect(api.lanePointAt(domain[0], 0).y).toBe(
      50 + geometry.lanes.top + geometry.lanes.height / 2,
    );
    expect(api.plotEdges()).toEqual([100 + geometry.left, 100 + geometry.right]);
  });

  it('finds a drawn mark, and none while a draw is pending, in density, or for an unknown id', () => {
    if (marks.kind !== 'marks') throw new Error('expected marks');
    expect(automation(marks).markPosition('a')).toEqual({
      x: 100 + marks.layout.x[0]!,
      y: 50 + marks.layout.y[0]!,
    });
    expect(automation(marks).markPosition('nope')).toBeNull();
    expect(automation(null).markPosition('a')).toBeNull();
    const density = chooseViewMarks({ geometry, scale, domain, finest, data }, 0);
    expect(automation(density).markPosition('a')).toBeNull();
  });
});
