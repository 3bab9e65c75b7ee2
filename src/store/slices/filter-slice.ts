import type { StateCreator } from 'zustand';

import type { AppState } from '../app-store';

export interface FilterSlice {
  /** Category ids shown; null means all. */
  categories: string[] | null;
  actors: string[];
  query: string;
  /** Limit list, counts and histogram to the map's current bounds. */
  inView: boolean;
  setCategories: (categories: string[] | null) => void;
  toggleCategory: (id: string) => void;
  setActors: (actors: string[]) => void;
  toggleActor: (actor: string) => void;
  setQuery: (query: string) => void;
  setInView: (inView: boolean) => void;
  clearFilters: () => void;
}

export const createFilterSlice: StateCreator<AppState, [], [], FilterSlice> = (set, get) => ({
  categories: null,
  actors: [],
  query: '',
  inView: false,
  setCategories: (categories) => set({ categories }),
  toggleCategory: (id) => {
    const all = get().dataset?.categories.map((category) => category.id) ?? [];
    const shown = get().categories ?? all;
    const next = shown.includes(id) ? shown.filter((c) => c !== id) : [...shown, id];
    // Showing every category again is the same as no category filter: keep links short.
    set({
      categories: all.every((c) => next.includes(c)) ? null : all.filter((c) => next.includes(c)),
    });
  },
  setActors: (actors) => set({ actors }),
  toggleActor: (actor) => {
    const actors = get().actors;
    set({
      actors: actors.includes(actor) ? actors.filter((a) => a !== actor) : [...actors, actor],
    });
  },
  setQuery: (query) => set({ query }),
  setInView: (inView) => set({ inView }),
  // Every filter, the map-view limit included: "Clear all" must leave nothing hidden.
  clearFilters: () =>
    set({
      categories: null,
      actors: [],
      query: '',
      inView: false,
      window: null,
      mode: 'window',
    }),
});
