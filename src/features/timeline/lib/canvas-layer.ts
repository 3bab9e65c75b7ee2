import type { ChronoEvent } from '@/domain/events/types';

import { drawDensity, drawHistogram, drawLaneStripes, drawMarks } from './draw';
import { histogramData, memoCategoryStarts } from './histogram';
import type { TimelineFrame } from './timeline-frame';
import { binEdgesFor, type ViewMarks } from './view-marks';

/** The canvas: lane stripes, the window's shade, the histogram, and the marks or density. */
export class CanvasLayer {
  private readonly startsByCategory = memoCategoryStarts();

  constructor(private readonly ctx: CanvasRenderingContext2D) {}

  render(frame: TimelineFrame, view: ViewMarks | null) {
    const { ctx } = this;
    const { geometry: g, data, effective, palette } = frame;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, g.width, g.height);
    if (!data || !view) return;
    const toX = (ms: number) => frame.scale(ms);
    ctx.save();
    ctx.beginPath();
    ctx.rect(g.left, 0, g.right - g.left, g.height);
    ctx.clip();
    drawLaneStripes(ctx, g.lanes, g.left, g.right, palette);
    this.drawWindowShade(frame);
    const edges = binEdgesFor(frame.domain, g, frame.finest);
    drawHistogram(
      ctx,
      histogramData(data, edges, this.startsByCategory(data), palette.muted),
      toX,
      { ...g.histogram, left: g.left, right: g.right },
      effective,
    );
    if (view.kind === 'density') {
      const laneColor = (lane: number) => data.lanes.lanes[lane]?.color ?? palette.muted;
      drawDensity(ctx, view.bins, g.lanes, laneColor, g.left, effective);
    } else {
      const colorOf = (event: ChronoEvent) =>
        data.categoryColors.get(event.category) ?? palette.muted;
      drawMarks(ctx, view.layout, colorOf, effective, palette);
    }
    ctx.restore();
  }

  private drawWindowShade({ effective, geometry: g, scale, palette }: TimelineFrame) {
    if (!effective) return;
    const x0 = Math.max(g.left, Number.isFinite(effective.start) ? scale(effective.start) : g.left);
    const x1 = Math.min(g.right, scale(effective.end));
    if (x1 <= x0) return;
    this.ctx.fillStyle = palette.window;
    this.ctx.fillRect(x0, g.histogram.top, x1 - x0, g.axis.top - g.histogram.top);
  }
}
