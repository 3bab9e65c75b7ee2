/** Where each part of the timeline sits, in CSS pixels of its plot area. */
export interface TimelineGeometry {
  width: number;
  height: number;
  left: number;
  right: number;
  histogram: { top: number; height: number };
  lanes: { top: number; height: number; count: number };
  axis: { top: number; height: number };
}

export const GUTTER = 132;
const RIGHT_MARGIN = 16;
const HISTOGRAM_HEIGHT = 40;
const AXIS_HEIGHT = 26;
const MIN_LANE = 12;
const MAX_LANE = 30;

export function computeGeometry(
  width: number,
  height: number,
  laneCount: number,
  compact = false,
  gutter = GUTTER,
): TimelineGeometry {
  const left = compact ? 8 : gutter;
  const right = Math.max(left + 10, width - RIGHT_MARGIN);
  const histogram = { top: 18, height: compact ? 32 : HISTOGRAM_HEIGHT };
  const lanesTop = histogram.top + histogram.height + 4;
  const available = Math.max(0, height - lanesTop - AXIS_HEIGHT);
  const count = Math.max(laneCount, 1);
  const laneHeight = Math.max(MIN_LANE, Math.min(MAX_LANE, available / count));
  const lanesHeight = laneHeight * count;
  return {
    width,
    height,
    left,
    right,
    histogram,
    lanes: { top: lanesTop, height: laneHeight, count },
    axis: { top: lanesTop + lanesHeight, height: AXIS_HEIGHT },
  };
}
