import { axisBottom } from 'd3-axis';
import { brushX, type BrushBehavior, type D3BrushEvent } from 'd3-brush';
import { select, type Selection } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';

import { categoryStartTimes } from '@/domain/events/category-starts';
import {
  eventsInWindow,
  windowCandidates,
  type TimeWindow,
  type WindowMode,
} from '@/domain/events/filter-events';
import { lowerBound } from '@/domain/events/time-index';
import type { Category, ChronoEvent } from '@/domain/events/types';

import { markOnce } from '@/utils/perf-marks';
import { formatInstant, formatWindow } from '@/utils/time-format';

import {
  binCounts,
  binEdges,
  binPlace,
  chooseBinUnit,
  finestResolution,
  spanMiddle,
  type EventPlace,
} from './bins';
import { placeEdgeLabels } from './edge-labels';
import {
  countInView,
  densityBins,
  drawDensity,
  type DensityBins,
  drawHistogram,
  drawLaneStripes,
  drawMarks,
  readPalette,
  type HistogramData,
  type Palette,
} from './draw';
import { computeGeometry, type TimelineGeometry } from './geometry';
import type { CategoryGroups, LaneModel } from './lanes';
import { hitTest, layoutMarks, MARK_RADIUS, type MarkLayout } from './marks';
import {
  createTimeScale,
  DAY,
  HOUR,
  linearPositions,
  paddedExtent,
  snapTime,
  tickCount,
  tickLabels,
  type TimeScale,
} from './time-scale';
import { pointOf, Press, TAP_SLOP_PX } from './press';
import { windowForKey } from './window-keys';

export interface TimelineCallbacks {
  /** `final` is false while the user is still dragging. */
  onWindowChange: (window: TimeWindow | null, final: boolean) => void;
  onSelect: (id: string) => void;
  /** ←/→ on the timeline: the next or previous event. */
  onStep: (direction: 1 | -1) => void;
  onHover: (id: string | null) => void;
  /** null: the whole dataset is framed. */
  onDomainChange: (domain: [number, number] | null) => void;
}

export interface TimelineData {
  /** Events passing the non-time filters, sorted by start. */
  events: readonly ChronoEvent[];
  starts: Float64Array;
  maxSpan: number;
  /** Every category, for the marks' colours. */
  categories: readonly Category[];
  /** The categories stacked in the histogram, the rest in one "other" stack. */
  groups: CategoryGroups;
  lanes: LaneModel;
  /** The whole dataset's [start, end]: the zoomed-out domain. */
  extent: [number, number] | null;
  /** Each category's sorted starts, when `events` are the whole dataset's (built while indexing). */
  categoryStarts?: ReadonlyMap<string, Float64Array>;
}

type ViewMarks = { kind: 'density'; bins: DensityBins } | { kind: 'marks'; layout: MarkLayout };

/** Above this many visible marks the lanes show density instead of dots. */
const MAX_MARKS = 4000;
const MIN_VISIBLE_SPAN = 6 * HOUR;
const MIN_ZOOM = 0.2;

type SvgSelection = Selection<SVGSVGElement, unknown, null, undefined>;
type GroupSelection = Selection<SVGGElement, unknown, null, undefined>;

