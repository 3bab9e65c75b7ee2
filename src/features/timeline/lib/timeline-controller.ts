import type { TimeWindow, WindowMode } from '@/domain/events/time-window';
import type { ChronoEvent } from '@/domain/events/types';
import { DAY } from '@/domain/time/units';
import { markOnce } from '@/utils/perf-marks';

import { finestResolution } from './bins';
import { CanvasLayer } from './canvas-layer';
import { readPalette, type Palette } from './draw';
import { computeGeometry, type TimelineGeometry } from './geometry';
import { measureGeometry, placeSurfaces, readFontFamily, sizeSurfaces } from './layout';
import { eventAt, MarkPointer } from './mark-pointer';
import { renderAxis, renderEdgeLabels, renderHighlights, renderLaneLabels } from './overlay';
import { createTimelineAutomation, type TimelineAutomation } from './timeline-automation';
import { TimelineDom } from './timeline-dom';
import { buildFrame, type TimelineData, type TimelineFrame } from './timeline-frame';
import { memoViewMarks, type ViewMarks } from './view-marks';
import { Viewport } from './viewport';
import { WindowBrush } from './window-brush';
import { listenForTimelineKeys, WindowSlider } from './window-slider';

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

/**
 * What a render repaints: `canvas` (histogram, marks) and `axis` on the next animation frame; the
 * overlay's few nodes at once (a test or a screen reader reads them right after a change): `labels`,
 * `window` (brush unless held, edge labels, slider), `brush` (even while held), `highlights` (rings).
 */
type Layer = 'canvas' | 'axis' | 'labels' | 'window' | 'brush' | 'highlights';
const EVERY_LAYER: readonly Layer[] = ['canvas', 'axis', 'labels', 'window', 'brush', 'highlights'];
const NEXT_FRAME: ReadonlySet<Layer> = new Set(['canvas', 'axis']);

/**
 * The one object the React shell talks to: it holds the timeline's state, hands it to its parts,
 * and repaints through one path, `invalidate(layers)`, which builds one frame and renders from it.
 */
export class TimelineController {
  private readonly dom: TimelineDom;
  private readonly viewport: Viewport;
  private readonly canvasLayer: CanvasLayer;
  private readonly brush: WindowBrush;
  private readonly slider: WindowSlider;
  private readonly pointer: MarkPointer;
  private readonly viewMarks = memoViewMarks();
  private readonly resizeObserver: ResizeObserver;
  private readonly stopKeys: () => void;

  private geometry: TimelineGeometry = computeGeometry(800, 200, 1);
  private data: TimelineData | null = null;
  private window: TimeWindow | null = null;
  private mode: WindowMode = 'window';
  private selected: ChronoEvent | null = null;
  private hovered: ChronoEvent | null = null;
  private marked: readonly ChronoEvent[] = [];
  private palette: Palette;
  private finest = DAY;
  /** The page's font, read when the layout changes. */
  private fontFamily = 'sans-serif';
  /** The marks as last drawn: what the pointer hits. */
  private view: ViewMarks | null = null;
  private readonly dirty = new Set<Layer>();
  private frameRequest = 0;

  constructor(
    private readonly root: HTMLElement,
    callbacks: TimelineCallbacks,
  ) {
    const dom = (this.dom = new TimelineDom(root));
    this.palette = readPalette(root);
    this.canvasLayer = new CanvasLayer(dom.ctx);
    this.brush = new WindowBrush(dom.brush, dom.svg, {
      scale: () => this.viewport.scale,
      geometry: () => this.geometry,
      window: () => this.window,
      markAt: this.markAt,
      localPoint: (pointer) => dom.localPoint(pointer),
      onTap: (mark) => callbacks.onSelect(mark.id),
      onDrag: () => {
        if (!this.hovered) return;
        this.pointer.hideTooltip();
        callbacks.onHover(null);
      },
      onWindow: (window, final) => {
        this.window = window;
        this.invalidate('canvas', 'window');
        callbacks.onWindowChange(window, final);
      },
    });
    this.viewport = new Viewport(dom.svg, dom.panZone, {
      onChange: () => {
        this.pointer.hideTooltip();
        this.invalidate();
      },
      onCommit: (domain) => callbacks.onDomainChange(domain),
    });
    this.slider = new WindowSlider(dom.slider, {
      extent: () => this.data?.extent ?? null,
      window: () => this.window,
      visibleDomain: () => this.viewport.visibleDomain(),
      onWindow: (window) => {
        this.window = window;
        this.invalidate('canvas', 'window', 'brush');
        if (window) this.viewport.keepInView(window);
        callbacks.onWindowChange(window, true);
      },
    });
    this.pointer = new MarkPointer(dom, {
      markAt: this.markAt,
      busy: () => this.brush.brushing,
      geometry: () => this.geometry,
      onHover: (id) => callbacks.onHover(id),
    });
    this.stopKeys = listenForTimelineKeys(root, dom.slider, (action) => {
      if (action === 'zoom-in' || action === 'zoom-out')
        this.zoomBy(action === 'zoom-in' ? 2 : 0.5);
      else callbacks.onStep(action === 'next' ? 1 : -1);
    });
    this.resizeObserver = new ResizeObserver(() => this.resize());
    this.resizeObserver.observe(root);
    this.resize();
  }

