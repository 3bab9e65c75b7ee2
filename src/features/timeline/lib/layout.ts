import { computeGeometry, type TimelineGeometry } from './geometry';
import type { TimelineDom } from './timeline-dom';

/** Below this width the lane labels give their room to the plot. */
const COMPACT_WIDTH = 640;

/** Lane labels longer than this are cut short (the full label is in its tooltip). */
export function shortLabel(label: string): string {
  return label.length > 26 ? `${label.slice(0, 25)}…` : label;
}

/** Room for the longest lane label (within reason), measured by `measure` in the label font. */
export function gutterFor(labels: readonly string[], measure: (text: string) => number): number {
  const widest = Math.max(80, ...labels.map((label) => measure(shortLabel(label))));
  return Math.min(200, Math.ceil(widest) + 28);
}

/** The page's font: read when the layout changes, as reading it on every frame costs a style pass. */
export function readFontFamily(root: Element): string {
  return getComputedStyle(root).fontFamily || 'sans-serif';
}

/** The geometry of a plot of this size, with a gutter measured for these lane labels. */
export function measureGeometry(
  dom: TimelineDom,
  size: { width: number; height: number },
  laneLabels: readonly string[],
  fontFamily: string,
): TimelineGeometry {
  dom.ctx.font = `11px ${fontFamily}`;
  const gutter = gutterFor(laneLabels, (text) => dom.ctx.measureText(text).width);
  return computeGeometry(
    size.width,
    size.height,
    laneLabels.length || 1,
    size.width < COMPACT_WIDTH,
    gutter,
  );
}

/** Sizes the canvas (in device pixels) and the overlay to the plot. */
export function sizeSurfaces(dom: TimelineDom, width: number, height: number) {
  const ratio = window.devicePixelRatio || 1;
  dom.canvas.width = Math.round(width * ratio);
  dom.canvas.height = Math.round(height * ratio);
  dom.canvas.style.width = `${width}px`;
  dom.canvas.style.height = `${height}px`;
  dom.svg.setAttribute('width', String(width));
  dom.svg.setAttribute('height', String(height));
}

/** The clip of the brush and rings, and the axis strip that pans. */
export function placeSurfaces(dom: TimelineDom, g: TimelineGeometry) {
  const set = (node: Element, x: number, y: number, width: number, height: number) => {
    node.setAttribute('x', String(x));
    node.setAttribute('y', String(y));
    node.setAttribute('width', String(width));
    node.setAttribute('height', String(height));
  };
  set(dom.clipRect, g.left, 0, g.right - g.left, g.height);
  set(dom.panZone, g.left, g.axis.top, g.right - g.left, g.axis.height);
}
