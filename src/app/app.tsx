import { DataStatus } from '@/features/data-loading/components/data-status';
import { EventDetails } from '@/features/details/components/event-details';
import { EventsList } from '@/features/events-list/components/events-list';
import { FilterPanel } from '@/features/filters/components/filter-panel';
import { MapView } from '@/features/map/components/map-view';
import { TimelineView } from '@/features/timeline/components/timeline-view';
import { useAppStore } from '@/store/app-store';

export function App() {
  const title = useAppStore((s) => s.dataset?.title);
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <span className="brand">Chronomap</span>
          {title && <span className="dataset-title"> · {title}</span>}
        </h1>
      </header>
      <DataStatus />
      <main className="app-main">
        <FilterPanel />
        <MapView />
        <div className="side-column">
          <EventDetails />
          <EventsList />
        </div>
      </main>
      <TimelineView />
    </div>
  );
}