/** Lane labels longer than this are cut short (the full label is in its tooltip). */
function shortLabel(label: string): string {
  return label.length > 26 ? `${label.slice(0, 25)}…` : label;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string> = {}) {
  const node = document.createElementNS('http://www.w3.org/2000/svg', name);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

/**
 * Owns the timeline's canvas (histogram and marks) and SVG overlay (axis, brush, labels, the
 * hovered and selected events' rings).
 * React gives it data and state; it reports what the user does through the callbacks.
 */
export class TimelineController {
  private readonly canvas = document.createElement('canvas');
  private readonly ctx: CanvasRenderingContext2D;
  private readonly svg: SVGSVGElement;
  private readonly highlightsG: SVGGElement;
  private readonly svgSel: SvgSelection;
  private readonly axisG: GroupSelection;
  private readonly brushG: GroupSelection;
  private readonly labelsG: SVGGElement;
  private readonly edgeLabels: [SVGTextElement, SVGTextElement];
  /** The page's font, read when the layout changes: reading it on every frame costs a style pass. */
  private fontFamily = 'sans-serif';
  private readonly panZone: SVGRectElement;
  private readonly clipRect: SVGRectElement;
  private readonly tooltip = document.createElement('div');
  /** The window as a keyboard control: the brush itself is pointer-only. */
  private readonly slider = document.createElement('div');
  private readonly brush: BrushBehavior<unknown>;
  private readonly zoomBehavior: ZoomBehavior<SVGSVGElement, unknown>;
  private geometry: TimelineGeometry = computeGeometry(800, 200, 1);
  private baseScale: TimeScale = createTimeScale([0, DAY], [0, 1]);
  private scale: TimeScale = this.baseScale;
  private transform: ZoomTransform = zoomIdentity;
  private data: TimelineData | null = null;
  private window: TimeWindow | null = null;
  private mode: WindowMode = 'window';
  private selected: ChronoEvent | null = null;
  private hovered: ChronoEvent | null = null;
  private layout: MarkLayout | null = null;
  private palette: Palette;
  private frame = 0;
  private brushing = false;
  /** The press under way on the plot: a tap on a mark selects it, a drag moves the window. */
  private press: Press<ChronoEvent> | null = null;
  private domainTimer: ReturnType<typeof setTimeout> | undefined;
  private applyingDomain = false;
  /** Shortest event span: histogram bins are never finer. */
  private finest = DAY;
  /** The last domain the app asked for (null: fit the data). */
  private requestedDomain: [number, number] | null = null;
  private resizeObserver: ResizeObserver;

  constructor(
    private readonly root: HTMLElement,
    private readonly callbacks: TimelineCallbacks,
  ) {
    // A canvas kept in memory rather than on the GPU: its many small marks are cheaper to draw on
    // the CPU and upload once than to replay through the GPU process (without a GPU, scrub frames
    // were 15-40% slower that way). `willReadFrequently` is how a page asks Chromium for such a
    // canvas; the timeline never reads its pixels back.
    const ctx = this.canvas.getContext('2d', { willReadFrequently: true });
    if (!ctx) throw new Error('Canvas 2D is not available');
    this.ctx = ctx;
    this.canvas.className = 'timeline-canvas';
    this.canvas.setAttribute('aria-hidden', 'true');
    this.svg = el('svg', { class: 'timeline-overlay', 'aria-hidden': 'true' });
    const defs = el('defs');
    const clip = el('clipPath', { id: `timeline-clip-${Math.random().toString(36).slice(2)}` });
    this.clipRect = el('rect');
    clip.append(this.clipRect);
    defs.append(clip);
    this.labelsG = el('g', { class: 'lane-labels' });
    const axis = el('g', { class: 'timeline-axis' });
    this.panZone = el('rect', { class: 'pan-zone' });
    const brushGroup = el('g', {
      class: 'timeline-brush',
      'clip-path': `url(#${clip.id})`,
      'data-testid': 'timeline-brush',
    });
    // Rings for the hovered and selected events live in the overlay, not the canvas: hovering
    // then repaints two circles instead of every mark (without a GPU, a full canvas frame was what
    // a click's details waited behind).
    this.highlightsG = el('g', { class: 'timeline-highlights', 'clip-path': `url(#${clip.id})` });
    const edges = el('g', { class: 'window-edges' });
    this.edgeLabels = [
      el('text', { class: 'window-edge start', 'text-anchor': 'start' }),
      el('text', { class: 'window-edge end', 'text-anchor': 'start' }),
    ];
    edges.append(...this.edgeLabels);
    this.svg.append(defs, this.labelsG, axis, this.panZone, brushGroup, this.highlightsG, edges);
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
    this.slider.addEventListener('keydown', this.handleSliderKey);
    root.tabIndex = 0;
    root.setAttribute('role', 'group');
    root.setAttribute(
      'aria-label',
      'Timeline events: left and right arrows step through events, plus and minus zoom',
    );
    root.addEventListener('keydown', this.handleRootKey);
    root.append(this.canvas, this.svg, this.slider, this.tooltip);
    this.svgSel = select(this.svg);
    this.axisG = select(axis);
    this.brushG = select(brushGroup);
    this.palette = readPalette(root);

    // Fingers need wider edges to grab than a mouse pointer does.
    const coarse = globalThis.matchMedia?.('(pointer: coarse)').matches ?? false;
    this.brush = brushX<unknown>()
      .handleSize(coarse ? 28 : 12)
      .on('start brush end', this.handleBrush);
    this.brushG.call(this.brush);
    this.zoomBehavior = zoom<SVGSVGElement, unknown>()
      .filter(this.zoomFilter)
      .on('zoom', this.handleZoom);
    this.svgSel.call(this.zoomBehavior).on('dblclick.zoom', null);

    this.svg.addEventListener('dblclick', this.handleDoubleClick);
    this.svg.addEventListener('pointermove', this.handlePointerMove);
    this.svg.addEventListener('pointerleave', this.handlePointerLeave);
    this.svg.addEventListener('wheel', this.handleSidewaysWheel, { passive: false });

    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(root);
    this.resize();
  }

  setData(data: TimelineData) {
    const extentChanged =
      data.extent?.[0] !== this.data?.extent?.[0] || data.extent?.[1] !== this.data?.extent?.[1];
    const domain = this.visibleDomain();
    const left = this.geometry.left;
    this.data = data;
    this.finest = finestResolution(data.events);
    // The lane labels decide where the plot begins: the scale is fitted to the plot as it will be,
    // or the earliest events would start under the labels.
    this.geometry = this.computeGeometryForData();
    // New data keeps the domain a link asked for; otherwise it is framed whole.
    if (extentChanged) this.rebuildScales(this.requestedDomain);
    else if (this.geometry.left !== left)
      this.rebuildScales(this.transform.k !== 1 ? domain : null);
    this.relayout();
  }

  setWindow(window: TimeWindow | null, mode: WindowMode, follow = false) {
    this.window = window;
    this.mode = mode;
    if (!this.brushing) this.syncBrush();
    if (follow && window) this.keepInView(window);
    this.updateEdgeLabels();
    this.invalidate();
  }

  setSelection(event: ChronoEvent | null) {
    if (event === this.selected) return;
    this.selected = event;
    if (event) this.reveal(event);
    this.drawHighlights();
  }

  setHover(event: ChronoEvent | null) {
    if (event === this.hovered) return;
    this.hovered = event;
    this.drawHighlights();
  }

  /** A domain the app asked for (a link, Back/Forward); null fits the data. */
  setDomain(domain: [number, number] | null) {
    this.requestedDomain = domain;
    const current = this.scale.domain().map(Number);
    if (
      domain &&
      Math.abs((current[0] as number) - domain[0]) < 1000 &&
      Math.abs((current[1] as number) - domain[1]) < 1000
    )
      return;
    this.applyDomain(domain);
  }

  /** Zooms by a factor around the centre (+/- buttons and keys). */
  zoomBy(factor: number) {
    this.svgSel.call(this.zoomBehavior.scaleBy, factor);
    this.scheduleDomainCommit();
  }

  /** Frames the whole dataset; the link then has no `t=`. */
  fitAll() {
    clearTimeout(this.domainTimer);
    this.requestedDomain = null;
    this.applyDomain(null);
    this.callbacks.onDomainChange(null);
  }

  /** A narrow read-only view for automation: where things are on screen. */
  automation() {
    const client = (x: number, y: number) => {
      const rect = this.svg.getBoundingClientRect();
      return { x: rect.left + x, y: rect.top + y };
    };
    return {
      visibleDomain: () => this.visibleDomain(),
      /** Client coordinates of a time on the histogram strip. */
      pointAt: (ms: number) =>
        client(this.scale(ms), this.geometry.histogram.top + this.geometry.histogram.height / 2),
      /** Client coordinates of a time in the middle of a lane. */
      lanePointAt: (ms: number, lane: number) =>
        client(this.scale(ms), this.geometry.lanes.top + (lane + 0.5) * this.geometry.lanes.height),
      /** Client coordinates of a point on the date axis (the pan handle). */
      axisPointAt: (ms: number) =>
        client(this.scale(ms), this.geometry.axis.top + this.geometry.axis.height / 2),
      /**
       * Client coordinates of an event's mark, or null when it is not drawn as a mark. Also null
       * while a draw is pending: the marks laid out for the last frame (other lanes, another zoom)
       * are about to move, and a click aimed at them would miss.
       */
      markPosition: (id: string) => {
        const layout = this.layout;
        if (!layout || this.frame) return null;
        const i = layout.events.findIndex((event) => event.id === id);
        if (i < 0) return null;
        return client((layout.x[i] as number) + (layout.w[i] as number) / 2, layout.y[i] as number);
      },
      window: () => this.window,
      /** Client x of the plot's two edges: marks outside them are hidden. */
      plotEdges: () => [client(this.geometry.left, 0).x, client(this.geometry.right, 0).x],
    };
  }

  /** The visible domain in UTC ms. */
  visibleDomain(): [number, number] {
    const [a, b] = this.scale.domain();
    return [Number(a), Number(b)];
  }

  destroy() {
    cancelAnimationFrame(this.frame);
    clearTimeout(this.domainTimer);
    this.resizeObserver.disconnect();
    this.root.removeEventListener('keydown', this.handleRootKey);
    this.brushG.on('.brush', null);
    this.svgSel.on('.zoom', null);
    this.canvas.remove();
    this.svg.remove();
    this.slider.remove();
    this.tooltip.remove();
    // The root belongs to the React shell: hand it back as it was, so a remount (StrictMode, a
    // new dataset) starts clean instead of stacking a second slider and keyboard handler.
    for (const name of ['tabindex', 'role', 'aria-label']) this.root.removeAttribute(name);
  }

  // ——— layout and scales ———

  private resize() {
    const { width, height } = this.root.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    const domain = this.data ? this.visibleDomain() : null;
    this.geometry = computeGeometry(
      width,
      height,
      this.data?.lanes.lanes.length ?? 1,
      width < 640,
      this.gutter(),
    );
    const ratio = window.devicePixelRatio || 1;
    this.canvas.width = Math.round(width * ratio);
    this.canvas.height = Math.round(height * ratio);
    this.canvas.style.width = `${width}px`;
    this.canvas.style.height = `${height}px`;
    this.svg.setAttribute('width', String(width));
    this.svg.setAttribute('height', String(height));
    this.rebuildScales(domain && this.transform.k !== 1 ? domain : null);
    this.relayout();
  }

  private relayout() {
    const g = this.computeGeometryForData();
    this.geometry = g;
    this.clipRect.setAttribute('x', String(g.left));
    this.clipRect.setAttribute('y', '0');
    this.clipRect.setAttribute('width', String(g.right - g.left));
    this.clipRect.setAttribute('height', String(g.height));
    this.panZone.setAttribute('x', String(g.left));
    this.panZone.setAttribute('y', String(g.axis.top));
    this.panZone.setAttribute('width', String(g.right - g.left));
    this.panZone.setAttribute('height', String(g.axis.height));
    this.brush.extent([
      [g.left, g.histogram.top],
      [g.right, g.lanes.top + g.lanes.height * g.lanes.count],
    ]);
    this.brushG.call(this.brush);
    this.drawLaneLabels();
    this.syncBrush();
    this.updateEdgeLabels();
    this.invalidate();
  }

  /** Room for the longest lane label (within reason), measured in the label font. */
  private gutter(): number {
    const labels = this.data?.lanes.lanes.map((lane) => shortLabel(lane.label)) ?? [];
    this.fontFamily = getComputedStyle(this.root).fontFamily || 'sans-serif';
    this.ctx.font = `11px ${this.fontFamily}`;
    const widest = Math.max(80, ...labels.map((label) => this.ctx.measureText(label).width));
    return Math.min(200, Math.ceil(widest) + 28);
  }

  private computeGeometryForData(): TimelineGeometry {
    const { width, height } = this.geometry;
    return computeGeometry(
      width,
      height,
      this.data?.lanes.lanes.length ?? 1,
      width < 640,
      this.gutter(),
    );
  }

  private rebuildScales(keepDomain: [number, number] | null) {
    const g = this.geometry;
    const extent = this.data?.extent;
    const base = extent
      ? paddedExtent(extent)
      : ([Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)] as [number, number]);
    this.baseScale = createTimeScale(base, [g.left, g.right]);
    const maxK = Math.max(1, (base[1] - base[0]) / MIN_VISIBLE_SPAN);
    // Room to zoom out and pan past the data, e.g. to show a domain a link asked for.
    const slack = (g.right - g.left) * 2;
    this.zoomBehavior
      .scaleExtent([MIN_ZOOM, maxK])
      .extent([
        [g.left, 0],
        [g.right, g.height],
      ])
      .translateExtent([
        [g.left - slack, 0],
        [g.right + slack, g.height],
      ]);
    this.applyDomain(keepDomain);
  }

  private applyDomain(domain: [number, number] | null) {
    const g = this.geometry;
    let transform = zoomIdentity;
    if (domain && domain[1] > domain[0]) {
      const [b0, b1] = this.baseScale.domain().map(Number) as [number, number];
      const k = Math.max(MIN_ZOOM, (b1 - b0) / (domain[1] - domain[0]));
      // x' = k·x + tx: put domain[0] on the left edge of the plot.
      transform = zoomIdentity.translate(g.left - k * this.baseScale(domain[0]), 0).scale(k);
    }
    this.applyingDomain = true;
    this.svgSel.call(this.zoomBehavior.transform, transform);
    this.applyingDomain = false;
  }

  // ——— drawing ———

  private invalidate() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.draw();
    });
  }

  /** Palette comes from CSS, so a theme switch only needs a redraw. */
  refreshTheme() {
    this.palette = readPalette(this.root);
    this.invalidate();
  }

  private draw() {
    const { ctx, geometry: g } = this;
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, g.width, g.height);
    this.drawAxis();
    const data = this.data;
    if (!data) {
      this.drawHighlights();
      return;
    }
    const toX = (ms: number) => this.scale(ms);
    const [d0, d1] = this.visibleDomain();
    const effective = this.effectiveWindow();
    ctx.save();
    ctx.beginPath();
    ctx.rect(g.left, 0, g.right - g.left, g.height);
    ctx.clip();
    drawLaneStripes(ctx, g.lanes, g.left, g.right, this.palette);
    this.drawWindowShade();
    drawHistogram(
      ctx,
      this.histogram(data, [d0, d1]),
      toX,
      { ...g.histogram, left: g.left, right: g.right },
      effective,
    );
    const view = this.viewMarks(data, d0, d1, this.scale);
    if (view.kind === 'density') {
      this.layout = null;
      const laneColor = (lane: number) => data.lanes.lanes[lane]?.color ?? this.palette.muted;
      drawDensity(ctx, view.bins, g.lanes, laneColor, g.left, effective);
    } else {
      this.layout = view.layout;
      drawMarks(ctx, this.layout, this.colorLookup(data), effective, this.palette);
    }
    ctx.restore();
    this.drawHighlights();
    if (data.events.length > 0) markOnce('timeline-drawn');
  }

  private effectiveWindow(): TimeWindow | null {
    if (!this.window) return null;
    return this.mode === 'cumulative' ? { start: -Infinity, end: this.window.end } : this.window;
  }

  private drawWindowShade() {
    const effective = this.effectiveWindow();
    if (!effective) return;
    const g = this.geometry;
    const x0 = Math.max(
      g.left,
      Number.isFinite(effective.start) ? this.scale(effective.start) : g.left,
    );
    const x1 = Math.min(g.right, this.scale(effective.end));
    if (x1 <= x0) return;
    this.ctx.fillStyle = this.palette.window;
    this.ctx.fillRect(x0, g.histogram.top, x1 - x0, g.axis.top - g.histogram.top);
  }

  private viewCache: {
    key: string;
    data: TimelineData;
    view: ViewMarks;
    /** Where each event sits: over the histogram bar that counts it. */
    place: EventPlace;
  } | null = null;

  /**
   * The marks (or density bins) of the dates in view. They do not depend on the time window or
   * the selection, so scrubbing and hovering reuse them and only repaint.
   */
  private viewMarks(data: TimelineData, d0: number, d1: number, scale: TimeScale): ViewMarks {
    const g = this.geometry;
    const key = [d0, d1, g.left, g.right, g.lanes.top, g.lanes.height, g.lanes.count].join();
    if (this.viewCache?.data === data && this.viewCache.key === key) return this.viewCache.view;
    const inView = { start: d0, end: d1 };
    const candidates = windowCandidates(data.starts, data.maxSpan, inView);
    const place = binPlace(this.binEdgesFor([d0, d1]));
    const view: ViewMarks =
      countInView(data.events, candidates, MAX_MARKS) > MAX_MARKS
        ? {
            kind: 'density',
            bins: densityBins(
              data.events,
              candidates,
              linearPositions(scale),
              data.lanes.lanesOf,
              g.lanes.count,
              g,
              place,
            ),
          }
        : {
            kind: 'marks',
            layout: layoutMarks(
              eventsInWindow(data.events, data.starts, data.maxSpan, inView),
              (ms) => scale(ms),
              data.lanes.lanesOf,
              g.lanes,
              place,
            ),
          };
    this.viewCache = { key, data, view, place };
    return view;
  }

  private colors: { categories: readonly Category[]; byId: Map<string, string> } | null = null;

  /** Made once per dataset: a draw would otherwise build a Map of every category, 50,000 of them. */
  private colorLookup(data: TimelineData) {
    if (this.colors?.categories !== data.categories) {
      const byId = new Map(data.categories.map((category) => [category.id, category.color]));
      this.colors = { categories: data.categories, byId };
    }
    const colors = this.colors.byId;
    return (event: ChronoEvent) => colors.get(event.category) ?? this.palette.muted;
  }

  /** The histogram's bins for a domain; marks are placed by the same edges. */
  private binEdgesFor(domain: [number, number]): number[] {
    const g = this.geometry;
    return binEdges(domain, chooseBinUnit(domain, g.right - g.left, this.finest));
  }

  private histogram(data: TimelineData, domain: [number, number]): HistogramData {
    const edges = this.binEdgesFor(domain);
    const byCategory = this.startsByCategory(data);
    const stacks = data.groups.own.map((category) => ({
      color: category.color,
      counts: binCounts(byCategory.get(category.id) ?? new Float64Array(0), edges),
    }));
    if (data.groups.other) {
      // What the stacks of their own leave of all the events: one pass over the bins, not one
      // stack per category.
      const counts = binCounts(data.starts, edges);
      for (const stack of stacks)
        for (let i = 0; i < counts.length; i++) counts[i]! -= stack.counts[i]!;
      stacks.push({ color: this.palette.muted, counts });
    }
    return { edges, stacks };
  }

  private categoryStarts: {
    events: TimelineData['events'];
    starts: ReadonlyMap<string, Float64Array>;
  } | null = null;

  /** Per-category sorted start times: the dataset's, or rebuilt only when the events change. */
  private startsByCategory(data: TimelineData): ReadonlyMap<string, Float64Array> {
    const given = data.categoryStarts;
    // The dataset keeps its most common categories' starts: enough, unless a tie chose others.
    if (given && data.groups.own.every((category) => given.has(category.id))) return given;
    if (this.categoryStarts?.events === data.events) return this.categoryStarts.starts;
    // Only the stacked categories' starts: the others are counted together from all the starts.
    const own = new Set(data.groups.own.map((category) => category.id));
    const counts = new Map<string, number>();
    for (const event of data.events)
      if (own.has(event.category))
        counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    const starts = categoryStartTimes(data.events, counts);
    this.categoryStarts = { events: data.events, starts };
    return starts;
  }

  private markPosition(
    event: ChronoEvent,
    toX: (ms: number) => number,
  ): { x: number; y: number }[] {
    const layout = this.layout;
    if (layout) {
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
    const lanes = this.data?.lanes.lanesOf(event) ?? [];
    const g = this.geometry;
    return lanes.map((lane) => ({
      x: toX((this.viewCache?.place ?? spanMiddle)(event.start, event.end)),
      y: g.lanes.top + (lane + 0.5) * g.lanes.height,
    }));
  }

  private drawHighlights() {
    const toX = (ms: number) => this.scale(ms);
    const rings: SVGCircleElement[] = [];
    const ring = (event: ChronoEvent, role: 'hovered' | 'selected', radius: number) => {
      for (const { x, y } of this.markPosition(event, toX))
        for (const part of ['halo', 'ink'])
          rings.push(
            el('circle', {
              class: `${role} ${part}`,
              cx: String(x),
              cy: String(y),
              r: String(radius),
            }),
          );
    };
    if (this.data) {
      if (this.hovered && this.hovered !== this.selected)
        ring(this.hovered, 'hovered', MARK_RADIUS + 3);
      if (this.selected) ring(this.selected, 'selected', MARK_RADIUS + 4);
    }
    this.highlightsG.replaceChildren(...rings);
  }

  private drawAxis() {
    const g = this.geometry;
    // No dates at all (an empty dataset): an axis would only show a made-up range.
    const ticks = this.data?.extent ? this.scale.ticks(tickCount(g.right - g.left)) : [];
    const labels = tickLabels(ticks);
    this.axisG.attr('transform', `translate(0,${g.axis.top})`).call(
      axisBottom(this.scale)
        .tickValues(ticks)
        .tickFormat((_, i) => labels[i] ?? '')
        .tickSizeOuter(0),
    );
  }

  private drawLaneLabels() {
    const g = this.geometry;
    const lanes = this.data?.lanes.lanes ?? [];
    this.labelsG.replaceChildren();
    if (g.left < 40) return;
    lanes.forEach((lane, i) => {
      const y = g.lanes.top + (i + 0.5) * g.lanes.height;
      if (lane.color) {
        this.labelsG.append(el('circle', { cx: '10', cy: String(y), r: '4', fill: lane.color }));
      }
      const text = el('text', { x: '20', y: String(y), 'dominant-baseline': 'central' });
      text.textContent = shortLabel(lane.label);
      const title = el('title');
      title.textContent = lane.label;
      text.append(title);
      this.labelsG.append(text);
    });
    const histLabel = el('text', {
      x: '20',
      y: String(g.histogram.top + g.histogram.height / 2),
      'dominant-baseline': 'central',
      class: 'muted',
    });
    histLabel.textContent =
      'Events per ' + chooseBinUnit(this.visibleDomain(), g.right - g.left, this.finest).label;
    this.labelsG.append(histLabel);
  }

  // ——— brush: the time window ———

  private syncBrush() {
    const window = this.window;
    const selection: [number, number] | null = window
      ? [this.scale(window.start), this.scale(window.end)]
      : null;
    this.brushG.call(this.brush.move, selection);
  }

  private updateEdgeLabels() {
    const [startLabel, endLabel] = this.edgeLabels;
    const window = this.window;
    const g = this.geometry;
    this.updateSlider();
    if (!window) {
      startLabel.textContent = '';
      endLabel.textContent = '';
      return;
    }
    const last = window.end % DAY === 0 ? window.end - DAY : window.end;
    const texts = { start: formatInstant(window.start), end: formatInstant(last) };
    this.ctx.save();
    this.ctx.font = `600 11px ${this.fontFamily}`;
    const widths = {
      start: this.ctx.measureText(texts.start).width,
      end: this.ctx.measureText(texts.end).width,
    };
    this.ctx.restore();
    const placed = placeEdgeLabels(this.scale(window.start), this.scale(window.end), widths, g);
    const y = String(g.histogram.top - 5);
    for (const [label, text, x] of [
      [startLabel, texts.start, placed.start],
      [endLabel, texts.end, placed.end],
    ] as const) {
      label.textContent = text;
      label.setAttribute('x', String(x));
      label.setAttribute('y', y);
    }
  }

  /** Keeps the keyboard control over the window (or over the plot when there is none). */
  private updateSlider() {
    const g = this.geometry;
    const window = this.window;
    const extent = this.data?.extent;
    let left = g.left;
    let right = g.right;
    if (window) {
      left = Math.max(g.left, this.scale(window.start));
      right = Math.min(g.right, Math.max(left + 4, this.scale(window.end)));
    }
    Object.assign(this.slider.style, {
      left: `${left}px`,
      width: `${Math.max(4, right - left)}px`,
      top: `${g.histogram.top}px`,
      height: `${g.axis.top - g.histogram.top}px`,
    });
    if (extent) {
      this.slider.setAttribute('aria-valuemin', String(Math.floor(extent[0] / DAY)));
      this.slider.setAttribute('aria-valuemax', String(Math.floor(extent[1] / DAY)));
    }
    this.slider.setAttribute(
      'aria-valuenow',
      String(Math.floor((window?.start ?? extent?.[0] ?? 0) / DAY)),
    );
    this.slider.setAttribute(
      'aria-valuetext',
      window
        ? formatWindow(window.start, window.end).replace(' – ', ' to ')
        : 'All dates. Press an arrow key to start a window.',
    );
  }

  private handleSliderKey = (event: KeyboardEvent) => {
    const extent = this.data?.extent;
    if (!extent) return;
    const next = windowForKey(event.key, event.shiftKey, this.window, extent, this.visibleDomain());
    if (next === null) return;
    event.preventDefault();
    event.stopPropagation();
    this.window = next === 'clear' ? null : next;
    this.syncBrush();
    this.updateEdgeLabels();
    this.invalidate();
    if (this.window) this.keepInView(this.window);
    this.callbacks.onWindowChange(this.window, true);
  };

  /** Pans (never zooms) so a window moved by keyboard or playback stays on screen. */
  private keepInView(window: TimeWindow) {
    const [d0, d1] = this.visibleDomain();
    if (window.start >= d0 && window.end <= d1) return;
    const span = d1 - d0;
    if (window.end - window.start >= span) return;
    const start = window.start < d0 ? window.start - span * 0.05 : window.end - span * 0.95;
    this.applyDomain([start, start + span]);
    this.scheduleDomainCommit();
  }

  private handleRootKey = (event: KeyboardEvent) => {
    if (event.target !== this.root && event.target !== this.slider) return;
    if (event.key === '+' || event.key === '=') this.zoomBy(2);
    else if (event.key === '-' || event.key === '_') this.zoomBy(0.5);
    else if (event.target === this.root && event.key === 'ArrowRight') this.callbacks.onStep(1);
    else if (event.target === this.root && event.key === 'ArrowLeft') this.callbacks.onStep(-1);
    else return;
    event.preventDefault();
  };

  private handleBrush = (event: D3BrushEvent<unknown>) => {
    if (!event.sourceEvent) return; // our own brush.move
    const selection = event.selection as [number, number] | null;
    const final = event.type === 'end';
    this.brushing = !final;
    const source = event.sourceEvent as MouseEvent | TouchEvent;
    if (event.type === 'start') this.press = this.pressAt(source);
    const press = this.press;
    if (final) this.press = null;
    if (press && !this.isDrag(press, source)) {
      // Still a tap: the window stays where it was, and a tap on a mark selects it.
      this.syncBrush();
      if (final && press.mark) this.callbacks.onSelect(press.mark.id);
      return;
    }
    if (this.hovered) {
      // A drag is about the window, not the mark it began on: its tooltip and rings go.
      this.hideTooltip();
      this.callbacks.onHover(null);
    }
    if (!selection || selection[1] - selection[0] < 2) {
      // A plain click on the lanes is not a request to drop the window: put it back.
      if (final) {
        this.syncBrush();
        this.callbacks.onWindowChange(this.window, true);
      }
      return;
    }
    const msPerPixel =
      (this.visibleDomain()[1] - this.visibleDomain()[0]) /
      (this.geometry.right - this.geometry.left);
    const unit = msPerPixel > HOUR / 4 ? DAY : HOUR;
    let start = snapTime(this.scale.invert(selection[0]).getTime(), msPerPixel);
    let end = snapTime(this.scale.invert(selection[1]).getTime(), msPerPixel);
    const moving = (event as unknown as { mode?: string }).mode === 'drag';
    if (moving && this.window) end = start + (this.window.end - this.window.start);
    if (end <= start) end = start + unit;
    if (!moving) start = Math.min(start, end - unit);
    this.window = { start, end };
    this.updateEdgeLabels();
    this.invalidate();
    this.callbacks.onWindowChange(this.window, final);
    if (final) this.syncBrush();
  };

  private handleDoubleClick = (event: MouseEvent) => {
    if (this.inBrushArea(event)) {
      this.window = null;
      this.syncBrush();
      this.callbacks.onWindowChange(null, true);
    }
  };

  private inBrushArea(event: MouseEvent): boolean {
    const { x, y } = this.localPoint(event);
    const g = this.geometry;
    return x >= g.left && x <= g.right && y >= g.histogram.top && y <= g.axis.top;
  }

  // ——— zoom and pan ———

  private zoomFilter = (event: Event) => {
    if (event.type === 'wheel') {
      const wheel = event as WheelEvent;
      return !wheel.shiftKey && Math.abs(wheel.deltaY) >= Math.abs(wheel.deltaX);
    }
    if (event.type === 'mousedown')
      return (event as MouseEvent).button === 0 && event.target === this.panZone;
    if (event.type === 'touchstart')
      return event.target === this.panZone || (event as TouchEvent).touches.length > 1;
    return false;
  };

  private handleZoom = (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
    this.transform = event.transform;
    this.scale = event.transform.rescaleX(this.baseScale);
    this.syncBrush();
    this.updateEdgeLabels();
    this.drawLaneLabels();
    this.hideTooltip();
    this.invalidate();
    if (event.sourceEvent && !this.applyingDomain) this.scheduleDomainCommit();
  };

  /** Trackpads scroll sideways, and Shift+wheel is the usual way to scroll sideways with a mouse. */
  private handleSidewaysWheel = (event: WheelEvent) => {
    const dx = event.shiftKey ? event.deltaY || event.deltaX : event.deltaX;
    if (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    this.svgSel.call(this.zoomBehavior.translateBy, -dx / this.transform.k, 0);
    this.scheduleDomainCommit();
  };

  /** The visible domain goes to the store (and the link) once zooming settles, not every frame. */
  private scheduleDomainCommit() {
    clearTimeout(this.domainTimer);
    this.domainTimer = setTimeout(() => this.callbacks.onDomainChange(this.visibleDomain()), 150);
  }

  /** Pans (never zooms) so an event selected elsewhere comes into view. */
  private reveal(event: ChronoEvent) {
    const [d0, d1] = this.visibleDomain();
    if (event.start >= d0 && event.start <= d1) return;
    const span = d1 - d0;
    const centre = (event.start + Math.min(event.end, event.start + DAY)) / 2;
    this.applyDomain([centre - span / 2, centre + span / 2]);
    this.callbacks.onDomainChange(this.visibleDomain());
  }

  // ——— marks: hover and click ———

  private localPoint(event: MouseEvent | Touch): { x: number; y: number } {
    const rect = this.svg.getBoundingClientRect();
    return { x: event.clientX - rect.left, y: event.clientY - rect.top };
  }

  private markAt(event: MouseEvent | Touch): ChronoEvent | null {
    if (!this.layout) return this.nearestInDensity(event);
    const { x, y } = this.localPoint(event);
    return hitTest(this.layout, x, y);
  }

  /** In density mode there are no dots: pick the event closest in time in the lane under the pointer. */
  private nearestInDensity(pointer: MouseEvent | Touch): ChronoEvent | null {
    const data = this.data;
    if (!data) return null;
    const { x, y } = this.localPoint(pointer);
    const g = this.geometry;
    const lane = Math.floor((y - g.lanes.top) / g.lanes.height);
    if (lane < 0 || lane >= g.lanes.count || x < g.left || x > g.right) return null;
    const t = this.scale.invert(x).getTime();
    const slack = this.scale.invert(x + 3).getTime() - t || 1;
    const lo = lowerBound(data.starts, t - slack - data.maxSpan);
    const hi = lowerBound(data.starts, t + slack);
    let best: ChronoEvent | null = null;
    for (let i = lo; i < hi; i++) {
      const event = data.events[i] as ChronoEvent;
      if (event.end < t - slack || !data.lanes.lanesOf(event).includes(lane)) continue;
      if (!best || Math.abs(event.start - t) < Math.abs(best.start - t)) best = event;
    }
    return best;
  }

  /**
   * Every press on the plot goes to the brush, marks included: at 100,000 events every pixel of
   * the lanes is a mark, and a press there must still grab the window. Whether it was a tap on
   * the mark is known only once it ends (see handleBrush).
   */
  private pressAt(source: MouseEvent | TouchEvent): Press<ChronoEvent> | null {
    const point = pointOf(source);
    if (!point) return null;
    const slop = 'touches' in source ? TAP_SLOP_PX.touch : TAP_SLOP_PX.mouse;
    return new Press({ clientX: point.clientX, clientY: point.clientY }, this.markAt(point), slop);
  }

  private isDrag(press: Press<ChronoEvent>, source: MouseEvent | TouchEvent): boolean {
    const point = pointOf(source);
    return point ? press.moveTo(point) : press.isDrag;
  }

  private handlePointerMove = (event: PointerEvent) => {
    if (this.brushing || event.buttons) return;
    const mark = this.markAt(event);
    this.svg.style.cursor = mark ? 'pointer' : '';
    this.callbacks.onHover(mark?.id ?? null);
    if (mark) this.showTooltip(mark, event);
    else this.hideTooltip();
  };

  private handlePointerLeave = () => {
    this.callbacks.onHover(null);
    this.hideTooltip();
  };

  private showTooltip(event: ChronoEvent, pointer: MouseEvent) {
    const { x, y } = this.localPoint(pointer);
    this.tooltip.replaceChildren();
    const title = document.createElement('strong');
    title.textContent = event.title;
    const meta = document.createElement('div');
    meta.className = 'timeline-tooltip-meta';
    meta.textContent =
      formatWindow(event.start, event.end) +
      (event.location?.name ? ` · ${event.location.name}` : '');
    this.tooltip.append(title, meta);
    this.tooltip.hidden = false;
    const width = this.geometry.width;
    this.tooltip.style.left = `${Math.min(Math.max(8, x + 12), width - 280)}px`;
    this.tooltip.style.bottom = `${this.geometry.height - y + 12}px`;
  }

  private hideTooltip() {
    this.tooltip.hidden = true;
  }
}
