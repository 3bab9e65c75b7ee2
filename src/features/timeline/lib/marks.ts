import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';

import { spanMiddle, type EventPlace } from './bins';

export interface LaneGeometry {
  top: number;
  height: number;
  count: number;
}

export interface MarkLayout {
  count: number;
  x: Float32Array;
  y: Float32Array;
  /** Bar length in px for spans wide enough to show; 0 for a dot. */
  w: Float32Array;
  /** The event each mark draws. */
  events: ChronoEvent[];
  lane: Uint16Array;
}

export const MARK_RADIUS = 4;
const ROW_STEP = 2 * MARK_RADIUS + 1;
const MIN_BAR_PX = 6;

/**
 * Places visible events in their lanes. Marks that would overlap move to the next free row of
 * their lane, so each stays clickable; when a lane is full they share its last row. A dot sits
 * at `place` (pass the histogram's `binPlace`, so it stands over the bar that counts it).
 */
export function layoutMarks(
  events: readonly ChronoEvent[],
  toX: (ms: number) => number,
  lanesOf: (event: ChronoEvent) => readonly number[],
  lanes: LaneGeometry,
  place: EventPlace = spanMiddle,
): MarkLayout {
  const laneHeight = lanes.height;
  const rowsPerLane = Math.max(1, Math.floor((laneHeight - 2) / ROW_STEP));
  const rowEnds: Float64Array[] = Array.from({ length: lanes.count }, () =>
    new Float64Array(rowsPerLane).fill(-Infinity),
  );
  const capacity = events.length * 2;
  const x = new Float32Array(capacity);
  const y = new Float32Array(capacity);
  const w = new Float32Array(capacity);
  const lane = new Uint16Array(capacity);
  const out: ChronoEvent[] = [];
  let count = 0;
  for (const event of events) {
    const x0 = toX(event.start);
    const x1 = toX(event.end);
    // A single day is a dot at any zoom: only spans (endDate, a month) read as bars.
    const isBar = event.end - event.start > DAY && x1 - x0 >= MIN_BAR_PX;
    const cx = isBar ? x0 : toX(place(event.start, event.end));
    const left = isBar ? x0 : cx - MARK_RADIUS;
    const right = isBar ? x1 : cx + MARK_RADIUS;
    for (const laneIndex of lanesOf(event)) {
      const ends = rowEnds[laneIndex];
      if (!ends || count >= capacity) continue;
      let row = ends.findIndex((end) => end + 1 <= left);
      if (row < 0) row = rowsPerLane - 1;
      ends[row] = Math.max(ends[row] as number, right);
      // Rows fill from the lane's centre outwards: centre, above, below, further above…
      const centre = lanes.top + laneIndex * laneHeight + laneHeight / 2;
      const offset = ((row + 1) >> 1) * ROW_STEP * (row % 2 === 1 ? -1 : 1);
      x[count] = cx;
      y[count] = centre + offset;
      w[count] = isBar ? x1 - x0 : 0;
      lane[count] = laneIndex;
      out.push(event);
      count++;
    }
  }
  return { count, x, y, w, events: out, lane };
}

/** The mark nearest to (px, py) within `tolerance` pixels of its edge, or null. */
export function hitTest(
  layout: MarkLayout,
  px: number,
  py: number,
  tolerance = 3,
): ChronoEvent | null {
  let best = -1;
  let bestDistance = Infinity;
  for (let i = 0; i < layout.count; i++) {
    const mx = layout.x[i] as number;
    const my = layout.y[i] as number;
    const bar = layout.w[i] as number;
    const dx = bar > 0 ? Math.max(mx - px, 0, px - (mx + bar)) : Math.abs(mx - px);
    const dy = Math.abs(my - py);
    const distance = Math.hypot(dx, dy);
    const reach = (bar > 0 ? MARK_RADIUS - 1 : MARK_RADIUS) + tolerance;
    if (distance <= reach && distance < bestDistance) {
      best = i;
      bestDistance = distance;
    }
  }
  return best < 0 ? null : (layout.events[best] ?? null);
}
