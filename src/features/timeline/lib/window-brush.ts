import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';

import type { TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent } from '@/domain/events/types';
import { DAY, HOUR } from '@/domain/time/units';

import type { TimelineGeometry } from './geometry';
import { pointOf, Press, TAP_SLOP_PX } from './press';
import { snapTime, type TimeScale } from './time-scale';
import type { PlotPoint } from './timeline-dom';

/** A selection narrower than this (in px) is a click, not a window. */
const MIN_SELECTION_PX = 2;

/**
 * The window a brush selection (in px) stands for, snapped to days or hours by the zoom. A moved
 * window keeps its length; a drawn one is at least one unit long.
 */
export function snapWindow(
  selection: [number, number],
  scale: TimeScale,
  plotWidth: number,
  current: TimeWindow | null,
  moving: boolean,
): TimeWindow {
  const [d0, d1] = scale.domain().map(Number) as [number, number];
  const msPerPixel = (d1 - d0) / plotWidth;
  const unit = msPerPixel > HOUR / 4 ? DAY : HOUR;
  let start = snapTime(scale.invert(selection[0]).getTime(), msPerPixel);
  let end = snapTime(scale.invert(selection[1]).getTime(), msPerPixel);
  if (moving && current) end = start + (current.end - current.start);
  if (end <= start) end = start + unit;
  if (!moving) start = Math.min(start, end - unit);
  return { start, end };
}

export interface BrushHost {
  /** The live scale, plot and window (not a frame's: a gesture runs between frames). */
  scale: () => TimeScale;
  geometry: () => TimelineGeometry;
  window: () => TimeWindow | null;
  markAt: (pointer: { clientX: number; clientY: number }) => ChronoEvent | null;
  localPoint: (pointer: MouseEvent) => PlotPoint;
  /** A press that stayed a tap, on this mark (or none). */
  onTap: (mark: ChronoEvent) => void;
  /** A press became a drag: it is about the window, not the mark it began on. */
  onDrag: () => void;
  onWindow: (window: TimeWindow | null, final: boolean) => void;
}

/** The time window as a d3 brush over the histogram and lanes. */
export class WindowBrush {
  private readonly group: Selection<SVGGElement, unknown, null, undefined>;
  private readonly brush: BrushBehavior<unknown>;
  private gesture = false;
  /** The press under way on the plot: a tap on a mark selects it, a drag moves the window. */
  private press: Press<ChronoEvent> | null = null;

  constructor(
    group: SVGGElement,
    private readonly svg: SVGSVGElement,
    private readonly host: BrushHost,
  ) {
    this.group = select(group);
    // Fingers need wider edges to grab than a mouse pointer does.
    const coarse = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
    this.brush = brushX<unknown>()
      .handleSize(coarse ? 28 : 12)
      .on('start brush end', this.handleBrush);
    this.group.call(this.brush);
    svg.addEventListener('dblclick', this.handleDoubleClick);
  }

  /** True while the user is brushing: the brush then shows what the pointer does, not the store. */
  get brushing(): boolean {
    return this.gesture;
  }

  setExtent(g: TimelineGeometry) {
    this.brush.extent([
      [g.left, g.histogram.top],
      [g.right, g.lanes.top + g.lanes.height * g.lanes.count],
    ]);
    this.group.call(this.brush);
  }

  /** Shows a window (moving the brush this way emits events without a source, ignored below). */
  show(window: TimeWindow | null, scale: TimeScale) {
    const selection: [number, number] | null = window
      ? [scale(window.start), scale(window.end)]
      : null;
    this.group.call(this.brush.move, selection);
  }

  dispose() {
    this.group.on('.brush', null);
    this.svg.removeEventListener('dblclick', this.handleDoubleClick);
  }

  private resync() {
    this.show(this.host.window(), this.host.scale());
  }

  private handleBrush = (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return; // our own brush.move
    const selection = event.selection as [number, number] | null;
    const final = event.type === 'end';
    this.gesture = !final;
    const source = event.sourceEvent as MouseEvent | TouchEvent;
    if (event.type === 'start') this.press = this.pressAt(source);
    const press = this.press;
    if (final) this.press = null;
    if (press && !isDrag(press, source)) {
      // Still a tap: the window stays where it was, and a tap on a mark selects it.
      this.resync();
      if (final && press.mark) this.host.onTap(press.mark);
      return;
    }
    this.host.onDrag();
    if (!selection || selection[1] - selection[0] < MIN_SELECTION_PX) {
      // A plain click on the lanes is not a request to drop the window: put it back.
      if (final) {
        this.resync();
        this.host.onWindow(this.host.window(), true);
      }
      return;
    }
    const g = this.host.geometry();
    const moving = (event as unknown as { mode?: string }).mode === 'drag';
    const window = snapWindow(
      selection,
      this.host.scale(),
      g.right - g.left,
      this.host.window(),
      moving,
    );
    this.host.onWindow(window, final);
    if (final) this.resync();
  };

  /**
   * Every press on the plot goes to the brush, marks included: at 100,000 events every pixel of
   * the lanes is a mark, and a press there must still grab the window. Whether it was a tap on
   * the mark is known only once it ends (see handleBrush).
   */
  private pressAt(source: MouseEvent | TouchEvent): Press<ChronoEvent> | null {
    const point = pointOf(source);
    if (!point) return null;
    const slop = 'touches' in source ? TAP_SLOP_PX.touch : TAP_SLOP_PX.mouse;
    const origin = { clientX: point.clientX, clientY: point.clientY };
    return new Press(origin, this.host.markAt(point), slop);
  }

  private handleDoubleClick = (event: MouseEvent) => {
    const { x, y } = this.host.localPoint(event);
    const g = this.host.geometry();
    if (x < g.left || x > g.right || y < g.histogram.top || y > g.axis.top) return;
    this.show(null, this.host.scale());
    this.host.onWindow(null, true);
  };
}

function isDrag(press: Press<ChronoEvent>, source: MouseEvent | TouchEvent): boolean {
  const point = pointOf(source);
  return point ? press.moveTo(point) : press.isDrag;
}
