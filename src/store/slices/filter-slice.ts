import type { StateCreator } from 'zustand';

import { idSet } from '@/domain/events/filter-events';

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
    const all = get().dataset?.categories ?? [];
    const current = get().categories;
    // A Set: a file may have 50,000 categories, and a list's includes() in a loop took minutes.
    const shown = current && idSet(current);
    const isShown = (other: string) => !shown || shown.has(other);
    const next = all
      .filter((category) => (category.id === id ? !isShown(id) : isShown(category.id)))
      .map((category) => category.id);
    // Showing every category again is the same as no category filter: keep links short.
    set({ categories: next.length === all.length ? null : next });
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
