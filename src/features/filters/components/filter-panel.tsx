import { useMemo } from 'react';

import { eventPredicate, effectiveWindow, eventsInWindow } from '@/domain/events/filter-events';
import { useAppStore } from '@/store/app-store';

/** Counts per category within the current window and the other filters, the category filter aside. */
function useCategoryCounts(): Map<string, number> {
  const dataset = useAppStore((s) => s.dataset);
  const actors = useAppStore((s) => s.actors);
  const query = useAppStore((s) => s.query);
  const window = useAppStore((s) => s.window);
  const mode = useAppStore((s) => s.mode);
  return useMemo(() => {
    const counts = new Map<string, number>();
    if (!dataset) return counts;
    const matches = eventPredicate({ categories: null, actors, query });
    const inWindow = eventsInWindow(
      dataset.events,
      dataset.starts,
      dataset.maxSpan,
      effectiveWindow(window, mode),
    );
    for (const event of inWindow)
      if (matches(event)) counts.set(event.category, (counts.get(event.category) ?? 0) + 1);
    return counts;
  }, [dataset, actors, query, window, mode]);
}

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

export function FilterPanel() {
  const dataset = useAppStore((s) => s.dataset);
  const categories = useAppStore((s) => s.categories);
  const toggleCategory = useAppStore((s) => s.toggleCategory);
  const query = useAppStore((s) => s.query);
  const setQuery = useAppStore((s) => s.setQuery);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const counts = useCategoryCounts();
  const inView = useAppStore((s) => s.inView);
  const setInView = useAppStore((s) => s.setInView);

  return (
    <section className="filters-panel" aria-label="Filters">
      <h2 className="panel-title">Filters</h2>
      <label className="field">
        <span>Search</span>
        <input
          type="search"
          value={query}
          placeholder="Title, place, actor…"
          onChange={(e) => setQuery(e.target.value)}
        />
      </label>
      <fieldset className="category-toggles">
        <legend>Categories</legend>
        {dataset?.categories.map((category) => {
          const checked = categories === null || categories.includes(category.id);
          return (
            <label key={category.id} className="category-toggle">
              <input
                type="checkbox"
                checked={checked}
                onChange={() => toggleCategory(category.id)}
              />
              <span className="swatch" style={{ background: category.color }} aria-hidden="true" />
              <span className="category-label">{category.label}</span>
              <span className="category-count tabular">{counts.get(category.id) ?? 0}</span>
            </label>
          );
        })}
      </fieldset>
      <MapKey />
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
    </section>
  );
}
