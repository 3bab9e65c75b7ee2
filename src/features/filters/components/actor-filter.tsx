import { useMemo } from 'react';

import { idSet } from '@/domain/events/filter-events';
import { useAppStore } from '@/store/app-store';
import { selectActorCounts } from '@/store/selectors';

import type { ChecklistItem } from '../lib/checklist';

import { Checklist } from './checklist';

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
  // The dataset lists its actors most common first.
  const items = useMemo(
    (): ChecklistItem[] => actors.map(({ name }) => ({ id: name, label: name })),
    [actors],
  );
  const top = useMemo(() => items.slice(0, COLLAPSED), [items]);
  const ticked = idSet(selected);

  if (actors.length === 0) return null;
  return (
    <Checklist
      className="actor-filter"
      legend={
        <>
          Actors{' '}
          {selected.length > 0 && (
            <button type="button" className="link-button" onClick={() => setActors([])}>
              show all
            </button>
          )}
        </>
      }
      noun={['actor', 'actors']}
      findLabel="Find an actor"
      items={items}
      top={top}
      pinned={ticked}
      counts={counts}
      isChecked={(name) => ticked.has(name)}
      onToggle={toggleActor}
      searchable
    />
  );
}
