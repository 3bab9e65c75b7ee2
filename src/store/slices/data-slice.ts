import type { StateCreator } from 'zustand';

import type { DataProblem, Dataset, RecordKind } from '@/domain/events/types';

import type { AppState } from '../app-store';

export type DatasetSource =
  { kind: 'default'; url: string } | { kind: 'url'; url: string } | { kind: 'file'; name: string };

export type LoadState =
  | { status: 'idle' }
  | {
      status: 'loading';
      source: DatasetSource;
      loadedBytes: number;
      totalBytes: number | null;
      phase: 'download' | 'parse';
    }
  | { status: 'ready'; source: DatasetSource }
  | { status: 'error'; source: DatasetSource; message: string };

export interface DataSlice {
  dataset: Dataset | null;
  /** Records skipped or trimmed while loading the current dataset. */
  problems: DataProblem[];
  recordKind: RecordKind;
  load: LoadState;
  setLoad: (load: LoadState) => void;
  /**
   * Shows a newly loaded dataset. One the user just picked starts from a clean view; the first
   * one keeps the view its link asked for.
   */
  setDataset: (
    dataset: Dataset,
    problems: DataProblem[],
    recordKind: RecordKind,
    source: DatasetSource,
    options?: { resetView: boolean },
  ) => void;
}

/** The view of a dataset nobody has narrowed down yet. */
export const CLEAN_VIEW = {
  window: null,
  mode: 'window',
  domain: null,
  categories: null,
  actors: [],
  query: '',
  selectedId: null,
  hoveredId: null,
  camera: null,
  cameraOrigin: 'app',
  playing: false,
  scrubbing: false,
} satisfies Partial<AppState>;

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  problems: [],
  recordKind: 'event',
  load: { status: 'idle' },
  setLoad: (load) => set({ load }),
  setDataset: (dataset, problems, recordKind, source, options) =>
    set({
      dataset,
      problems,
      recordKind,
      load: { status: 'ready', source },
      ...(options?.resetView ? CLEAN_VIEW : {}),
    }),
});
