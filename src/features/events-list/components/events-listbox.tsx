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

import type { Category, ChronoEvent } from '@/domain/events/types';
import { useAppStore } from '@/store/app-store';
import { markOnce } from '@/utils/perf-marks';
import { formatEventDate } from '@/utils/time-format';

import { highlightParts } from '../lib/highlight';
import { nextIndex, withActive } from '../lib/list-keys';

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
 *
 * It is its own chunk, with the virtualiser: the first paint does without both.
 */
export default function EventsListbox({
  events,
  categories,
  terms,
}: {
  /** The visible events, sorted as the reader chose; never empty. */
  events: readonly ChronoEvent[];
  categories: readonly Category[];
  terms: readonly string[];
}) {
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const hover = useAppStore((s) => s.hover);
  // The active row by event, so that it stays on its event when the rows are filtered or sorted;
  // the index is where it falls back to when its event leaves the list.
  const [active, setActive] = useState<{ id: string | null; index: number }>({
    id: selectedId,
    index: 0,
  });
  const [focused, setFocused] = useState(false);
  const [seenSelectedId, setSeenSelectedId] = useState(selectedId);
  const scrollRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const byId = useMemo(
    () => new Map(categories.map((category) => [category.id, category])),
    [categories],
  );

  // A selection made anywhere (map, timeline, j/k) is where the arrow keys go on from.
  if (seenSelectedId !== selectedId) {
    setSeenSelectedId(selectedId);
    if (selectedId !== null) setActive({ id: selectedId, index: active.index });
  }
  const activeIndex = useMemo(() => {
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
    markOnce('list-filled');
  }, []);

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
  );
}
