/** A point in the plot's own CSS pixels (the SVG overlay's coordinates). */
export interface PlotPoint {
  x: number;
  y: number;
}

/** An SVG element with these attributes. */
export function svgElement<K extends keyof SVGElementTagNameMap>(
  name: K,
  attrs: Record<string, string> = {},
) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

const el = svgElement;

/**
 * The timeline's nodes: a canvas for the many marks and the histogram, an SVG overlay for what
 * is few and interactive (axis, brush, labels, rings), a keyboard slider and a tooltip.
 */
export class TimelineDom {
  readonly canvas = document.createElement('canvas');
  readonly ctx: CanvasRenderingContext2D;
  readonly svg = el('svg', { class: 'timeline-overlay', 'aria-hidden': 'true' });
  readonly clipRect = el('rect');
  readonly labels = el('g', { class: 'lane-labels' });
  readonly axis = el('g', { class: 'timeline-axis' });
  readonly panZone = el('rect', { class: 'pan-zone' });
  readonly brush: SVGGElement;
  /**
   * Rings for the hovered and selected events live in the overlay, not the canvas: hovering
   * then repaints two circles instead of every mark (without a GPU, a full canvas frame was what
   * a click's details waited behind).
   */
  readonly highlights: SVGGElement;
  readonly edgeLabels: [SVGTextElement, SVGTextElement] = [
    el('text', { class: 'window-edge start', 'text-anchor': 'start' }),
    el('text', { class: 'window-edge end', 'text-anchor': 'start' }),
  ];
  readonly tooltip = document.createElement('div');
  /** The window as a keyboard control: the brush itself is pointer-only. */
  readonly slider = document.createElement('div');

  constructor(readonly root: HTMLElement) {
    // A canvas kept in memory rather than on the GPU: its many small marks are cheaper to draw on
    // the CPU and upload once than to replay through the GPU process (without a GPU, scrub frames
    // were 15-40% slower that way). `willReadFrequently` is how a page asks Chromium for such a
    // canvas; the timeline never reads its pixels back.
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('Canvas 2D is not available');
    this.ctx = ctx;
    this.canvas.className = 'timeline-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    const defs = el('defs');
    const clip = el('clipPath', { id: `timeline-clip-${Math.random().toString(36).slice(2)}` });
    clip.append(this.clipRect);
    defs.append(clip);
    this.brush = el('g', {
      class: 'timeline-brush',
      'clip-path': `url(#${clip.id})`,
      'data-testid': 'timeline-brush',
    });
    this.highlights = el('g', { class: 'timeline-highlights', 'clip-path': `url(#${clip.id})` });
    const edges = el('g', { class: 'window-edges' });
    edges.append(...this.edgeLabels);
    this.svg.append(defs, this.labels, this.axis, this.panZone, this.brush, this.highlights, edges);
    this.tooltip.className = 'timeline-tooltip';
    this.tooltip.hidden = true;
    this.tooltip.setAttribute('role', 'tooltip');
    this.slider.className = 'window-slider';
    this.slider.tabIndex = 0;
    this.slider.setAttribute('role', 'slider');
    this.slider.setAttribute('aria-label', 'Time window');
    this.slider.setAttribute(
      'aria-keyshortcuts',
      'ArrowLeft ArrowRight Shift+ArrowLeft Shift+ArrowRight Home End Delete',
    );
    root.tabIndex = 0;
    root.setAttribute('role', 'group');
    root.setAttribute(
      'aria-label',
      'Timeline events: left and right arrows step through events, plus and minus zoom',
    );
    root.append(this.canvas, this.svg, this.slider, this.tooltip);
  }

  /** Where a pointer is, in plot pixels. */
  localPoint(pointer: { clientX: number; clientY: number }): PlotPoint {
    const rect = this.svg.getBoundingClientRect();
    return { x: pointer.clientX - rect.left, y: pointer.clientY - rect.top };
  }

  /** Where a plot point is on the page, in client pixels. */
  clientPoint(x: number, y: number): PlotPoint {
    const rect = this.svg.getBoundingClientRect();
    return { x: rect.left + x, y: rect.top + y };
  }

  dispose() {
    this.canvas.remove();
    this.svg.remove();
    this.slider.remove();
    this.tooltip.remove();
    // The root belongs to the React shell: hand it back as it was, so a remount (StrictMode, a
    // new dataset) starts clean instead of stacking a second slider and keyboard handler.
    for (const name of ['tabindex', 'role', 'aria-label']) this.root.removeAttribute(name);
  }
}