  setData(data: TimelineData) {
    const extentChanged =
      data.extent?.[0] !== this.data?.extent?.[0] || data.extent?.[1] !== this.data?.extent?.[1];
    const domain = this.viewport.visibleDomain();
    const left = this.geometry.left;
    this.data = data;
    this.finest = finestResolution(data.events);
    // The lane labels decide where the plot begins: the scale is fitted to the plot as it will be,
    // or the earliest events would start under the labels.
    this.geometry = this.measure(this.geometry);
    // New data keeps the domain a link asked for; otherwise it is framed whole.
    if (extentChanged) this.viewport.fit(this.geometry, data.extent, 'requested');
    else if (this.geometry.left !== left)
      this.viewport.fit(this.geometry, data.extent, this.viewport.zoomed ? domain : null);
    this.relayout();
  }

  /** `follow`: pan so the window stays on screen (playback). */
  setWindow(window: TimeWindow | null, mode: WindowMode, follow = false) {
    this.window = window;
    this.mode = mode;
    if (follow && window) this.viewport.keepInView(window);
    this.invalidate('canvas', 'window');
  }

  setSelection(event: ChronoEvent | null) {
    if (event === this.selected) return;
    this.selected = event;
    if (event) this.viewport.reveal(event);
    this.invalidate('highlights');
  }

  setHover(event: ChronoEvent | null) {
    if (event === this.hovered) return;
    this.hovered = event;
    this.invalidate('highlights');
  }

  /** The events a story's step is about: ringed, dashed, until the next step. */
  setStoryMarks(events: readonly ChronoEvent[]) {
    this.marked = events;
    this.invalidate('highlights');
  }

  /** A domain the app asked for (a link, Back/Forward; a story's step eases); null fits the data. */
  setDomain(domain: [number, number] | null, ease = false) {
    this.viewport.request(domain, ease);
  }

  /** Zooms by a factor around the centre (+/- buttons and keys). */
  zoomBy(factor: number) {
    this.viewport.zoomBy(factor);
  }

  /** Frames the whole dataset; the link then has no `t=`. */
  fitAll() {
    this.viewport.fitAll();
  }

  /** Palette comes from CSS, so a theme switch only needs a redraw. */
  refreshTheme() {
    this.palette = readPalette(this.root);
    this.invalidate('canvas');
  }

  /** The visible domain in UTC ms. */
  visibleDomain(): [number, number] {
    return this.viewport.visibleDomain();
  }

  /** A narrow read-only view for automation: where things are on screen. */
  automation(): TimelineAutomation {
    return createTimelineAutomation({
      scale: () => this.viewport.scale,
      geometry: () => this.geometry,
      drawnView: () => (this.dirty.has('canvas') ? null : this.view),
      window: () => this.window,
      clientPoint: (x, y) => this.dom.clientPoint(x, y),
    });
  }

  destroy() {
    cancelAnimationFrame(this.frameRequest);
    this.resizeObserver.disconnect();
    this.stopKeys();
    this.brush.dispose();
    this.viewport.dispose();
    this.slider.dispose();
    this.pointer.dispose();
    this.dom.dispose();
  }

  private resize() {
    const { width, height } = this.root.getBoundingClientRect();
    if (width === 0 || height === 0) return;
    const domain = this.data ? this.viewport.visibleDomain() : null;
    this.geometry = this.measure({ width, height });
    sizeSurfaces(this.dom, width, height);
    const keep = domain && this.viewport.zoomed ? domain : null;
    this.viewport.fit(this.geometry, this.data?.extent ?? null, keep);
    this.relayout();
  }

  private measure(size: { width: number; height: number }): TimelineGeometry {
    this.fontFamily = readFontFamily(this.root);
    const labels = this.data?.lanes.lanes.map((lane) => lane.label) ?? [];
    return measureGeometry(this.dom, size, labels, this.fontFamily);
  }

  private relayout() {
    placeSurfaces(this.dom, this.geometry);
    this.brush.setExtent(this.geometry);
    this.invalidate();
  }

  /** Repaints what changed (no layers: everything); the canvas and axis on the next frame. */
  private invalidate(...layers: Layer[]) {
    const now = new Set<Layer>();
    for (const layer of layers.length ? layers : EVERY_LAYER)
      (NEXT_FRAME.has(layer) ? this.dirty : now).add(layer);
    if (now.size) this.render(this.frame(), now);
    if (this.frameRequest || !this.dirty.size) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      const dirty = new Set(this.dirty);
      this.dirty.clear();
      this.render(this.frame(), dirty);
    });
  }

  private frame(): TimelineFrame {
    return buildFrame({
      scale: this.viewport.scale,
      geometry: this.geometry,
      data: this.data,
      window: this.window,
      mode: this.mode,
      palette: this.palette,
      finest: this.finest,
      fontFamily: this.fontFamily,
      hovered: this.hovered,
      selected: this.selected,
      marked: this.marked,
    });
  }

  private render(frame: TimelineFrame, layers: ReadonlySet<Layer>) {
    if (layers.has('canvas')) {
      const { data } = frame;
      this.view = data ? this.viewMarks({ ...frame, data }) : null;
      this.canvasLayer.render(frame, this.view);
      if (data && data.events.length > 0) markOnce('timeline-drawn');
    }
    if (layers.has('axis')) renderAxis(this.dom, frame);
    if (layers.has('labels')) renderLaneLabels(this.dom, frame);
    if (layers.has('brush') || (layers.has('window') && !this.brush.brushing))
      this.brush.show(frame.window, frame.scale);
    if (layers.has('window') || layers.has('brush')) {
      renderEdgeLabels(this.dom, frame);
      this.slider.render(frame);
    }
    // New marks move the rings too.
    if (layers.has('canvas') || layers.has('highlights'))
      renderHighlights(this.dom, frame, this.view);
  }

  private markAt = (pointer: { clientX: number; clientY: number }): ChronoEvent | null =>
    eventAt(this.view, this.data, this.viewport.scale, this.geometry, this.dom.localPoint(pointer));
}
