import { candidates } from '@/domain/events/event-set';
import type { ChronoEvent } from '@/domain/events/types';
import { formatEventDate } from '@/utils/time-format';

import type { TimelineGeometry } from './geometry';
import { hitTest } from './marks';
import type { TimeScale } from './time-scale';
import type { PlotPoint, TimelineDom } from './timeline-dom';
import type { TimelineData } from './timeline-frame';
import type { ViewMarks } from './view-marks';

/** How far (in px) from the pointer an event may start and still be the one pointed at, in density. */
const DENSITY_SLACK_PX = 3;

/**
 * In density there are no dots: the event of the lane under the point whose start is closest in
 * time to it, among those under the point (within a few pixels), or null.
 */
export function nearestEvent(
  data: Pick<TimelineData, 'events' | 'starts' | 'maxSpan' | 'lanes'>,
  scale: TimeScale,
  g: TimelineGeometry,
  { x, y }: PlotPoint,
): ChronoEvent | null {
  const lane = Math.floor((y - g.lanes.top) / g.lanes.height);
  if (lane < 0 || lane >= g.lanes.count || x < g.left || x > g.right) return null;
  const t = scale.invert(x).getTime();
  const slack = scale.invert(x + DENSITY_SLACK_PX).getTime() - t || 1;
  const { from, to } = candidates(data, { start: t - slack, end: t + slack });
  let best: ChronoEvent | null = null;
  for (let i = from; i < to; i++) {
    const event = data.events[i] as ChronoEvent;
    if (event.end < t - slack || !data.lanes.lanesOf(event).includes(lane)) continue;
    if (!best || Math.abs(event.start - t) < Math.abs(best.start - t)) best = event;
  }
  return best;
}

/** The event under a plot point: a mark's, or in density (or before any marks) the nearest. */
export function eventAt(
  view: ViewMarks | null,
  data: TimelineData | null,
  scale: TimeScale,
  g: TimelineGeometry,
  point: PlotPoint,
): ChronoEvent | null {
  if (view?.kind === 'marks') return hitTest(view.layout, point.x, point.y);
  return data ? nearestEvent(data, scale, g, point) : null;
}

export interface PointerHost {
  markAt: (pointer: { clientX: number; clientY: number }) => ChronoEvent | null;
  /** While brushing, the pointer is the brush's. */
  busy: () => boolean;
  geometry: () => TimelineGeometry;
  onHover: (id: string | null) => void;
}

/** Hovering the marks: the pointer cursor, the hovered event, and its tooltip. */
export class MarkPointer {
  constructor(
    private readonly dom: TimelineDom,
    private readonly host: PointerHost,
  ) {
    dom.svg.addEventListener('pointermove', this.handleMove);
    dom.svg.addEventListener('pointerleave', this.handleLeave);
  }

  hideTooltip() {
    this.dom.tooltip.hidden = true;
  }

  dispose() {
    this.dom.svg.removeEventListener('pointermove', this.handleMove);
    this.dom.svg.removeEventListener('pointerleave', this.handleLeave);
  }

  private handleMove = (event: PointerEvent) => {
    if (this.host.busy() || event.buttons) return;
    const mark = this.host.markAt(event);
    this.dom.svg.style.cursor = mark ? 'pointer' : '';
    this.host.onHover(mark?.id ?? null);
    if (mark) this.showTooltip(mark, event);
    else this.hideTooltip();
  };

  private handleLeave = () => {
    this.host.onHover(null);
    this.hideTooltip();
  };

  private showTooltip(event: ChronoEvent, pointer: MouseEvent) {
    const { tooltip } = this.dom;
    const { x, y } = this.dom.localPoint(pointer);
    tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = event.title;
    const meta = document.createElement('div');
    meta.className = 'timeline-tooltip-meta';
    meta.textContent =
      formatEventDate(event) + (event.location?.name ? ` · ${event.location.name}` : '');
    tooltip.append(title, meta);
    tooltip.hidden = false;
    const { width, height } = this.host.geometry();
    tooltip.style.left = `${Math.min(Math.max(8, x + 12), width - 280)}px`;
    tooltip.style.bottom = `${height - y + 12}px`;
  }
}
