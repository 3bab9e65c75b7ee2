import { useEffect, useState } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectVisibleEvents } from '@/store/selectors';
import { countOf } from '@/utils/plural';
import { formatEventDate } from '@/utils/time-format';

import { offMap, type OffMap } from '../lib/off-map';

import './off-map-notice.css';

/** The list of events without a place shows this many; the events list has them all. */
const LISTED = 100;
/** Counted once the view and the window settle: a scrub at a million events moves every frame. */
const SETTLE_MS = 200;

function useOffMap(): OffMap | null {
  const [counts, setCounts] = useState<OffMap | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const recount = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const state = useAppStore.getState();
        setCounts(state.dataset ? offMap(selectVisibleEvents(state), state.bounds) : null);
      }, SETTLE_MS);
    };
    recount();
    const unsubscribe = useAppStore.subscribe(
      (s) => [selectVisibleEvents(s), s.bounds] as const,
      recount,
      { equalityFn: (a, b) => a[0] === b[0] && a[1] === b[1] },
    );
    return () => {
      clearTimeout(timer);
      unsubscribe();
    };
  }, []);
  return counts;
}

/**
 * Says what the map cannot show of the events the list and timeline count ("7 events outside
 * the map · 5 without a place"), each with a way to see them.
 */
export default function OffMapNotice() {
  const counts = useOffMap();
  const fitMap = useAppStore((s) => s.fitMap);
  const select = useAppStore((s) => s.select);
  const [listOpen, setListOpen] = useState(false);
  const unplaced = counts?.unplaced ?? [];
  const open = listOpen && unplaced.length > 0;
  if (!counts || (counts.outside === 0 && unplaced.length === 0)) return null;
  return (
    <div className="off-map" data-testid="off-map">
      <p className="off-map-counts">
        {counts.outside > 0 && (
          <button
            type="button"
            className="link-button"
            title="Zoom out to show every event"
            onClick={() => fitMap('all')}
          >
            {countOf(counts.outside, 'event')} outside the map
          </button>
        )}
        {counts.outside > 0 && unplaced.length > 0 && <span aria-hidden="true"> · </span>}
        {unplaced.length > 0 && (
          <button
            type="button"
            className="link-button"
            aria-expanded={open}
            aria-controls="off-map-unplaced"
            onClick={() => setListOpen(!open)}
          >
            {countOf(unplaced.length, 'event')} without a place
          </button>
        )}
      </p>
      {open && (
        <ul className="off-map-list" id="off-map-unplaced" aria-label="Events without a place">
          {unplaced.slice(0, LISTED).map((event) => (
            <li key={event.id}>
              <button type="button" onClick={() => select(event.id)}>
                <span className="off-map-title">{event.title}</span>
                <span className="off-map-date tabular">{formatEventDate(event)}</span>
              </button>
            </li>
          ))}
          {unplaced.length > LISTED && (
            <li className="muted">
              {countOf(unplaced.length - LISTED, 'more event')}: see the events list
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
