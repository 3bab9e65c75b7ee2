import { useEffect, useRef } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectBaseEvents, selectHoveredEvent, selectSelectedEvent } from '@/store/selectors';
import { registerAutomation } from '@/utils/automation';

import type { Dataset } from '@/domain/events/types';
import type { LaneMode } from '@/store/slices/time-slice';

import { buildLanes, type LaneModel } from '../lib/lanes';
import { TimelineController } from '../lib/timeline-controller';

export interface TimelineHandle {
  zoomBy: (factor: number) => void;
  fitAll: () => void;
}

/** A thin shell around the canvas/SVG timeline controller, fed from the store. */
export function TimelinePlot({ onReady }: { onReady: (handle: TimelineHandle | null) => void }) {
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const store = useAppStore;
    const controller = new TimelineController(root, {
      onWindowChange: (window) => store.getState().setWindow(window),
      onSelect: (id) => store.getState().select(id),
      onHover: (id) => store.getState().hover(id),
      onDomainChange: (domain) => store.getState().setDomain(domain),
    });
    let lanes: { dataset: Dataset; mode: LaneMode; model: LaneModel } | null = null;
    const lanesFor = (dataset: Dataset, mode: LaneMode) => {
      if (lanes?.dataset !== dataset || lanes.mode !== mode) {
        lanes = { dataset, mode, model: buildLanes(mode, dataset) };
      }
      return lanes.model;
    };
    const pushData = () => {
      const state = store.getState();
      const dataset = state.dataset;
      if (!dataset) return;
      controller.setData({
        ...selectBaseEvents(state),
        categories: dataset.categories,
        lanes: lanesFor(dataset, state.lanes),
        extent: dataset.extent,
      });
    };
    pushData();
    const unsubscribe = [
      store.subscribe(selectBaseEvents, pushData),
      store.subscribe((s) => s.lanes, pushData),
      store.subscribe(
        (s) => [s.window, s.mode] as const,
        ([window, mode]) => controller.setWindow(window, mode),
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
      registerAutomation('timeline', controller.automation()),
    ];
    onReady({ zoomBy: (factor) => controller.zoomBy(factor), fitAll: () => controller.fitAll() });
    return () => {
      onReady(null);
      for (const stop of unsubscribe) stop();
      controller.destroy();
    };
  }, [onReady]);

  return <div ref={rootRef} className="timeline-plot" data-testid="timeline-plot" />;
}
