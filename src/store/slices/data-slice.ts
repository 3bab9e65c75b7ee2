import type { StateCreator } from 'zustand';

import type { DatasetError } from '@/domain/events/dataset-error';
import type { SkippedRows } from '@/domain/events/skipped-rows';
import type { DataProblem, Dataset, RecordKind } from '@/domain/events/types';

import type { AppState } from '../app-store';

export type DatasetSource =
  | { kind: 'default'; url: string }
  /** `read`: how its columns were read (a link's `read=`), when it is not in Chronomap's format. */
  | { kind: 'url'; url: string; read?: string }
  | { kind: 'file'; name: string };

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
  | {
      status: 'error';
      source: DatasetSource;
      message: string;
      /** Why, when the load failed with a DatasetError: Retry cannot mend a bad or empty file. */
      errorKind?: DatasetError['kind'];
      /** The problems of a file that was read but none of whose records loaded, to show them. */
      report?: LoadReport;
    };

/** What Data problems shows about a file. */
export interface LoadReport {
  problems: DataProblem[];
  recordKind: RecordKind;
  skippedRows: SkippedRows | null;
  /** The file's title, for the skipped rows' file name. */
  title: string;
}

export interface DataSlice {
  dataset: Dataset | null;
  /** Records skipped or trimmed while loading the current dataset. */
  problems: DataProblem[];
  recordKind: RecordKind;
  /**
   * The skipped records' own cells, to download, fix and load again; given by the loader right
   * after `setDataset` (which clears them), null when there are none or the format has no rows.
   */
  skippedRows: SkippedRows | null;
  setSkippedRows: (rows: SkippedRows | null) => void;
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
  skippedRows: null,
  setSkippedRows: (skippedRows) => set({ skippedRows }),
  load: { status: 'idle' },
  setLoad: (load) => set({ load }),
  setDataset: (dataset, problems, recordKind, source, options) =>
    set({
      dataset,
      problems,
      recordKind,
      skippedRows: null,
      load: { status: 'ready', source },
      // A story belongs to its data: another dataset brings its own, and none is being told.
      stories: dataset.stories,
      story: null,
      storyMarks: [],
      editingStory: null,
      ...(options?.resetView ? CLEAN_VIEW : {}),
    }),
});
