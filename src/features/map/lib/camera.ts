import type { Map as MapLibreMap, PaddingOptions } from 'maplibre-gl';

import type { ChronoEvent } from '@/domain/events/types';
import type { Bounds, Camera, FitScope } from '@/store/slices/map-slice';

import { eventBounds, focusBounds, samplePositions } from './focus-bounds';
import {
  causedByReader,
  FOR_READER,
  type Cover,
  type LonLat,
  type MapCallbacks,
} from './map-types';

/** Below this much uncovered map, a panel is taken as covering it all: there is nothing to fit in. */
const MIN_UNCOVERED_PX = 100;
/** Room kept around the events when the map frames them. */
const FIT_MARGIN_PX = 48;
/** A selection closer than this to an edge (or a panel) is revealed as if off screen. */
const REVEAL_MARGIN_PX = 24;

type Size = { width: number; height: number };

/** The cover to plan around: none on a side where a panel leaves no map to speak of. */
export function coverToAvoid(size: Size, cover: Cover): Cover {
  return {
    left: size.width - cover.left >= MIN_UNCOVERED_PX ? cover.left : 0,
    bottom: size.height - cover.bottom >= MIN_UNCOVERED_PX ? cover.bottom : 0,
  };
}

/**
 * Where to ease to show a point: null when it is on screen and clear of the panels already, else
 * the offset that centres it in the part of the map they leave uncovered.
 */
export function revealOffset(
  point: { x: number; y: number },
  size: Size,
  cover: Cover,
): [number, number] | null {
  const { left, bottom } = cover;
  const margin = REVEAL_MARGIN_PX;
  const onScreen =
    point.x >= left + margin &&
    point.y >= margin &&
    point.x <= size.width - margin &&
    point.y <= size.height - bottom - margin;
  return onScreen ? null : [left / 2, -bottom / 2];
}

/** The padding that frames events in the uncovered part, with less margin in a narrow strip. */
export function fitPadding(size: Size, cover: Cover): PaddingOptions {
  const roomy = Math.min(size.width - cover.left, size.height - cover.bottom) >= 4 * FIT_MARGIN_PX;
  const margin = roomy ? FIT_MARGIN_PX : FIT_MARGIN_PX / 3;
  return { top: margin, left: margin + cover.left, right: margin, bottom: margin + cover.bottom };
}

/** What the camera needs of MapLibre's map: a fake one does in unit tests. */
export type CameraMap = Pick<
  MapLibreMap,
  'project' | 'easeTo' | 'jumpTo' | 'fitBounds' | 'getCenter' | 'getZoom' | 'getBounds' | 'isMoving'
>;

type CameraContainer = Pick<HTMLElement, 'clientWidth' | 'clientHeight' | 'getBoundingClientRect'>;

/** Sets, fits and reveals the camera, and reports the view to the app. */
export class MapCamera {
  private cover: Cover = { left: 0, bottom: 0 };
  /** The camera a story's step asked for, until the reader moves the map. */
  private storyCamera: Camera | null = null;
  private moveFrame = 0;

  constructor(
    private readonly map: CameraMap,
    private readonly container: CameraContainer,
    private readonly reducedMotion: () => boolean,
    private readonly onViewChange: MapCallbacks['onViewChange'],
  ) {}

  /**
   * How much of the map panels cover (a phone's sheet, a tablet's drawer). A camera padding
   * would do the same, but MapLibre keeps padding and would shift the map under the reader, and
   * the link's centre with it, each time a panel opened.
   */
  setCover(cover: Cover) {
    this.cover = cover;
    // A story's sheet opens with its first step, after the camera set off: it is centred again
    // in what the sheet leaves, unless the reader has moved the map since.
    if (this.storyCamera) this.set(this.storyCamera, true);
  }

  current(): Camera {
    const center = this.map.getCenter();
    return { zoom: this.map.getZoom(), lat: center.lat, lon: center.lng };
  }

  bounds(): Bounds {
    const b = this.map.getBounds();
    return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
  }

  /**
   * Moves to a view the app asked for (a link, Back/Forward), unless it is there already; a
   * story's step eases there, so the reader sees where the story goes.
   */
  set(camera: Camera, ease = false) {
    this.storyCamera = ease ? camera : null;
    const center = this.map.getCenter();
    const same =
      Math.abs(this.map.getZoom() - camera.zoom) < 0.01 &&
      Math.abs(center.lat - camera.lat) < 1e-4 &&
      Math.abs(center.lng - camera.lon) < 1e-4;
    // A story's place is centred where the reader sees the map: clear of a phone's sheet.
    const { left, bottom } = coverToAvoid(this.size(), this.cover);
    if (same && (!ease || (left === 0 && bottom === 0))) return;
    const target = { center: [camera.lon, camera.lat] as LonLat, zoom: camera.zoom };
    if (!ease) return void this.map.jumpTo(target);
    const offset: [number, number] = [left / 2, -bottom / 2];
    this.map.easeTo({ ...target, offset, duration: this.reducedMotion() ? 0 : 800 });
  }

  /**
   * Frames the given events (those with a place): where most of them are, or all of them. The
   * first view and "Fit to events" frame the same way; the first view is the only camera that is
   * not the reader's (a link without `map=` frames the data on the screen it is opened on).
   */
  fitTo(events: readonly ChronoEvent[], scope: FitScope, byReader = true, ease = byReader) {
    const box = scope === 'most' ? focusBounds(samplePositions(events)) : eventBounds(events);
    if (!box) return;
    const size = this.size();
    this.map.fitBounds(
      box,
      {
        padding: fitPadding(size, coverToAvoid(size, this.cover)),
        maxZoom: 7,
        duration: ease && !this.reducedMotion() ? 600 : 0,
      },
      byReader ? FOR_READER : {},
    );
  }

  /**
   * Eases to a point only when it is off screen or under a panel, keeping the reader's zoom;
   * whether the camera moved.
   */
  reveal(lon: number, lat: number): boolean {
    const { width, height } = this.container.getBoundingClientRect();
    const offset = revealOffset(
      this.map.project([lon, lat]),
      { width, height },
      coverToAvoid(this.size(), this.cover),
    );
    if (!offset) return false;
    this.map.easeTo(
      { center: [lon, lat], offset, duration: this.reducedMotion() ? 0 : 700 },
      FOR_READER,
    );
    return true;
  }

  /** Eases in on a group of events the reader opened. */
  zoomInto(center: LonLat, zoom: number) {
    this.map.easeTo({ center, zoom, duration: this.reducedMotion() ? 0 : 500 }, FOR_READER);
  }

  /** Bounds follow the map live (for "only events in map view"), at most once a frame. */
  handleMove = (e: { originalEvent?: unknown; forReader?: boolean }) => {
    const byUser = causedByReader(e);
    if (byUser) this.storyCamera = null;
    if (this.moveFrame) return;
    this.moveFrame = requestAnimationFrame(() => {
      this.moveFrame = 0;
      if (this.map.isMoving()) this.report(byUser, false);
    });
  };

  report(byUser: boolean, settled: boolean) {
    this.onViewChange(this.current(), this.bounds(), byUser, settled);
  }

  destroy() {
    cancelAnimationFrame(this.moveFrame);
  }

  private size(): { width: number; height: number } {
    return { width: this.container.clientWidth, height: this.container.clientHeight };
  }
}
