import type { StateCreator } from 'zustand';

import type { AppState } from '../app-store';

export interface SelectionSlice {
  selectedId: string | null;
  hoveredId: string | null;
  select: (id: string | null) => void;
  hover: (id: string | null) => void;
}

export const createSelectionSlice: StateCreator<AppState, [], [], SelectionSlice> = (set) => ({
  selectedId: null,
  hoveredId: null,
  select: (selectedId) => set({ selectedId }),
  hover: (hoveredId) => set((state) => (state.hoveredId === hoveredId ? state : { hoveredId })),
});
