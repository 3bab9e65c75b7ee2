import type { TimeWindow } from '@/domain/events/time-window';
import type { Category, EventSet } from '@/domain/events/types';
import type { Bounds, Camera } from '@/store/slices/map-slice';
import type { Theme } from '@/store/slices/ui-slice';

export interface MapCallbacks {
  onSelect: (id: string) => void;
  onHover: (id: string | null) => void;
  /**
   * The view changed: live while it moves and once when it settles. `byUser` is true for every
   * move a reader caused, directly (drag, wheel, keys, touch) or by asking for it (a cluster's
   * zoom, revealing the event they chose, Fit to events): those belong in the link. It is false
   * only for the first framing of the data and for cameras applied from a link.
   */
  onViewChange: (camera: Camera, bounds: Bounds, byUser: boolean, settled: boolean) => void;
}

export interface MapOptions {
  theme: Theme;
  camera: Camera | null;
  reducedMotion: () => boolean;
}

/** Pixels of the map that panels cover, per side (a phone's sheet, a tablet's drawer). */
export type Cover = Record<'left' | 'bottom', number>;

/**
 * What the map draws from, owned by the controller and read by its parts. Inputs only: how the
 * events are drawn is the current renderer's business (strategy.ts).
 */
export interface MapScene {
  /** Events passing the non-time filters, date-sorted, with their time index. */
  data: EventSet;
  categories: readonly Category[];
  /** The dataset's date extent, for the place list's strip. */
  extent: [number, number];
  window: TimeWindow | null;
  /** Scrubbing or playing: the window moves continuously. */
  live: boolean;
  theme: Theme;
  /** Bumped when the categories change, so the donut images of the old ones are not reused. */
  generation: number;
}

/** Event data on the moves the app makes for a reader, so they count as the reader's (see onViewChange). */
export const FOR_READER = { forReader: true } as const;

export const causedByReader = (e: { originalEvent?: unknown; forReader?: boolean }) =>
  !!e.originalEvent || e.forReader === true;

export type LonLat = [number, number];
