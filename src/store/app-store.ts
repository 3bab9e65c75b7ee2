import { create } from 'zustand';
import { subscribeWithSelector } from 'zustand/middleware';

import { createDataSlice, type DataSlice } from './slices/data-slice';
import { createFilterSlice, type FilterSlice } from './slices/filter-slice';
import { createMapSlice, type MapSlice } from './slices/map-slice';
import { createReadingSlice, type ReadingSlice } from './slices/reading-slice';
import { createSelectionSlice, type SelectionSlice } from './slices/selection-slice';
import { createStorySlice, type StorySlice } from './slices/story-slice';
import { createTimeSlice, type TimeSlice } from './slices/time-slice';
import { createUiSlice, type UiSlice } from './slices/ui-slice';
import { createViewCommandSlice, type ViewCommandSlice } from './slices/view-command-slice';

export type AppState = DataSlice &
  TimeSlice &
  FilterSlice &
  SelectionSlice &
  MapSlice &
  UiSlice &
  ReadingSlice &
  StorySlice &
  ViewCommandSlice;

/** A fresh store; the app uses one, tests make their own. */
export const createAppStore = () =>
  create<AppState>()(
    subscribeWithSelector((...a) => ({
      ...createDataSlice(...a),
      ...createTimeSlice(...a),
      ...createFilterSlice(...a),
      ...createSelectionSlice(...a),
      ...createMapSlice(...a),
      ...createUiSlice(...a),
      ...createReadingSlice(...a),
      ...createStorySlice(...a),
      ...createViewCommandSlice(...a),
    })),
  );

export type AppStore = ReturnType<typeof createAppStore>;

/** The one store: the only channel between map, timeline and panels. */
export const useAppStore = createAppStore();
