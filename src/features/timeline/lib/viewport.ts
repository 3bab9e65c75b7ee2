import { select, type Selection } from 'd3-selection';
import {
  zoom,
  zoomIdentity,
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
} from 'd3-zoom';

import type { TimeWindow } from '@/domain/events/time-window';
import type { ChronoEvent } from '@/domain/events/types';
import { DAY, HOUR } from '@/domain/time/units';
import { EchoGuard } from '@/utils/echo-guard';
import { prefersReducedMotion } from '@/utils/motion';

import type { TimelineGeometry } from './geometry';
import { createTimeScale, paddedExtent, type TimeScale } from './time-scale';

export type Domain = [number, number];

const MIN_VISIBLE_SPAN = 6 * HOUR;
const MIN_ZOOM = 0.2;
/** The visible domain goes to the store (and the link) once zooming settles, not every frame. */
const COMMIT_DELAY_MS = 150;
/** Domains closer than this to the one on screen are already applied (a link rounds to seconds). */
const SAME_DOMAIN_MS = 1000;
/** How long a story's step takes to move the dates on screen to its own. */
const EASE_MS = 700;
/** Shown while there are no dates at all. */
const PLACEHOLDER_DOMAIN: Domain = [Date.UTC(2024, 0, 1), Date.UTC(2024, 1, 1)];

export interface ViewportCallbacks {
  /** The scale changed (zoom, pan, a domain applied). */
  onChange: () => void;
  /** A domain to keep (for the link); null: the whole dataset is framed. */
  onCommit: (domain: Domain | null) => void;
}

/**
 * The dates on screen: d3-zoom on the overlay, the time scale it gives, applying a domain the app
 * asks for, keeping a window or an event in view, and committing what the user settles on.
 */
export class Viewport {
  private readonly svg: Selection<SVGSVGElement, unknown, null, undefined>;
  private readonly behavior: ZoomBehavior<SVGSVGElement, unknown>;
  private baseScale: TimeScale = createTimeScale([0, DAY], [0, 1]);
  private transform: ZoomTransform = zoomIdentity;
  private geometry: TimelineGeometry | null = null;
  private commitTimer: ReturnType<typeof setTimeout> | undefined;
  /** Around moving the zoom ourselves, so the move is not committed as the user's. */
  private readonly echo = new EchoGuard();
  /** The last domain the app asked for (null: fit the data). */
  private requested: Domain | null = null;
  private easing = 0;
  /** Where an easing is going: what a selection made with it is revealed within. */
  private easingTo: Domain | null = null;
  scale: TimeScale = this.baseScale;

  constructor(
    svg: SVGSVGElement,
    private readonly panZone: SVGRectElement,
    private readonly callbacks: ViewportCallbacks,
  ) {
    this.svg = select(svg);
    this.behavior = zoom<SVGSVGElement, unknown>().filter(this.filter).on('zoom', this.handleZoom);
    this.svg.call(this.behavior).on('dblclick.zoom', null);
    svg.addEventListener('wheel', this.handleSidewaysWheel, { passive: false });
  }

  /** The visible domain in UTC ms. */
  visibleDomain(): Domain {
    const [a, b] = this.scale.domain();
    return [Number(a), Number(b)];
  }

  get zoomed(): boolean {
    return this.transform.k !== 1;
  }

  /**
   * Fits the zoom to a plot and a data extent, then shows `keep` (a domain), the last domain
   * the app asked for (`'requested'`), or the whole extent (null).
   */
  fit(geometry: TimelineGeometry, extent: Domain | null, keep: Domain | 'requested' | null) {
    this.geometry = geometry;
    const g = geometry;
    const base = extent ? paddedExtent(extent) : PLACEHOLDER_DOMAIN;
    this.baseScale = createTimeScale(base, [g.left, g.right]);
    const maxK = Math.max(1, (base[1] - base[0]) / MIN_VISIBLE_SPAN);
    // Room to zoom out and pan past the data, e.g. to show a domain a link asked for.
    const slack = (g.right - g.left) * 2;
    this.behavior
      .scaleExtent([MIN_ZOOM, maxK])
      .extent([
        [g.left, 0],
        [g.right, g.height],
      ])
      .translateExtent([
        [g.left - slack, 0],
        [g.right + slack, g.height],
      ]);
    this.apply(keep === 'requested' ? this.requested : keep);
  }

