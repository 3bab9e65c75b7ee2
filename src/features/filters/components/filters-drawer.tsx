import { useEffect, useRef, type ReactNode } from 'react';

import { useMapCover } from '@/components/use-map-cover';
import { useAppStore } from '@/store/app-store';

import { activeFilterCount } from '../lib/active-filters';

const DRAWER_ID = 'filters-drawer';
const TOGGLE_ID = 'filters-toggle';

/** Opens and closes the filters drawer, and says how many filters apply while it is closed. */
export function FiltersToggle() {
  const open = useAppStore((s) => s.filtersOpen);
  const setOpen = useAppStore((s) => s.setFiltersOpen);
  const count = useAppStore(activeFilterCount);
  return (
    <button
      id={TOGGLE_ID}
      type="button"
      className="filters-toggle"
      aria-expanded={open}
      aria-controls={DRAWER_ID}
      onClick={() => setOpen(!open)}
    >
      Filters
      {count > 0 && (
        <>
          <span className="filter-badge tabular" aria-hidden="true">
            {count}
          </span>
          <span className="visually-hidden"> ({count} on)</span>
        </>
      )}
    </button>
  );
}

/**
 * The filters over the map's left edge, for screens too narrow for a column beside it. It leaves
 * the map's size alone (a resize redraws the whole map) and does not block it: a reader filters
 * and watches the map follow.
 */
export function FiltersDrawer({ children }: { children: ReactNode }) {
  const open = useAppStore((s) => s.filtersOpen);
  const setOpen = useAppStore((s) => s.setFiltersOpen);
  const ref = useRef<HTMLDivElement>(null);
  useMapCover(ref, 'left');

  // Focus goes to the drawer, not to its search box: on a tablet that would raise the keyboard.
  useEffect(() => {
    const drawer = ref.current;
    if (open && drawer && !drawer.contains(document.activeElement)) drawer.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    document.getElementById(TOGGLE_ID)?.focus();
  };

  return (
    <div
      ref={ref}
      id={DRAWER_ID}
      className="filters-drawer"
      hidden={!open}
      tabIndex={-1}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || event.defaultPrevented) return;
        event.preventDefault();
        close();
      }}
    >
      <button
        type="button"
        className="icon-button drawer-close"
        aria-label="Close filters"
        onClick={close}
      >
        ×
      </button>
      {children}
    </div>
  );
}
