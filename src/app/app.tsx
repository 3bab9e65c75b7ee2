import { DataProblems } from '@/features/data-loading/components/data-problems';
import { DataStatus } from '@/features/data-loading/components/data-status';
import { DropZone } from '@/features/data-loading/components/drop-zone';
import { LoadDataDialog } from '@/features/data-loading/components/load-data-dialog';
import { EventDetails } from '@/features/details/components/event-details';
import { EventsList } from '@/features/events-list/components/events-list';
import { FilterPanel } from '@/features/filters/components/filter-panel';
import { MapView } from '@/features/map/components/map-view';
import { ShareDialog } from '@/features/sharing/components/share-dialog';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { useAppStore } from '@/store/app-store';

import { UrlNotice } from './url-notice';

function fullViewLink(): string {
  const url = new URL(location.href);
  url.searchParams.delete('embed');
  return url.href;
}

export function App() {
  const title = useAppStore((s) => s.dataset?.title);
  const embed = useAppStore((s) => s.embed);
  return (
    <div className={embed ? 'app embed' : 'app'}>
      {embed ? (
        <header className="app-header compact">
          <span className="brand">{title ?? 'Chronomap'}</span>
          <span className="toolbar-spacer" />
          <a href={fullViewLink()} target="_blank" rel="noopener">
            Open in Chronomap ↗
          </a>
        </header>
      ) : (
        <header className="app-header">
          <h1>
            <span className="brand">Chronomap</span>
            {title && <span className="dataset-title"> · {title}</span>}
          </h1>
          <span className="toolbar-spacer" />
          <LoadDataDialog />
          <ShareDialog />
        </header>
      )}
      <DataStatus />
      {!embed && <DataProblems />}
      <UrlNotice />
      {!embed && <DropZone />}
      <main className="app-main">
        {!embed && <FilterPanel />}
        <MapView />
        <div className="side-column">
          <EventDetails />
          {!embed && <EventsList />}
        </div>
      </main>
      <TimelineView />
    </div>
  );
}
