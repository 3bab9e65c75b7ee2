import { lazy, Suspense, useEffect } from 'react';

import { useAppStore } from '@/store/app-store';

import { DateRange } from './date-range';
import { SearchBox } from './search-box';

/** How to read the map beyond category colours. */
function MapKey() {
  return (
    <div className="map-key">
      <h3 className="panel-subtitle">Map key</h3>
      <ul>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="4.5" className="legend-point" />
          </svg>
          An event
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="7" className="legend-halo" />
            <circle cx="8" cy="8" r="3" className="legend-point" />
          </svg>
          Approximate place: the shading shows how far off it may be
        </li>
        <li>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="6" className="legend-cluster" />
          </svg>
          Several events, ringed by category: click to open
        </li>
      </ul>
    </div>
  );
}

/**
 * The category and actor lists have nothing to show before a dataset has loaded, so their code
 * (search, long lists) is fetched after the first paint, while the data is still on its way.
 */
const loadChecklists = () => import('./checklists');
const CategoryFilter = lazy(() => loadChecklists().then((m) => ({ default: m.CategoryFilter })));
const ActorFilter = lazy(() => loadChecklists().then((m) => ({ default: m.ActorFilter })));

/** What the category list shows before its code or the data has come. */
function NoCategoriesYet() {
  return (
    <fieldset className="category-toggles">
      <legend>Categories</legend>
    </fieldset>
  );
}

export function FilterPanel() {
  const clearFilters = useAppStore((s) => s.clearFilters);
  const inView = useAppStore((s) => s.inView);
  const setInView = useAppStore((s) => s.setInView);
  useEffect(() => {
    void loadChecklists();
  }, []);

  return (
    <section className="filters-panel" aria-label="Filters">
      <h2 className="panel-title">Filters</h2>
      <SearchBox />
      <DateRange />
      <Suspense fallback={<NoCategoriesYet />}>
        <CategoryFilter />
        <ActorFilter />
      </Suspense>
      <fieldset className="options">
        <legend>Options</legend>
        <label className="category-toggle">
          <input type="checkbox" checked={inView} onChange={(e) => setInView(e.target.checked)} />
          Only events in map view
        </label>
      </fieldset>
      <button type="button" onClick={clearFilters}>
        Clear all
      </button>
      <MapKey />
    </section>
  );
}
