import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef, useState } from 'react';

import { queryTerms } from '@/domain/events/filter-events';
import type { Category, ChronoEvent } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { markOnce } from '@/utils/perf-marks';
import { formatEventDate } from '@/utils/time-format';

import { highlightParts } from '../lib/highlight';
import { sortEvents, type SortKey } from '../lib/sort';

const ROW_HEIGHT = 56;

function Highlighted({ text, terms }: { text: string; terms: readonly string[] }) {
  return (
    <>
      {highlightParts(text, terms).map((part, i) =>
        part.match ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}

function Row({
  event,
  category,
  selected,
  terms,
}: {
  event: ChronoEvent;
  category: Category | undefined;
  selected: boolean;
  terms: readonly string[];
}) {
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  return (
    <button
      type="button"
      aria-current={selected ? 'true' : undefined}
      onClick={() => select(event.id)}
      onMouseEnter={() => hover(event.id)}
      onMouseLeave={() => hover(null)}
      onFocus={() => hover(event.id)}
      onBlur={() => hover(null)}
    >
      <span className="swatch" style={{ background: category?.color }} aria-hidden="true" />
      <span className="event-row-text">
        <span className="event-row-date tabular">
          {formatEventDate(event)}
          {category ? <span className="visually-hidden">, {category.label}</span> : null}
        </span>
        <span className="event-row-title">
          <Highlighted text={event.title} terms={terms} />
        </span>
      </span>
    </button>
  );
}

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
  const selectedId = useAppStore((s) => s.selectedId);
  const query = useAppStore((s) => s.query);
  const [sortKey, setSortKey] = useState<SortKey>('date');
  const scrollRef = useRef<HTMLDivElement>(null);
  const byId = useMemo(
    () => new Map((categories ?? []).map((category) => [category.id, category])),
    [categories],
  );
  const events = useMemo(
    () => sortEvents(visible, sortKey, categories ?? []),
    [visible, sortKey, categories],
  );
  const terms = useMemo(() => queryTerms(query), [query]);
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (events.length > 0) markOnce('list-filled');
  }, [events.length]);

  useEffect(() => {
    if (!selectedId) return;
    const index = events.findIndex((event) => event.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, events, virtualizer]);

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
          {visible.length.toLocaleString('en')} of {total.toLocaleString('en')} events
        </span>
      </div>
      <div ref={scrollRef} className="events-scroll" data-testid="events-scroll">
        {events.length === 0 ? (
          // Before a dataset is in there is nothing to widen or clear: the loading bar speaks.
          hasDataset && (
            <p className="muted empty-list">
              No events match. Widen the time window or clear the filters.
            </p>
          )
        ) : (
          <ol
            className="events-list"
            style={{ height: virtualizer.getTotalSize() }}
            aria-label="Events"
          >
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              return (
                <li
                  key={event.id}
                  className="event-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                >
                  <Row
                    event={event}
                    category={byId.get(event.category)}
                    selected={event.id === selectedId}
                    terms={terms}
                  />
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
