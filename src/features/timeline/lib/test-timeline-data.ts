import { DAY } from '@/domain/time/units';
import { makeDataset } from '@/testing/make-event';

import { computeGeometry } from './geometry';
import { buildLanes, categoryGroups } from './lanes';
import { createTimeScale } from './time-scale';
import type { TimelineData } from './timeline-frame';

/** Timeline data as the shell builds it, from raw event records (for tests). */
export function timelineData(records: Record<string, unknown>[]): TimelineData {
  const dataset = makeDataset(records);
  const groups = categoryGroups(dataset, null);
  return {
    events: dataset.events,
    starts: dataset.starts,
    maxSpan: dataset.maxSpan,
    categoryColors: new Map(dataset.categories.map((category) => [category.id, category.color])),
    categoryStarts: dataset.categoryStarts,
    groups,
    lanes: buildLanes('category', dataset, groups),
    extent: dataset.extent,
  };
}

/** A 1,000-pixel plot of January 2024 with three lanes: a day is 1000/31 px. */
export function januaryView() {
  const geometry = computeGeometry(1132, 200, 3);
  const domain: [number, number] = [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1) + 31 * DAY];
  const scale = createTimeScale(domain, [geometry.left, geometry.right]);
  return { geometry, domain, scale, finest: DAY };
}
