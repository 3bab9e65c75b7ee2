import type { StateCreator } from 'zustand';

import { sameWindow, type TimeWindow, type WindowMode } from '@/domain/events/time-window';

import type { AppState } from '../app-store';

/** What the timeline's lanes are drawn by. */
export const LANE_MODES = ['category', 'actor', 'country'] as const;
export type LaneMode = (typeof LANE_MODES)[number];

/** Data time played per second of playback. */
export const PLAYBACK_SPEEDS = ['day', 'week', 'month'] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

export interface TimeSlice {
  /** The brushed time window; null means all time. */
  window: TimeWindow | null;
  mode: WindowMode;
  /** The timeline's visible domain [start, end] in UTC ms; null means fit the data. */
  domain: [number, number] | null;
  playing: boolean;
  /** The window is being dragged: views may trade detail for speed until it is released. */
  scrubbing: boolean;
  speed: PlaybackSpeed;
  loop: boolean;
  lanes: LaneMode;
  setWindow: (window: TimeWindow | null, scrubbing?: boolean) => void;
  setMode: (mode: WindowMode) => void;
  setDomain: (domain: [number, number] | null) => void;
  setPlaying: (playing: boolean) => void;
  setSpeed: (speed: PlaybackSpeed) => void;
  setLoop: (loop: boolean) => void;
  setLanes: (lanes: LaneMode) => void;
}

/** The time view nobody has changed: also what a link leaves out (url-params.ts). */
export const TIME_DEFAULTS = {
  window: null,
  mode: 'window',
  domain: null,
  playing: false,
  scrubbing: false,
  speed: 'week',
  loop: false,
  lanes: 'category',
} as const satisfies Partial<TimeSlice>;

export const createTimeSlice: StateCreator<AppState, [], [], TimeSlice> = (set) => ({
  ...TIME_DEFAULTS,
  setWindow: (window, scrubbing = false) =>
    set((state) =>
      sameWindow(state.window, window)
        ? state.scrubbing === scrubbing
          ? state
          : { scrubbing }
        : { window: window && { start: window.start, end: window.end }, scrubbing },
    ),
  setMode: (mode) => set({ mode }),
  setDomain: (domain) => set({ domain }),
  setPlaying: (playing) => set({ playing }),
  setSpeed: (speed) => set({ speed }),
  setLoop: (loop) => set({ loop }),
  setLanes: (lanes) => set({ lanes }),
});

// The map's shell compares windows with it from here; its home is domain/events/time-window.ts.
export { sameWindow };
