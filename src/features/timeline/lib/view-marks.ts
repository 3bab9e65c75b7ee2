import { candidates, inWindow } from '@/domain/events/event-set';
import type { ChronoEvent } from '@/domain/events/types';

import { binEdges, binPlace, chooseBinUnit, spanMiddle, type EventPlace } from './bins';
import { countInView, densityBins, type DensityBins } from './draw';
import type { TimelineGeometry } from './geometry';
import { layoutMarks, type MarkLayout } from './marks';
import { linearPositions } from './time-scale';
import type { TimelineFrame } from './timeline-frame';

/** Above this many visible marks the lanes show density instead of dots. */
export const MAX_MARKS = 4000;

/**
 * What the lanes show for the dates in view: a mark per event, or density when there are too
 * many. `place` is where an event sits: over the histogram bar that counts it.
 */
export type ViewMarks =
  | { kind: 'density'; bins: DensityBins; place: EventPlace }
  | { kind: 'marks'; layout: MarkLayout; place: EventPlace };

type ViewFrame = Pick<TimelineFrame, 'scale' | 'domain' | 'geometry' | 'finest'> & {
  data: NonNullable<TimelineFrame['data']>;
};

/** The histogram's bins for a domain; marks are placed by the same edges. */
export function binEdgesFor(
  domain: [number, number],
  geometry: TimelineGeometry,
  finest: number,
): number[] {
  return binEdges(domain, chooseBinUnit(domain, geometry.right - geometry.left, finest));
}

export function chooseViewMarks(frame: ViewFrame, maxMarks = MAX_MARKS): ViewMarks {
  const { data, domain, geometry: g, scale } = frame;
  const inView = { start: domain[0], end: domain[1] };
  const candidatesInView = candidates(data, inView);
  const place = binPlace(binEdgesFor(domain, g, frame.finest));
  if (countInView(data.events, candidatesInView, maxMarks) > maxMarks) {
    const toX = linearPositions(scale);
    const bins = densityBins(
      data.events,
      candidatesInView,
      toX,
      data.lanes.lanesOf,
      g.lanes.count,
      g,
      place,
    );
    return { kind: 'density', bins, place };
  }
  const visible = inWindow(data, inView);
  const layout = layoutMarks(visible, (ms) => scale(ms), data.lanes.lanesOf, g.lanes, place);
  return { kind: 'marks', layout, place };
}

/**
 * `chooseViewMarks`, remembered for the last data and view. The marks do not depend on the time
 * window or the selection, so scrubbing and hovering reuse them and only repaint.
 */
export function memoViewMarks(maxMarks = MAX_MARKS): (frame: ViewFrame) => ViewMarks {
  let last: { key: string; data: ViewFrame['data']; view: ViewMarks } | null = null;
  return (frame) => {
    const { domain, geometry: g } = frame;
    const key = [...domain, g.left, g.right, g.lanes.top, g.lanes.height, g.lanes.count].join();
    if (last?.data === frame.data && last.key === key) return last.view;
    const view = chooseViewMarks(frame, maxMarks);
    last = { key, data: frame.data, view };
    return view;
  };
}

/**
 * Where an event is drawn, in plot pixels: at each of its marks, or (in density, or when it has
 * no mark) in the middle of each of its lanes, over the bar that counts it.
 */
export function markPositions(
  event: ChronoEvent,
  view: ViewMarks | null,
  frame: Pick<TimelineFrame, 'scale' | 'geometry'> & { data: TimelineFrame['data'] },
): { x: number; y: number }[] {
  if (view?.kind === 'marks') {
    const { layout } = view;
    const positions: { x: number; y: number }[] = [];
    for (let i = 0; i < layout.count; i++) {
      if (layout.events[i] === event)
        positions.push({
          x: (layout.x[i] as number) + (layout.w[i] as number) / 2,
          y: layout.y[i] as number,
        });
    }
    if (positions.length) return positions;
  }
  const lanes = frame.data?.lanes.lanesOf(event) ?? [];
  const g = frame.geometry;
  const x = frame.scale((view?.place ?? spanMiddle)(event.start, event.end));
  return lanes.map((lane) => ({ x, y: g.lanes.top + (lane + 0.5) * g.lanes.height }));
}