  /** A domain the app asked for (a link, Back/Forward); null fits the data. A story's eases. */
  request(domain: Domain | null, ease = false) {
    this.requested = domain;
    cancelAnimationFrame(this.easing);
    this.easingTo = null;
    const [c0, c1] = this.visibleDomain();
    if (
      domain &&
      Math.abs(c0 - domain[0]) < SAME_DOMAIN_MS &&
      Math.abs(c1 - domain[1]) < SAME_DOMAIN_MS
    )
      return;
    if (ease && !prefersReducedMotion()) this.easeTo(domain);
    else this.apply(domain);
  }

  /** Zooms by a factor around the centre (+/- buttons and keys). */
  zoomBy(factor: number) {
    this.svg.call(this.behavior.scaleBy, factor);
    this.scheduleCommit();
  }

  /** Frames the whole dataset; the link then has no `t=`. */
  fitAll() {
    clearTimeout(this.commitTimer);
    this.requested = null;
    this.apply(null);
    this.callbacks.onCommit(null);
  }

  /** Pans (never zooms) so a window moved by keyboard or playback stays on screen. */
  keepInView(window: TimeWindow) {
    const [d0, d1] = this.visibleDomain();
    if (window.start >= d0 && window.end <= d1) return;
    const span = d1 - d0;
    if (window.end - window.start >= span) return;
    const start = window.start < d0 ? window.start - span * 0.05 : window.end - span * 0.95;
    this.apply([start, start + span]);
    this.scheduleCommit();
  }

  /** Pans (never zooms) so an event selected elsewhere comes into view. */
  reveal(event: ChronoEvent) {
    const [d0, d1] = this.easingTo ?? this.visibleDomain();
    if (event.start >= d0 && event.start <= d1) return;
    const span = d1 - d0;
    const centre = (event.start + Math.min(event.end, event.start + DAY)) / 2;
    this.apply([centre - span / 2, centre + span / 2]);
    this.callbacks.onCommit(this.visibleDomain());
  }

  dispose() {
    cancelAnimationFrame(this.easing);
    clearTimeout(this.commitTimer);
    this.svg.on('.zoom', null);
    this.svg.node()?.removeEventListener('wheel', this.handleSidewaysWheel);
  }

  private apply(domain: Domain | null) {
    const left = this.geometry?.left ?? 0;
    let transform = zoomIdentity;
    if (domain && domain[1] > domain[0]) {
      const [b0, b1] = this.baseScale.domain().map(Number) as Domain;
      const k = Math.max(MIN_ZOOM, (b1 - b0) / (domain[1] - domain[0]));
      // x' = k·x + tx: put domain[0] on the left edge of the plot.
      transform = zoomIdentity.translate(left - k * this.baseScale(domain[0]), 0).scale(k);
    }
    this.echo.apply(() => this.svg.call(this.behavior.transform, transform));
  }

  /** Moves both ends of the dates on screen to the domain's, a frame at a time. */
  private easeTo(domain: Domain | null) {
    const from = this.visibleDomain();
    const to = domain ?? (this.baseScale.domain().map(Number) as Domain);
    const started = performance.now();
    this.easingTo = to;
    const step = (now: number) => {
      const t = Math.min(1, (now - started) / EASE_MS);
      const eased = t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2;
      if (t >= 1) {
        this.easingTo = null;
        return this.apply(domain);
      }
      this.apply([from[0] + (to[0] - from[0]) * eased, from[1] + (to[1] - from[1]) * eased]);
      this.easing = requestAnimationFrame(step);
    };
    this.easing = requestAnimationFrame(step);
  }

  private scheduleCommit() {
    clearTimeout(this.commitTimer);
    this.commitTimer = setTimeout(
      () => this.callbacks.onCommit(this.visibleDomain()),
      COMMIT_DELAY_MS,
    );
  }

  /** The wheel zooms; a drag pans only from the axis strip, the plot's presses being the brush's. */
  private filter = (event: Event) => {
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
    this.callbacks.onChange();
    if (event.sourceEvent && !this.echo.echoing) this.scheduleCommit();
  };

  /** Trackpads scroll sideways, and Shift+wheel is the usual way to scroll sideways with a mouse. */
  private handleSidewaysWheel = (event: WheelEvent) => {
    const dx = event.shiftKey ? event.deltaY || event.deltaX : event.deltaX;
    if (!event.shiftKey && Math.abs(event.deltaX) <= Math.abs(event.deltaY)) return;
    event.preventDefault();
    this.svg.call(this.behavior.translateBy, -dx / this.transform.k, 0);
    this.scheduleCommit();
  };
}
