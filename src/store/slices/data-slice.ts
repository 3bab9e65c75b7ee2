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
  setDataset: (
    dataset: Dataset,
    problems: DataProblem[],
    recordKind: RecordKind,
    source: DatasetSource,
  ) => void;
}

export const createDataSlice: StateCreator<AppState, [], [], DataSlice> = (set) => ({
  dataset: null,
  problems: [],
  recordKind: 'event',
  load: { status: 'idle' },
  setLoad: (load) => set({ load }),
  setDataset: (dataset, problems, recordKind, source) =>
    set({ dataset, problems, recordKind, load: { status: 'ready', source } }),
});
