import { useEffect, useRef, useState } from 'react';

import { PanelBoundary } from '@/components/panel-boundary';
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
import { StoriesButton } from '@/features/stories/components/stories-button';
import { StoryEditorMount } from '@/features/stories/components/story-editor-mount';
import { StorySlot } from '@/features/stories/components/story-slot';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { useAppStore } from '@/store/app-store';
import { serializeUrlState } from '@/url/url-schema';
import { urlStateOf } from '@/url/url-state';
import { DRAWER_QUERY, PHONE_QUERY, useMediaQuery } from '@/utils/use-media-query';

import { KeyboardShortcuts } from './keyboard-shortcuts';
import { PhoneMain } from './phone-main';
import { SkipLinks } from './skip-links';
import { ThemeSelect } from './theme-select';
import { UrlNotice } from './url-notice';

/** The embed's link to the full view: the view as it is now, in the whole app. */
function FullViewLink() {
  const query = useAppStore((s) => serializeUrlState({ ...urlStateOf(s), embed: false }));
  return (
    <a href={`${location.pathname}${query ? `?${query}` : ''}`} target="_blank" rel="noopener">
      Open in Chronomap ↗
    </a>
  );
}

function Header({ embed, drawer }: { embed: boolean; drawer: boolean }) {
  const title = useAppStore((s) => s.dataset?.title);
  if (embed) {
    return (
      <header className="app-header compact">
        <span className="brand">{title ?? 'Chronomap'}</span>
        <span className="toolbar-spacer" />
        <FullViewLink />
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
        <StoriesButton />
        <ShareButton />
        <ExportButton />
        <ThemeSelect />
        <KeyboardShortcuts />
      </div>
    </header>
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
        <PanelBoundary name="story" label="Story">
          <StorySlot />
        </PanelBoundary>
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
