import type { WindowCandidates } from '@/domain/events/event-set';
import { overlaps, type TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent } from '@/domain/events/types';

import { spanMiddle, type EventPlace } from './bins';
import { MARK_RADIUS, type MarkLayout } from './marks';

export interface Palette {
  muted: string;
  stripe: string;
  halo: string;
  window: string;
}

export function readPalette(element: Element): Palette {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
  return {
    muted: read('--muted', '#6b6b6b'),
    stripe: read('--lane-stripe', 'rgba(0,0,0,0.035)'),
    halo: read('--surface', '#ffffff'),
    window: read('--window-fill', 'rgba(0,114,178,0.08)'),
  };
}

export interface HistogramData {
  edges: readonly number[];
  /** One count array per category, in legend order. */
  stacks: { color: string; counts: Uint32Array }[];
}

const FADED = 0.28;

export function drawHistogram(
  ctx: CanvasRenderingContext2D,
  data: HistogramData,
  toX: (ms: number) => number,
  area: { top: number; height: number; left: number; right: number },
  window: TimeWindow | null,
) {
  const bins = data.edges.length - 1;
  const totals = new Uint32Array(bins);
  for (const stack of data.stacks)
    for (let i = 0; i < bins; i++) totals[i] = (totals[i] ?? 0) + (stack.counts[i] ?? 0);
  const max = Math.max(1, ...totals);
  const unit = area.height / max;
  const baseline = area.top + area.height;
  for (let i = 0; i < bins; i++) {
    if (!totals[i]) continue;
    const start = data.edges[i] as number;
    const end = data.edges[i + 1] as number;
    const x0 = Math.max(toX(start), area.left);
    const x1 = Math.min(toX(end), area.right);
    if (x1 <= x0) continue;
    const width = Math.max(1, x1 - x0 - 1);
    ctx.globalAlpha = !window || overlaps({ start, end }, window) ? 1 : FADED;
    let y = baseline;
    for (const stack of data.stacks) {
      const count = stack.counts[i] ?? 0;
      if (!count) continue;
      const h = count * unit;
      ctx.fillStyle = stack.color;
      ctx.fillRect(x0, y - h, width, h);
      y -= h;
    }
  }
  ctx.globalAlpha = 1;
  return max;
}

export function drawLaneStripes(
  ctx: CanvasRenderingContext2D,
  lanes: { top: number; height: number; count: number },
  left: number,
  right: number,
  palette: Palette,
) {
  ctx.fillStyle = palette.stripe;
  for (let i = 0; i < lanes.count; i += 2)
    ctx.fillRect(left, lanes.top + i * lanes.height, right - left, lanes.height);
}

export function drawMarks(
  ctx: CanvasRenderingContext2D,
  layout: MarkLayout,
  colorOf: (event: ChronoEvent) => string,
  window: TimeWindow | null,
  palette: Palette,
) {
  const r = MARK_RADIUS;
  for (let i = 0; i < layout.count; i++) {
    const event = layout.events[i] as ChronoEvent;
    const x = layout.x[i] as number;
    const y = layout.y[i] as number;
    const bar = layout.w[i] as number;
    const color = colorOf(event);
    const approximate = event.datePrecision !== 'day';
    ctx.globalAlpha = !window || overlaps(event, window) ? 1 : FADED;
    ctx.fillStyle = color;
    ctx.strokeStyle = color;
    if (bar > 0) {
      ctx.beginPath();
      ctx.roundRect(x, y - r + 1, bar, 2 * r - 2, 3);
      if (approximate) {
        ctx.lineWidth = 1.5;
        ctx.stroke();
      } else ctx.fill();
      continue;
    }
    ctx.beginPath();
    ctx.arc(x, y, approximate ? r - 0.75 : r, 0, Math.PI * 2);
    if (approximate) {
      // Hollow with whiskers: the date is known only roughly.
      ctx.lineWidth = 1.5;
      ctx.stroke();
      ctx.beginPath();
      ctx.moveTo(x - r - 4, y);
      ctx.lineTo(x - r, y);
      ctx.moveTo(x + r, y);
      ctx.lineTo(x + r + 4, y);
      ctx.lineWidth = 1;
      ctx.stroke();
    } else {
      ctx.fill();
      ctx.lineWidth = 0.75;
      ctx.strokeStyle = palette.halo;
      ctx.stroke();
    }
  }
  ctx.globalAlpha = 1;
}

