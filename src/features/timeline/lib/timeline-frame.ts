import { effectiveWindow, type TimeWindow, type WindowMode } from '@/domain/events/time-window';
import type { ChronoEvent, EventSet } from '@/domain/events/types';

import type { Palette } from './draw';
import type { TimelineGeometry } from './geometry';
import type { CategoryGroups, LaneModel } from './lanes';
import type { TimeScale } from './time-scale';

/** The events passing the non-time filters (the store's base set), and how to draw them. */
export interface TimelineData extends EventSet {
  /** Every category's colour by id, for the marks. */
  categoryColors: ReadonlyMap<string, string>;
  /** The categories stacked in the histogram, the rest in one "other" stack. */
  groups: CategoryGroups;
  lanes: LaneModel;
  /** The whole dataset's [start, end]: the zoomed-out domain. */
  extent: [number, number] | null;
  /** The sorted starts of the events' most common categories (the store's, made once per set). */
  categoryStarts: ReadonlyMap<string, Float64Array>;
}

/** Everything one render draws from, built once per frame so every layer sees the same values. */
export interface TimelineFrame {
  scale: TimeScale;
  /** The scale's domain in UTC ms. */
  domain: [number, number];
  geometry: TimelineGeometry;
  data: TimelineData | null;
  /** The window as the user set it (what the brush and its labels show). */
  window: TimeWindow | null;
  /** The window as applied to the events: cumulative mode starts at the beginning of time. */
  effective: TimeWindow | null;
  palette: Palette;
  /** Shortest event span: histogram bins are never finer. */
  finest: number;
  fontFamily: string;
  hovered: ChronoEvent | null;
  selected: ChronoEvent | null;
  /** The events the story's step is about. */
  marked: readonly ChronoEvent[];
}

export interface FrameInput {
  scale: TimeScale;
  geometry: TimelineGeometry;
  data: TimelineData | null;
  window: TimeWindow | null;
  mode: WindowMode;
  palette: Palette;
  finest: number;
  fontFamily: string;
  hovered: ChronoEvent | null;
  selected: ChronoEvent | null;
  /** The events the story's step is about. */
  marked: readonly ChronoEvent[];
}

export function buildFrame({ mode, ...input }: FrameInput): TimelineFrame {
  const [d0, d1] = input.scale.domain();
  return {
    ...input,
    domain: [Number(d0), Number(d1)],
    effective: effectiveWindow(input.window, mode),
    // Rings are drawn only for events of the data on screen.
    hovered: input.data ? input.hovered : null,
    selected: input.data ? input.selected : null,
    marked: input.data ? input.marked : [],
  };
}
