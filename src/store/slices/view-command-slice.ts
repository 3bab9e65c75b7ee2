import type { StateCreator } from 'zustand';

import type { AppState, AppStore } from '../app-store';

import type { FitScope } from './map-slice';

/** What the map can be asked to do once, beyond showing the state. */
export type MapCommand = {
  kind: 'fit';
  scope: FitScope;
  /** A story's step framing what it shows: eased, and not the reader's camera (nor the link's). */
  forStory?: true;
};

/** What the timeline can be asked to do once: frame all the data, or zoom about its middle. */
export type TimelineCommand = { kind: 'fit' } | { kind: 'zoom'; factor: number };

/** A command and its number: asking for the same thing twice is two commands. */
export interface Issued<C> {
  seq: number;
  command: C;
}

/**
 * One protocol for asking a view to act (fit, zoom): a button or a shortcut issues a command
 * into the store, and the view that owns the action runs it. Commands are not state a link or
 * Back restores: a view that starts later does not replay the last one.
 */
export interface ViewCommandSlice {
  mapCommand: Issued<MapCommand> | null;
  timelineCommand: Issued<TimelineCommand> | null;
  /** Frames the events that pass the filters: where most of them are, or all. */
  fitMap: (scope?: FitScope, forStory?: true) => void;
  /** Frames the whole dataset on the timeline. */
  fitTimeline: () => void;
  /** Zooms the timeline in (factor > 1) or out about the middle of its view. */
  zoomTimeline: (factor: number) => void;
}

let seq = 0;
const issue = <C>(command: C): Issued<C> => ({ seq: ++seq, command });

export const createViewCommandSlice: StateCreator<AppState, [], [], ViewCommandSlice> = (set) => ({
  mapCommand: null,
  timelineCommand: null,
  fitMap: (scope = 'most', forStory) =>
    set({
      mapCommand: issue(forStory ? { kind: 'fit', scope, forStory } : { kind: 'fit', scope }),
    }),
  fitTimeline: () => set({ timelineCommand: issue({ kind: 'fit' }) }),
  zoomTimeline: (factor) => set({ timelineCommand: issue({ kind: 'zoom', factor }) }),
});

/**
 * Runs each command issued to one view from now on, in order; returns the unsubscribe. A view
 * calls it once it can act (the map once it is created), as it subscribes to the rest of the store.
 */
export function onViewCommand<K extends 'mapCommand' | 'timelineCommand'>(
  store: AppStore,
  view: K,
  run: (command: NonNullable<AppState[K]>['command']) => void,
): () => void {
  return store.subscribe(
    (state) => state[view],
    (issued) => {
      if (issued) run(issued.command as NonNullable<AppState[K]>['command']);
    },
  );
}
