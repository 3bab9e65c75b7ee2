import { useEffect, useRef } from 'react';

import { startsInWholeDays } from '@/domain/events/dates';
import type { Dataset } from '@/domain/events/types';
import { useAppStore, type AppState } from '@/store/app-store';
import { memoizeOn } from '@/store/memo';
import { selectBaseEvents, selectHoveredEvent, selectSelectedEvent } from '@/store/selectors';
import type { LaneMode } from '@/store/slices/time-slice';
import { registerAutomation } from '@/utils/automation';

import { buildLanes, categoryGroups, type CategoryGroups, type LaneModel } from '../lib/lanes';
import { PlaybackLoop } from '../lib/playback';
import { stepEvent } from '../lib/step';
import { TimelineController } from '../lib/timeline-controller';

export interface TimelineHandle {
  zoomBy: (factor: number) => void;
  fitAll: () => void;
  step: (direction: 1 | -1) => void;
}

const store = useAppStore;

/** Small sets keep every category (the same object, so the lanes are not rebuilt). */
const selectCategoryGroups = memoizeOn(
  (s: AppState) => [s.dataset, s.categories] as const,
  ([dataset, categories]): CategoryGroups =>
    dataset ? categoryGroups(dataset, categories) : { own: [], other: false },
);

/** Next/previous event in date order; the window follows when the event lies outside it. */
function step(direction: 1 | -1) {
  const state = store.getState();
  const base = selectBaseEvents(state);
  const result = stepEvent(
    base.events,
    base.starts,
    selectSelectedEvent(state),
    state.window,
    direction,
  );
  if (!result) return;
  if (result.window) state.setWindow(result.window);
  state.select(result.event.id);
}

/** A thin shell around the canvas/SVG timeline controller and playback, fed from the store. */
export function TimelinePlot({ onReady }: { onReady: (handle: TimelineHandle | null) => void }) {
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const controller = new TimelineController(root, {
      onWindowChange: (window, final) => store.getState().setWindow(window, !final),
      onSelect: (id) => store.getState().select(id),
      onHover: (id) => store.getState().hover(id),
      onDomainChange: (domain) => store.getState().setDomain(domain),
      onStep: step,
    });
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
    const pushData = () => {
      const state = store.getState();
      const dataset = state.dataset;
      if (!dataset) return;
      const base = selectBaseEvents(state);
      const groups = selectCategoryGroups(state);
      controller.setData({
        ...base,
        categories: dataset.categories,
        groups,
        lanes: lanesFor(dataset, state.lanes, groups),
        extent: dataset.extent,
        ...(base.events === dataset.events ? { categoryStarts: dataset.categoryStarts } : {}),
      });
    };
    const playback = new PlaybackLoop(
      () => {
        const s = store.getState();
        return {
          playing: s.playing,
          window: s.window,
          speed: s.speed,
          loop: s.loop,
          extent: s.dataset?.extent ?? null,
          inDays: s.dataset ? startsInWholeDays(s.dataset.starts) : false,
        };
      },
      (window, done) => {
        store.getState().setWindow(window);
        if (done) store.getState().setPlaying(false);
      },
    );
    pushData();
    const unsubscribe = [
      store.subscribe(selectBaseEvents, pushData),
      store.subscribe((s) => s.lanes, pushData),
      store.subscribe(
        (s) => [s.window, s.mode] as const,
        ([window, mode]) => controller.setWindow(window, mode, store.getState().playing),
        { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      store.subscribe(selectSelectedEvent, (event) => controller.setSelection(event), {
        fireImmediately: true,
      }),
      store.subscribe(selectHoveredEvent, (event) => controller.setHover(event)),
      store.subscribe(
        (s) => s.domain,
        (domain) => controller.setDomain(domain),
        { fireImmediately: true },
      ),
      store.subscribe(
        (s) => s.resolvedScheme,
        () => requestAnimationFrame(() => controller.refreshTheme()),
      ),
      store.subscribe(
        (s) => s.playing && !!s.dataset,
        (run) => (run ? playback.start() : playback.stop()),
        { fireImmediately: true },
      ),
      registerAutomation('timeline', controller.automation()),
    ];
    onReady({
      zoomBy: (factor) => controller.zoomBy(factor),
      fitAll: () => controller.fitAll(),
      step,
    });
    return () => {
      onReady(null);
      playback.stop();
      for (const stop of unsubscribe) stop();
      controller.destroy();
    };
  }, [onReady]);

  return <div ref={rootRef} className="timeline-plot" data-testid="timeline-plot" />;
}
