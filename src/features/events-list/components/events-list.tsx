import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';

import type { Category } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { formatEventDate } from '@/utils/time-format';

const ROW_HEIGHT = 56;

export function EventsList() {
  const events = useAppStore(selectVisibleEvents);
  const total = useAppStore(selectTotalCount);
  const categories = useAppStore((s) => s.dataset?.categories);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const scrollRef = useRef<HTMLDivElement>(null);
  const colors = useMemo(
    () => new Map((categories ?? []).map((category: Category) => [category.id, category])),
    [categories],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  useEffect(() => {
    if (!selectedId) return;
    const index = events.findIndex((event) => event.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, events, virtualizer]);

  return (
    <section className="events-panel" aria-label="Events">
      <h2 className="panel-title">
        Events{' '}
        <span className="count" aria-live="polite" data-testid="list-count">
          {events.length.toLocaleString('en')} of {total.toLocaleString('en')} events
        </span>
      </h2>
      <div ref={scrollRef} className="events-scroll" data-testid="events-scroll">
        {events.length === 0 ? (
          <p className="muted empty-list">
            No events match. Widen the time window or clear the filters.
          </p>
        ) : (
          <ol
            className="events-list"
            style={{ height: virtualizer.getTotalSize() }}
            aria-label="Events in date order"
          >
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              const category = colors.get(event.category);
              return (
                <li
                  key={event.id}
                  className="event-row"
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                >
                  <button
                    type="button"
                    aria-current={event.id === selectedId ? 'true' : undefined}
                    onClick={() => select(event.id)}
                    onMouseEnter={() => hover(event.id)}
                    onMouseLeave={() => hover(null)}
                    onFocus={() => hover(event.id)}
                    onBlur={() => hover(null)}
                  >
                    <span
                      className="swatch"
                      style={{ background: category?.color }}
                      aria-hidden="true"
                    />
                    <span className="event-row-text">
                      <span className="event-row-date tabular">{formatEventDate(event)}</span>
                      <span className="event-row-title">{event.title}</span>
                    </span>
                  </button>
                </li>
              );
            })}
          </ol>
        )}
      </div>
    </section>
  );
}
