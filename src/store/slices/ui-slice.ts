import type { StateCreator } from 'zustand';

import type { AppState } from '../app-store';

/** How the page and the map are drawn. */
export type Theme = 'light' | 'dark';

export type ColorSchemePreference = 'system' | Theme;

export interface UiSlice {
  colorScheme: ColorSchemePreference;
  /** What is drawn now: the preference, or the system's when it is "system". */
  resolvedScheme: Theme;
  setColorScheme: (preference: ColorSchemePreference) => void;
  setSystemScheme: (scheme: Theme) => void;
  /** Chrome-less embed mode (`?embed=1`). */
  embed: boolean;
  setEmbed: (embed: boolean) => void;
  /** Short notes for the reader, e.g. what a link asked for that could not be shown. */
  notices: string[];
  addNotices: (notices: string[]) => void;
  dismissNotices: () => void;
  /** Tablet widths: the filters are a drawer over the map, open or closed. */
  filtersOpen: boolean;
  setFiltersOpen: (open: boolean) => void;
  /** Pixels of the map a panel covers: a phone's open sheet at the bottom, a drawer at the left. */
  mapCover: Record<MapCoverSide, number>;
  setMapCover: (side: MapCoverSide, px: number) => void;
}

export type MapCoverSide = 'left' | 'bottom';

const STORAGE_KEY = 'chronomap:color-scheme';

function storedPreference(): ColorSchemePreference {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'light' || value === 'dark' ? value : 'system';
  } catch {
    return 'system';
  }
}

function systemScheme(): Theme {
  return globalThis.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set, get) => {
  const preference = storedPreference();
  return {
    colorScheme: preference,
    resolvedScheme: preference === 'system' ? systemScheme() : preference,
    setColorScheme: (colorScheme) => {
      try {
        if (colorScheme === 'system') globalThis.localStorage?.removeItem(STORAGE_KEY);
        else globalThis.localStorage?.setItem(STORAGE_KEY, colorScheme);
      } catch {
        // Private mode: the choice lasts for this visit only.
      }
      set({ colorScheme, resolvedScheme: colorScheme === 'system' ? systemScheme() : colorScheme });
    },
    setSystemScheme: (scheme) => {
      if (get().colorScheme === 'system') set({ resolvedScheme: scheme });
    },
    embed: false,
    setEmbed: (embed) => set({ embed }),
    notices: [],
    addNotices: (notices) => {
      if (notices.length) set({ notices: [...get().notices, ...notices] });
    },
    dismissNotices: () => set({ notices: [] }),
    filtersOpen: false,
    setFiltersOpen: (filtersOpen) => set({ filtersOpen }),
    mapCover: { left: 0, bottom: 0 },
    setMapCover: (side, px) => {
      const cover = get().mapCover;
      if (cover[side] !== px) set({ mapCover: { ...cover, [side]: px } });
    },
  };
};
