import { useAppStore } from '@/store/app-store';
import { selectCategoryCounts } from '@/store/selectors';

import { ActorFilter } from './actor-filter';
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

/** The category toggles are the legend: colour, label and count in the current window. */
function CategoryToggles() {
  const dataset = useAppStore((s) => s.dataset);
  const categories = useAppStore((s) => s.categories);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const counts = useAppStore(selectCategoryCounts);
  return (
    <fieldset className="category-toggles">
      <legend>Categories</legend>
      {dataset?.categories.map((category) => {
        const checked = categories === null || categories.includes(category.id);
        return (
          <label key={category.id} className="category-toggle">
            <input type="checkbox" checked={checked} onChange={() => toggleCategory(category.id)} />
            <span className="swatch" style={{ background: category.color }} aria-hidden="true" />
            <span className="category-label">{category.label}</span>
            <span className="category-count tabular">{counts.get(category.id) ?? 0}</span>
          </label>
        );
      })}
    </fieldset>
  );
}

export function FilterPanel() {
  const clearFilters = useAppStore((s) => s.clearFilters);
  const inView = useAppStore((s) => s.inView);
  const setInView = useAppStore((s) => s.setInView);

  return (
    <section className="filters-panel" aria-label="Filters">
      <h2 className="panel-title">Filters</h2>
      <SearchBox />
      <DateRange />
      <CategoryToggles />
      <ActorFilter />
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
