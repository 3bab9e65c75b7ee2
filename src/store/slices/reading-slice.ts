import type { StateCreator } from 'zustand';

import type { ReadingQuestion } from '@/domain/reading/types';

import type { AppState } from '../app-store';

/** A file waiting for the reader to say how to read it (the reading dialog shows it). */
export interface PendingReading extends ReadingQuestion {
  /** The file's name, or the last part of its address. */
  fileName: string;
}

export interface ReadingSlice {
  pendingReading: PendingReading | null;
  setPendingReading: (pending: PendingReading | null) => void;
  /** The known format the shown dataset was recognised as ("a USGS earthquake feed"), if any. */
  readAs: string | null;
  setReadAs: (readAs: string | null) => void;
}

export const createReadingSlice: StateCreator<AppState, [], [], ReadingSlice> = (set) => ({
  pendingReading: null,
  setPendingReading: (pendingReading) => set({ pendingReading }),
  readAs: null,
  setReadAs: (readAs) => set({ readAs }),
});
