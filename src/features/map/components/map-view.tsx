import { lazy, Suspense, useEffect, useRef } from 'react';

import { sameWindow } from '@/domain/events/time-window';
import { useAppStore, type AppState } from '@/store/app-store';
import {
  selectEffectiveWindow,
  selectHoveredEvent,
  selectMarkedEvents,
  selectMatchingEvents,
  selectSelectedEvent,
  selectVisibleEvents,
} from '@/store/selectors';
import { onViewCommand } from '@/store/slices/view-command-slice';
import { registerAutomation } from '@/utils/automation';
import { prefersReducedMotion } from '@/utils/motion';

import { BASEMAP_COLORS } from '../lib/basemap-style';
import { eventsToFrame } from '../lib/focus-bounds';
import { MapController } from '../lib/map-controller';
import { useMapStart } from './use-map-start';

// Nothing to say before the data is in: its code loads with the map, not with the first paint.
const OffMapNotice = lazy(() => import('./off-map-notice'));

/** What the map frames for the store's current filters and window. */
const framedNow = (state: AppState) =>
  eventsToFrame(selectVisibleEvents(state), selectMatchingEvents(state).events);

/**
 * A thin shell: creates the map controller once the map may start (`use-map-start.ts`), then
 * feeds it from the store.
 */
export function MapView() {
  const containerRef = useRef<HTMLDivElement>(null);
  const fitMap = useAppStore((s) => s.fitMap);
  const scheme = useAppStore((s) => s.resolvedScheme);
  const mayStart = useMapStart();

  useEffect(() => {
    const container = containerRef.current;
    if (!container || !mayStart) return;
    const store = useAppStore;
    const initial = store.getState();
    const controller = new MapController(
      container,
      {
        onSelect: (id) => store.getState().select(id),
        onHover: (id) => store.getState().hover(id),
        onViewChange: (camera, bounds, byUser) =>
          store.getState().setViewFromMap(camera, bounds, byUser),
      },
      {
        theme: initial.resolvedScheme,
        camera: initial.camera,
        reducedMotion: prefersReducedMotion,
      },
    );
    const unsubscribe = [
      // The window first: new data that comes with a window (a link's) is drawn for that window,
      // not first for the whole of a possibly huge dataset.
      store.subscribe(selectEffectiveWindow, (window) => controller.setTimeWindow(window), {
        equalityFn: sameWindow,
        fireImmediately: true,
      }),
      // Another dataset, shown with no camera of its own (one the reader picked starts clean): the
      // map frames its events as it framed the first ones, instead of staying where it was.
      store.subscribe(
        (s) => s.dataset,
        (dataset, previous) => {
          if (previous && dataset && store.getState().camera === null) controller.frameNextData();
        },
      ),
      store.subscribe(
        selectMatchingEvents,
        (matching) => controller.setEvents(matching, store.getState().dataset),
        { fireImmediately: true },
      ),
      store.subscribe(
        (s) => s.scrubbing || s.playing,
        (live) => controller.setLive(live),
      ),
      store.subscribe(
        (s) => s.mapCover,
        (cover) => controller.setCover(cover),
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
        (s) => (s.cameraOrigin === 'map' ? undefined : s.camera),
        (camera, previous) => {
          const origin = store.getState().cameraOrigin;
          // null is "frame the data" (e.g. Back to a link without `map=`). At start the
          // controller frames the first events itself, when they reach it; a story's step
          // without a camera asks for its fit as a command.
          if (camera) controller.setCamera(camera, origin === 'story');
          else if (camera === null && previous !== camera && origin === 'app')
            controller.fitTo(framedNow(store.getState()), 'most', false);
        },
        { fireImmediately: true },
      ),
      onViewCommand(store, 'mapCommand', ({ scope, forStory }) =>
        controller.fitTo(framedNow(store.getState()), scope, !forStory, true),
      ),
      store.subscribe(
        (s) => s.resolvedScheme,
        (scheme) => controller.setTheme(scheme),
      ),
      registerAutomation('map', controller.automation()),
    ];
    const resizeObserver = new ResizeObserver(() => controller.resize());
    resizeObserver.observe(container);
    return () => {
      resizeObserver.disconnect();
      for (const stop of unsubscribe) stop();
      controller.destroy();
    };
  }, [mayStart]);

  return (
    <section className="map-panel" aria-label="Map">
      {/* The sea, until the map draws its own: waiting for the data should not look broken. */}
      <div
        ref={containerRef}
        className="map-canvas"
        data-testid="map"
        style={{ background: BASEMAP_COLORS[scheme].sea }}
      />
      {/* Nothing to fit before the map has started. */}
      {mayStart && (
        <div className="map-toolbar">
          <button type="button" onClick={() => fitMap()}>
            Fit to events
          </button>
          <Suspense fallback={null}>
            <OffMapNotice />
          </Suspense>
        </div>
      )}
    </section>
  );
}
