import type { TimeWindow } from '@/domain/events/time-window';

import type { TimelineGeometry } from './geometry';
import type { TimeScale } from './time-scale';
import type { PlotPoint } from './timeline-dom';
import type { ViewMarks } from './view-marks';

/** What the timeline puts on `window.chronomap.timeline`: where things are on screen, read-only. */
export interface TimelineAutomation {
  /** The visible domain in UTC ms. */
  visibleDomain: () => [number, number];
  /** Client coordinates of a time on the histogram strip. */
  pointAt: (ms: number) => PlotPoint;
  /** Client coordinates of a time in the middle of a lane. */
  lanePointAt: (ms: number, lane: number) => PlotPoint;
  /** Client coordinates of a point on the date axis (the pan handle). */
  axisPointAt: (ms: number) => PlotPoint;
  /**
   * Client coordinates of an event's mark, or null when it is not drawn as a mark. Also null
   * while a draw is pending: the marks laid out for the last frame (other lanes, another zoom)
   * are about to move, and a click aimed at them would miss.
   */
  markPosition: (id: string) => PlotPoint | null;
  window: () => TimeWindow | null;
  /** Client x of the plot's two edges: marks outside them are hidden. */
  plotEdges: () => [number, number];
}

export interface AutomationSource {
  scale: () => TimeScale;
  geometry: () => TimelineGeometry;
  /** The marks as last drawn, or null while a new draw is pending. */
  drawnView: () => ViewMarks | null;
  window: () => TimeWindow | null;
  clientPoint: (x: number, y: number) => PlotPoint;
}

export function createTimelineAutomation(source: AutomationSource): TimelineAutomation {
  const { clientPoint: client, scale, geometry } = source;
  const at = (ms: number, y: number) => client(scale()(ms), y);
  return {
    visibleDomain: () => {
      const [a, b] = scale().domain();
      return [Number(a), Number(b)];
    },
    pointAt: (ms) => {
      const g = geometry();
      return at(ms, g.histogram.top + g.histogram.height / 2);
    },
    lanePointAt: (ms, lane) => {
      const g = geometry();
      return at(ms, g.lanes.top + (lane + 0.5) * g.lanes.height);
    },
    axisPointAt: (ms) => {
      const g = geometry();
      return at(ms, g.axis.top + g.axis.height / 2);
    },
    markPosition: (id) => {
      const view = source.drawnView();
      if (view?.kind !== 'marks') return null;
      const { layout } = view;
      const i = layout.events.findIndex((event) => event.id === id);
      if (i < 0) return null;
      return client((layout.x[i] as number) + (layout.w[i] as number) / 2, layout.y[i] as number);
    },
    window: source.window,
    plotEdges: () => {
      const g = geometry();
      return [client(g.left, 0).x, client(g.right, 0).x];
    },
  };
}

declare module '@/utils/automation' {
  interface ChronomapAutomation {
    timeline: TimelineAutomation;
  }
}
