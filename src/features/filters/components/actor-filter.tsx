import { useMemo, useState } from 'react';

import { useAppStore } from '@/store/app-store';
import { selectActorCounts } from '@/store/selectors';
import { countOf } from '@/utils/plural';

const COLLAPSED = 8;
/** A stable empty list: a new [] per call would make the store look changed on every render. */
const NO_ACTORS: { name: string; count: number }[] = [];

/** Actors with how many events each would show; find one by typing, tick to filter. */
export function ActorFilter() {
  const actors = useAppStore((s) => s.dataset?.actors ?? NO_ACTORS);
  const selected = useAppStore((s) => s.actors);
  const toggleActor = useAppStore((s) => s.toggleActor);
  const setActors = useAppStore((s) => s.setActors);
  const counts = useAppStore(selectActorCounts);
  const [find, setFind] = useState('');
  const [expanded, setExpanded] = useState(false);

  const shown = useMemo(() => {
    const needle = find.trim().toLowerCase();
    const matching = actors.filter((actor) => actor.name.toLowerCase().includes(needle));
    // Ticked actors stay visible, whatever the search and the collapsed length.
    const ticked = matching.filter((actor) => selected.includes(actor.name));
    const rest = matching.filter((actor) => !selected.includes(actor.name));
    return expanded || needle
      ? [...ticked, ...rest]
      : [...ticked, ...rest.slice(0, Math.max(0, COLLAPSED - ticked.length))];
  }, [actors, find, selected, expanded]);

  if (actors.length === 0) return null;
  return (
    <fieldset className="actor-filter">
      <legend>
        Actors{' '}
        {selected.length > 0 && (
          <button type="button" className="link-button" onClick={() => setActors([])}>
            show all
          </button>
        )}
      </legend>
      <input
        type="search"
        aria-label="Find an actor"
        placeholder={`Find among ${countOf(actors.length, 'actor')}…`}
        value={find}
        onChange={(e) => setFind(e.target.value)}
      />
      <ul className="checklist">
        {shown.map((actor) => (
          <li key={actor.name}>
            <label className="category-toggle">
              <input
                type="checkbox"
                checked={selected.includes(actor.name)}
                onChange={() => toggleActor(actor.name)}
              />
              <span className="category-label">{actor.name}</span>
              <span className="category-count tabular">{counts.get(actor.name) ?? 0}</span>
            </label>
          </li>
        ))}
      </ul>
      {!find && actors.length > COLLAPSED && (
        <button
          type="button"
          className="link-button"
          aria-expanded={expanded}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? 'Show fewer' : `Show all ${actors.length}`}
        </button>
      )}
    </fieldset>
  );
}
