import { useEffect, useRef, useState, type RefObject } from 'react';

import { BottomSheet } from '@/components/bottom-sheet';
import { PanelBoundary } from '@/components/panel-boundary';
import { useMapCover } from '@/components/use-map-cover';
import { DataProblems } from '@/features/data-loading/components/data-problems';
import { DataStatus } from '@/features/data-loading/components/data-status';
import { ReadAsNotice } from '@/features/data-loading/components/read-as-notice';
import { ReadingStep } from '@/features/data-loading/components/reading-step';
import { DropZone } from '@/features/data-loading/components/drop-zone';
import { LoadDataButton } from '@/features/data-loading/components/load-data-button';
import { EventDetails } from '@/features/details/components/event-details';
import { EventsList } from '@/features/events-list/components/events-list';
import { FilterPanel } from '@/features/filters/components/filter-panel';
import { FiltersDrawer, FiltersToggle } from '@/features/filters/components/filters-drawer';
import { MapView } from '@/features/map/components/map-view';
import { ExportButton } from '@/features/sharing/components/export-button';
import { ShareButton } from '@/features/sharing/components/share-button';
import { StoryEditorMount, StoryEntries } from '@/features/stories/components/story-editor-mount';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { useAppStore } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';
import { DRAWER_QUERY, PHONE_QUERY, useMediaQuery } from '@/utils/use-media-query';

import { KeyboardShortcuts } from './keyboard-shortcuts';
import { SkipLinks } from './skip-links';
import { ThemeSelect } from './theme-select';
import { UrlNotice } from './url-notice';

function fullViewLink(): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  return url.href;
}

function Header({ embed, drawer }: { embed: boolean; drawer: boolean }) {
  const title = useAppStore((s) => s.dataset?.title);
  if (embed) {
    return (
      <header className="app-header compact">
        <span className="brand">{title ?? 'Chronomap'}</span>
        <span className="toolbar-spacer" />
        <a href={fullViewLink()} target="_blank" rel="noopener">
          Open in Chronomap ↗
        </a>
      </header>
    );
  }
  return (
    <header className="app-header">
      <h1>
        <span className="brand">Chronomap</span>
        {title && <span className="dataset-title"> · {title}</span>}
      </h1>
      <span className="toolbar-spacer" />
      <div className="header-actions">
        {drawer && <FiltersToggle />}
        <LoadDataButton />
        <StoryEntries phone={false} />
        <ShareButton />
        <ExportButton />
        <ThemeSelect />
        <KeyboardShortcuts />
      </div>
    </header>
  );
}

type Sheet = 'filters' | 'events' | 'details' | null;

/** Phones: the map fills the screen; filters, the list and the details are bottom sheets. */
function PhoneMain({
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
  const [shownFor, setShownFor] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  useMapCover(mainRef, 'bottom', '.bottom-sheet', embed);

  // Selecting an event anywhere opens its details.
  if (selectedId !== shownFor) {
    setShownFor(selectedId);
    if (selectedId) setSheet('details');
    else if (sheet === 'details') setSheet(null);
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
          {selectedId && (
            <button
              type="button"
              aria-pressed={sheet === 'details'}
              onClick={() => setSheet(sheet === 'details' ? null : 'details')}
            >
              Details
            </button>
          )}
          <StoryEntries phone />
        </nav>
      )}
    </>
  );
}

function DesktopMain({
  embed,
  drawer,
  listCollapsed,
  setListCollapsed,
}: {
  embed: boolean;
  drawer: boolean;
  listCollapsed: boolean;
  setListCollapsed: (collapsed: boolean) => void;
}) {
  const filters = (
    <PanelBoundary name="filters" label="Filters">
      <FilterPanel />
    </PanelBoundary>
  );
  return (
    <main className={drawer ? 'app-main with-drawer' : 'app-main'}>
      {!embed && (drawer ? <FiltersDrawer>{filters}</FiltersDrawer> : filters)}
      <PanelBoundary name="map" label="Map">
        <MapView />
      </PanelBoundary>
      <div className="side-column">
        {!embed && <StoryEditorMount phone={false} />}
        <PanelBoundary name="event details" label="Event details">
          <EventDetails />
        </PanelBoundary>
        {!embed && (
          <PanelBoundary name="events list" label="Events">
            {/* Folded, it leaves the whole column to the details. */}
            <EventsList collapsed={listCollapsed} onCollapsedChange={setListCollapsed} />
          </PanelBoundary>
        )}
      </div>
    </main>
  );
}

export function App() {
  const embed = useAppStore((s) => s.embed);
  const phone = useMediaQuery(PHONE_QUERY);
  const drawer = useMediaQuery(DRAWER_QUERY) && !phone && !embed;
  // Here, not in the mains, so that the skip link to the events can open what hides them.
  const [listCollapsed, setListCollapsed] = useState(false);
  const openEventsSheetRef = useRef<(() => void) | null>(null);
  useEffect(() => {
    document.documentElement.dataset['layout'] = phone ? 'phone' : 'desktop';
  }, [phone]);
  return (
    <div className={embed ? 'app embed' : 'app'}>
      <SkipLinks
        regions={embed ? ['map', 'timeline'] : ['map', 'timeline', 'events']}
        reveal={(region) => {
          if (region !== 'events') return;
          if (phone) openEventsSheetRef.current?.();
          else setListCollapsed(false);
        }}
      />
      <Header embed={embed} drawer={drawer} />
      <DataStatus />
      {!embed && <DataProblems />}
      <ReadingStep />
      {!embed && <ReadAsNotice />}
      <UrlNotice />
      {!embed && <DropZone />}
      {phone ? (
        <PhoneMain embed={embed} openEventsRef={openEventsSheetRef} />
      ) : (
        <DesktopMain
          embed={embed}
          drawer={drawer}
          listCollapsed={listCollapsed}
          setListCollapsed={setListCollapsed}
        />
      )}
      <PanelBoundary name="timeline" label="Timeline">
        <TimelineView />
      </PanelBoundary>
    </div>
  );
}
