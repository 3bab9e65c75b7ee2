import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import {
  useCallback,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
} from 'react';

import { queryTerms } from '@/domain/events/filter-events';
import type { Category, ChronoEvent } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { selectTotalCount, selectVisibleEvents } from '@/store/selectors';
import { markOnce } from '@/utils/perf-marks';
import { countOf } from '@/utils/plural';
import { formatEventDate } from '@/utils/time-format';

import { highlightParts } from '../lib/highlight';
import { nextIndex, withActive } from '../lib/list-keys';
import { sortEvents, type SortKey } from '../lib/sort';

import './events-list.css';

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

function RowText({
  event,
  category,
  terms,
}: {
  event: ChronoEvent;
  category: Category | undefined;
  terms: readonly string[];
}) {
  return (
    <>
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
    </>
  );
}

/**
 * The list is a listbox whose focus stays on the scroller and names the active row with
 * aria-activedescendant. Screen readers switch to focus mode on a listbox, so the arrow keys
 * reach the list and each row is read with its place ("3 of 101") from aria-posinset, though only
 * the rows in view exist; a list of buttons would leave NVDA's and JAWS's browse mode reading only
 * those few rendered rows. And as DOM focus never sits on a row, the virtualiser can drop and
 * re-create rows while scrolling without focus falling to the page.
 */
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
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  const [sortKey, setSortKey] = useState<SortKey>('date');
  // The active row by event, so that it stays on its event when the rows are filtered or sorted;
  // the index is where it falls back to when its event leaves the list.
  const [active, setActive] = useState<{ id: string | null; index: number }>({
    id: null,
    index: 0,
  });
  const [focused, setFocused] = useState(false);
  const [seenSelectedId, setSeenSelectedId] = useState(selectedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const byId = useMemo(
    () => new Map((categories ?? []).map((category) => [category.id, category])),
    [categories],
  );
  const events = useMemo(
    () => sortEvents(visible, sortKey, categories ?? []),
    [visible, sortKey, categories],
  );
  const terms = useMemo(() => queryTerms(query), [query]);

  // A selection made anywhere (map, timeline, j/k) is where the arrow keys go on from.
  if (seenSelectedId !== selectedId) {
    setSeenSelectedId(selectedId);
    if (selectedId !== null) setActive({ id: selectedId, index: active.index });
  }
  const activeIndex = useMemo(() => {
    if (events.length === 0) return -1;
    const found = active.id === null ? -1 : events.findIndex((event) => event.id === active.id);
    return found >= 0 ? found : Math.min(active.index, events.length - 1);
  }, [events, active]);

  // The active row is always rendered, even scrolled out of view: aria-activedescendant names it.
  const rangeExtractor = useCallback(
    (range: Range) => withActive(defaultRangeExtractor(range), activeIndex),
    [activeIndex],
  );
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer is designed for this use
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    rangeExtractor,
  });

  useEffect(() => {
    if (events.length > 0) markOnce('list-filled');
  }, [events.length]);

  useEffect(() => {
    if (!selectedId) return;
    const index = events.findIndex((event) => event.id === selectedId);
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
  }, [selectedId, events, virtualizer]);

  // Whatever moves the active row while the list has focus (keys, a new sort, a filter) keeps it
  // in view.
  useEffect(() => {
    if (focused && activeIndex >= 0) virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  }, [focused, activeIndex, virtualizer]);

  const activate = (index: number) => {
    const event = events[index];
    if (!event) return;
    setActive({ id: event.id, index });
    hover(event.id);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const event = events[activeIndex];
    if (!event || e.altKey || e.ctrlKey || e.metaKey) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      select(event.id);
      return;
    }
    const page = Math.floor((scrollRef.current?.clientHeight ?? 0) / ROW_HEIGHT) - 1;
    const next = nextIndex(e.key, activeIndex, events.length, page);
    if (next === null) return;
    // The scroller would otherwise scroll itself as well.
    e.preventDefault();
    activate(next);
  };

  const activeEvent = events[activeIndex];
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
        <div ref={scrollRef} className="events-scroll" data-testid="events-scroll">
          {/* Before a dataset is in there is nothing to widen or clear: the loading bar speaks. */}
          {hasDataset && (
            <p className="muted empty-list">
              No events match. Widen the time window or clear the filters.
            </p>
          )}
        </div>
      ) : (
        <div
          ref={scrollRef}
          className="events-scroll events-listbox"
          data-testid="events-scroll"
          role="listbox"
          tabIndex={0}
          aria-label="Events"
          aria-activedescendant={focused && activeEvent ? `${listId}-${activeIndex}` : undefined}
          onKeyDown={onKeyDown}
          onFocus={() => {
            setFocused(true);
            if (activeEvent) hover(activeEvent.id);
          }}
          onBlur={() => {
            setFocused(false);
            hover(null);
          }}
        >
          <ol className="events-list" role="none" style={{ height: virtualizer.getTotalSize() }}>
            {virtualizer.getVirtualItems().map((item) => {
              const event = events[item.index];
              if (!event) return null;
              const selected = event.id === selectedId;
              return (
                <li
                  key={event.id}
                  id={`${listId}-${item.index}`}
                  role="option"
                  aria-selected={selected}
                  aria-setsize={events.length}
                  aria-posinset={item.index + 1}
                  className={`event-row event-option${item.index === activeIndex ? ' active' : ''}`}
                  style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
                  // Before the press focuses the list, so focusing does not scroll to the old row.
                  onPointerDown={() => setActive({ id: event.id, index: item.index })}
                  onClick={() => select(event.id)}
                  onMouseEnter={() => hover(event.id)}
                  onMouseLeave={() => hover(null)}
                >
                  <RowText event={event} category={byId.get(event.category)} terms={terms} />
                </li>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