/** Events per pixel column and lane, with each column's time span, for the density view. */
export interface DensityBins {
  width: number;
  lanes: number;
  counts: Uint32Array;
  /** Earliest start and latest end of the events in each column and lane. */
  firstStart: Float64Array;
  lastEnd: Float64Array;
}

/** How many candidates are in view, counting only until there are more than `limit`. */
export function countInView(
  events: readonly ChronoEvent[],
  candidates: WindowCandidates,
  limit: number,
): number {
  let count = 0;
  for (let i = candidates.from; i < candidates.to && count <= limit; i++) {
    if ((events[i] as ChronoEvent).end > candidates.endsAfter) count++;
  }
  return count;
}

/**
 * Bins depend on the dates in view, not on the time window: they are computed once per view, so
 * moving the window only repaints. They read the candidates in place: with a million in view, a
 * copy of them cost as much as the binning. Each event counts in the column of its `place`.
 */
export function densityBins(
  events: readonly ChronoEvent[],
  candidates: WindowCandidates,
  toX: (ms: number) => number,
  lanesOf: (event: ChronoEvent) => readonly number[],
  laneCount: number,
  area: { left: number; right: number },
  place: EventPlace = spanMiddle,
): DensityBins {
  const width = Math.ceil(area.right - area.left) + 1;
  const cells = width * laneCount;
  const counts = new Uint32Array(cells);
  const firstStart = new Float64Array(cells).fill(Infinity);
  const lastEnd = new Float64Array(cells).fill(-Infinity);
  for (let i = candidates.from; i < candidates.to; i++) {
    const event = events[i] as ChronoEvent;
    if (event.end <= candidates.endsAfter) continue;
    const column = Math.round(toX(place(event.start, event.end)) - area.left);
    if (column < 0 || column >= width) continue;
    for (const lane of lanesOf(event)) {
      const cell = lane * width + column;
      counts[cell] = (counts[cell] ?? 0) + 1;
      if (event.start < (firstStart[cell] ?? Infinity)) firstStart[cell] = event.start;
      if (event.end > (lastEnd[cell] ?? -Infinity)) lastEnd[cell] = event.end;
    }
  }
  return { width, lanes: laneCount, counts, firstStart, lastEnd };
}

/** Many marks per pixel: draw how dense each lane is instead of overdrawing dots. */
export function drawDensity(
  ctx: CanvasRenderingContext2D,
  bins: DensityBins,
  lanes: { top: number; height: number },
  laneColor: (lane: number) => string,
  left: number,
  window: TimeWindow | null,
) {
  const { width, counts, firstStart, lastEnd } = bins;
  for (let lane = 0; lane < bins.lanes; lane++) {
    ctx.fillStyle = laneColor(lane);
    const top = lanes.top + lane * lanes.height + 3;
    const height = lanes.height - 6;
    for (let column = 0; column < width; column++) {
      const cell = lane * width + column;
      const count = counts[cell] ?? 0;
      if (!count) continue;
      const strength = Math.min(1, 0.25 + Math.log2(1 + count) / 6);
      // A column counts as inside when its span of events meets the window.
      const span = { start: firstStart[cell] ?? 0, end: lastEnd[cell] ?? 0 };
      const inside = !window || overlaps(span, window);
      ctx.globalAlpha = strength * (inside ? 1 : FADED);
      ctx.fillRect(left + column, top, 1, height);
    }
  }
  ctx.globalAlpha = 1;
}
