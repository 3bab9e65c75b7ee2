import { lazy, Suspense, useEffect, useMemo, useState } from 'react';

import { queryTerms } from '@/domain/events/filter-events';
import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { countOf } from '@/utils/plural';

import { sortEvents, type SortKey } from '../lib/sort';

import './events-list.css';

const loadListbox = () => import('./events-listbox');
const EventsListbox = lazy(loadListbox);

/** The list's header, count and empty state; its rows arrive in a chunk of their own. */
export function EventsList({
  collapsed = false,
  onCollapsedChange,
}: {
  /** Folded to its header, so that the details above it get the whole column. */
  collapsed?: boolean;
  /** Given where the list may fold (beside the map; not in a phone's sheet). */
  onCollapsedChange?: (collapsed: boolean) => void;
} = {}) {
  const visible = useAppStore(selectVisibleEvents);
  const total = useAppStore(selectTotalCount);
  const hasDataset = useAppStore((s) => s.dataset !== null);
  const categories = useAppStore((s) => s.dataset?.categories);
  const query = useAppStore((s) => s.query);
  const [sortKey, setSortKey] = useState<SortKey>('date');
  const events = useMemo(
    () => sortEvents(visible, sortKey, categories ?? []),
    [visible, sortKey, categories],
  );
  const terms = useMemo(() => queryTerms(query), [query]);
  // Fetched right after the first paint, while the dataset loads, so the rows do not wait for it.
  useEffect(() => {
    void loadListbox();
  }, []);

  return (
    <section className={collapsed ? 'events-panel collapsed' : 'events-panel'} aria-label="Events">
      <div className="events-header">
        <h2 className="panel-title">
          {onCollapsedChange ? (
            <button
              type="button"
              className="events-fold"
              aria-expanded={!collapsed}
              title={collapsed ? 'Show the list' : 'Fold the list away'}
              onClick={() => onCollapsedChange(!collapsed)}
            >
              <span className="events-fold-icon" aria-hidden="true">
                ▾
              </span>
              Events
            </button>
          ) : (
            'Events'
          )}
        </h2>
        <label className="sort">
          <span className="visually-hidden">Sort by</span>
          <select
            value={sortKey}
            onChange={(e) => setSortKey(e.target.value as SortKey)}
            aria-label="Sort events by"
          >
            <option value="date">by date</option>
            <option value="title">by title</option>
            <option value="category">by category</option>
          </select>
        </label>
        <span className="count" aria-live="polite" data-testid="list-count">
          {visible.length.toLocaleString('en')} of {countOf(total, 'event')}
        </span>
      </div>
      {events.length === 0 ? (
        <div className="events-scroll" data-testid="events-scroll">
          {/* Before a dataset is in there is nothing to widen or clear: the loading bar speaks. */}
          {hasDataset && (
            <p className="muted empty-list">
              No events match. Widen the time window or clear the filters.
            </p>
          )}
        </div>
      ) : (
        <Suspense fallback={<div className="events-scroll" data-testid="events-scroll" />}>
          <EventsListbox events={events} categories={categories ?? []} terms={terms} />
        </Suspense>
      )}
    </section>
  );
}
