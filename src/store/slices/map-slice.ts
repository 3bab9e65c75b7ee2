import type { StateCreator } from 'zustand';

import type { AppState } from '../app-store';

export interface Camera {
  zoom: number;
  lat: number;
  lon: number;
}

/** What a fit frames: where most of the events are (the first view, Fit to events), or all. */
export type FitScope = 'most' | 'all';

/** [west, south, east, north] in degrees. */
export type Bounds = [number, number, number, number];

export interface MapSlice {
  /** null: frame the data. */
  camera: Camera | null;
  /**
   * Who set the camera last. The map applies only cameras it did not report itself,
   * so its own moves never echo back into it; a story's step eases there, the others jump.
   */
  cameraOrigin: 'map' | 'app' | 'story';
  bounds: Bounds | null;
  /** The map reports its view; only a user's move becomes the shared camera (and the link's `map=`). */
  setViewFromMap: (camera: Camera, bounds: Bounds, byUser: boolean) => void;
  setCamera: (camera: Camera | null) => void;
}

export const createMapSlice: StateCreator<AppState, [], [], MapSlice> = (set) => ({
  camera: null,
  cameraOrigin: 'app',
  bounds: null,
  // Until the user moves the map, the camera stays "frame the data" (null) and out of links.
  setViewFromMap: (camera, bounds, byUser) =>
    set((state) => (byUser || state.camera ? { camera, bounds, cameraOrigin: 'map' } : { bounds })),
  setCamera: (camera) => set({ camera, cameraOrigin: 'app' }),
});
