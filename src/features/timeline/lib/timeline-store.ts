import { stepEvent } from '@/domain/events/step-event';
import type { Dataset } from '@/domain/events/types';
import { useAppStore, type AppState } from '@/store/app-store';
import { memoizeOn } from '@/store/memo';
import {
  selectBaseEvents,
  selectCategoryColors,
  selectCategoryStarts,
  selectSelectedEvent,
} from '@/store/selectors';
import type { LaneMode } from '@/store/slices/time-slice';

import { buildLanes, categoryGroups, type CategoryGroups, type LaneModel } from './lanes';
import type { TimelineData } from './timeline-frame';

/** Small sets keep every category (the same object, so the lanes are not rebuilt). */
const selectCategoryGroups = memoizeOn(
  (s: AppState) => [s.dataset, s.categories] as const,
  ([dataset, categories]): CategoryGroups =>
    dataset ? categoryGroups(dataset, categories) : { own: [], other: false },
);

/**
 * What the timeline draws, read from the store; null before a dataset. Its lanes are rebuilt
 * only when the dataset, the lane mode or (by category) the stacked categories change.
 */
export function createTimelineDataReader(): (state: AppState) => TimelineData | null {
  let lanes: {
    dataset: Dataset;
    mode: LaneMode;
    groups: CategoryGroups;
    model: LaneModel;
  } | null = null;
  const lanesFor = (dataset: Dataset, mode: LaneMode, groups: CategoryGroups) => {
    const sameGroups = lanes?.groups.own === groups.own && lanes.groups.other === groups.other;
    if (lanes?.dataset !== dataset || lanes.mode !== mode || (mode === 'category' && !sameGroups))
      lanes = { dataset, mode, groups, model: buildLanes(mode, dataset, groups) };
    return lanes.model;
  };
  return (state) => {
    const dataset = state.dataset;
    if (!dataset) return null;
    const groups = selectCategoryGroups(state);
    return {
      ...selectBaseEvents(state),
      categoryColors: selectCategoryColors(state),
      categoryStarts: selectCategoryStarts(state),
      groups,
      lanes: lanesFor(dataset, state.lanes, groups),
      extent: dataset.extent,
    };
  };
}

/** Next/previous event in date order; the window follows when the event lies outside it. */
export function stepSelection(state: AppState, direction: 1 | -1) {
  const result = stepEvent(
    selectBaseEvents(state),
    selectSelectedEvent(state),
    state.window,
    direction,
  );
  if (!result) return;
  if (result.window) state.setWindow(result.window);
  state.select(result.event.id);
}

/** Steps the app's selection: the Previous/Next buttons and the timeline's ←/→ keys. */
export const step = (direction: 1 | -1) => stepSelection(useAppStore.getState(), direction);
