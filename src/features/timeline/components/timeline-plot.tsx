import { useEffect, useRef } from 'react';

import { startsInWholeDays } from '@/domain/events/dates';
import { useAppStore } from '@/store/app-store';
import {
  selectBaseEvents,
  selectHoveredEvent,
  selectMarkedEvents,
  selectSelectedEvent,
} from '@/store/selectors';
import { onViewCommand } from '@/store/slices/view-command-slice';
import { registerAutomation } from '@/utils/automation';

import { PlaybackLoop } from '../lib/playback';
import { TimelineController } from '../lib/timeline-controller';
import { createTimelineDataReader, step } from '../lib/timeline-store';

const store = useAppStore;

/** Playback advances the store's window, frame by frame, while the store says it is playing. */
function createPlayback() {
  return new PlaybackLoop(
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
}

/** A thin shell around the canvas/SVG timeline controller and playback, fed from the store. */
export function TimelinePlot() {
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
    const readData = createTimelineDataReader();
    const pushData = () => {
      const data = readData(store.getState());
      if (data) controller.setData(data);
    };
    const playback = createPlayback();
    pushData();
    const unsubscribe = [
      store.subscribe(selectBaseEvents, pushData),
      store.subscribe((s) => s.lanes, pushData),
      store.subscribe(
        (s) => [s.window, s.mode] as const,
        ([window, mode]) => controller.setWindow(window, mode, store.getState().playing),
        { fireImmediately: true, equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
      ),
      store.subscribe(
        (s) => s.domain,
        // Before the selection, which pans only when the dates asked for do not show it.
        // While a story is told, its steps (and Back and Forward through them) ease there.
        (domain) => controller.setDomain(domain, store.getState().story !== null),
        { fireImmediately: true },
      ),
      store.subscribe(selectSelectedEvent, (event) => controller.setSelection(event), {
        fireImmediately: true,
      }),
      store.subscribe(selectHoveredEvent, (event) => controller.setHover(event)),
      store.subscribe(selectMarkedEvents, (events) => controller.setStoryMarks(events), {
        fireImmediately: true,
      }),
      store.subscribe(
        (s) => s.resolvedScheme,
        () => requestAnimationFrame(() => controller.refreshTheme()),
      ),
      store.subscribe(
        (s) => s.playing && !!s.dataset,
        (run) => (run ? playback.start() : playback.stop()),
        { fireImmediately: true },
      ),
      onViewCommand(store, 'timelineCommand', (command) =>
        command.kind === 'fit' ? controller.fitAll() : controller.zoomBy(command.factor),
      ),
      registerAutomation('timeline', controller.automation()),
    ];
    return () => {
      playback.stop();
      for (const stop of unsubscribe) stop();
      controller.destroy();
    };
  }, []);

  return <div ref={rootRef} className="timeline-plot" data-testid="timeline-plot" />;
}
