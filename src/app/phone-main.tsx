import { useEffect, useRef, useState, type RefObject } from 'react';

import { BottomSheet } from '@/components/bottom-sheet';
import { PanelBoundary } from '@/components/panel-boundary';
import { useMapCover } from '@/components/use-map-cover';
import { EventDetails } from '@/features/details/components/event-details';
import { EventsList } from '@/features/events-list/components/events-list';
import { FilterPanel } from '@/features/filters/components/filter-panel';
import { MapView } from '@/features/map/components/map-view';
import { StoryEditorMount } from '@/features/stories/components/story-editor-mount';
import { StorySlot } from '@/features/stories/components/story-slot';
import { useAppStore } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';

type Sheet = 'filters' | 'events' | 'details' | 'story' | null;

/** Phones: the map fills the screen; filters, the list and the details are bottom sheets. */
export function PhoneMain({
  embed,
  openEventsRef,
}: {
  embed: boolean;
  /** Set to what opens the Events sheet, for the skip link to the events. */
  openEventsRef: RefObject<(() => void) | null>;
}) {
  const [sheet, setSheet] = useState<Sheet>(null);
  // "/" asks for the filters (store.filtersOpen, the tablet's drawer): here that is their sheet.
  // Opened from the store's own call, so it is open by the time "/" focuses the search box.
  useEffect(
    () =>
      useAppStore.subscribe(
        (s) => s.filtersOpen,
        (wanted) => {
          if (!wanted) return;
          setSheet('filters');
          useAppStore.getState().setFiltersOpen(false);
        },
      ),
    [],
  );
  useEffect(() => {
    openEventsRef.current = () => setSheet('events');
    return () => {
      openEventsRef.current = null;
    };
  }, [openEventsRef]);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const count = useAppStore((s) => selectVisibleEvents(s).length);
  const telling = useAppStore((s) => s.story !== null);
  const [shownFor, setShownFor] = useState<string | null>(null);
  const [toldBefore, setToldBefore] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  useMapCover(mainRef, 'bottom', '.bottom-sheet', embed);

  // A story opens in its sheet; while it is told, its steps' selections do not take the sheet
  // from it (the Details tab shows them).
  if (telling !== toldBefore) {
    setToldBefore(telling);
    if (telling) setSheet('story');
    else if (sheet === 'story') setSheet(null);
  }
  // Selecting an event anywhere opens its details.
  if (selectedId !== shownFor) {
    setShownFor(selectedId);
    if (selectedId && !telling) setSheet('details');
    else if (!selectedId && sheet === 'details') setSheet(null);
  }

  return (
    <>
      <main ref={mainRef} className="app-main phone">
        <PanelBoundary name="map" label="Map">
          <MapView />
        </PanelBoundary>
        {!embed && (
          <BottomSheet
            label="filters"
            open={sheet === 'filters'}
            onClose={() => setSheet(null)}
            testId="sheet-filters"
          >
            <PanelBoundary name="filters" label="Filters">
              <FilterPanel />
            </PanelBoundary>
          </BottomSheet>
        )}
        {!embed && (
          <BottomSheet
            label="events"
            open={sheet === 'events'}
            onClose={() => setSheet(null)}
            testId="sheet-events"
          >
            <PanelBoundary name="events list" label="Events">
              <EventsList />
            </PanelBoundary>
          </BottomSheet>
        )}
        <BottomSheet
          label="story"
          open={sheet === 'story' && telling}
          onClose={() => setSheet(null)}
          closeButton={false}
          testId="sheet-story"
        >
          <PanelBoundary name="story" label="Story">
            <StorySlot />
          </PanelBoundary>
        </BottomSheet>
        <BottomSheet
          label="details"
          open={sheet === 'details' && !!selectedId}
          onClose={() => select(null)}
          closeButton={false}
          testId="sheet-details"
        >
          <PanelBoundary name="event details" label="Event details">
            <EventDetails />
          </PanelBoundary>
        </BottomSheet>
        {!embed && <StoryEditorMount phone />}
      </main>
      {!embed && (
        <nav className="sheet-tabs" aria-label="Panels">
          <button
            type="button"
            aria-pressed={sheet === 'filters'}
            onClick={() => setSheet(sheet === 'filters' ? null : 'filters')}
          >
            Filters
          </button>
          <button
            type="button"
            aria-pressed={sheet === 'events'}
            onClick={() => setSheet(sheet === 'events' ? null : 'events')}
          >
            Events <span className="tabular">({count.toLocaleString('en')})</span>
          </button>
          {telling && (
            <button
              type="button"
              aria-pressed={sheet === 'story'}
              onClick={() => setSheet(sheet === 'story' ? null : 'story')}
            >
              Story
            </button>
          )}
          {selectedId && (
            <button
              type="button"
              aria-pressed={sheet === 'details'}
              onClick={() => setSheet(sheet === 'details' ? null : 'details')}
            >
              Details
            </button>
          )}
        </nav>
      )}
    </>
  );
}
