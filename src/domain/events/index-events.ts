import { categoryStartTimes } from './category-starts';
import type { Category, ChronoEvent, Dataset } from './types';

function countActors(events: ChronoEvent[]): Dataset['actors'] {
  const counts = new Map<string, number>();
  for (const event of events) {
    for (const actor of event.actors) counts.set(actor, (counts.get(actor) ?? 0) + 1);
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
}

const byStartThenId = (a: ChronoEvent, b: ChronoEvent) =>
  a.start - b.start || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Many files come sorted by date already: checking costs far less than sorting. */
function sortByStartThenId(events: ChronoEvent[]) {
  for (let i = 1; i < events.length; i++) {
    if (byStartThenId(events[i - 1] as ChronoEvent, events[i] as ChronoEvent) > 0) {
      events.sort(byStartThenId);
      return;
    }
  }
}

/** Indexes already-valid events (each in `byId`): sorting and the time index. */
export function indexEvents(
  header: { title: string; description?: string; categories: Category[] },
  events: ChronoEvent[],
  byId: Map<string, ChronoEvent>,
): Dataset {
  sortByStartThenId(events);
  const starts = new Float64Array(events.length);
  const categoryCounts = new Map<string, number>();
  let maxSpan = 0;
  let lastEnd = -Infinity;
  events.forEach((event, i) => {
    event.index = i;
    starts[i] = event.start;
    categoryCounts.set(event.category, (categoryCounts.get(event.category) ?? 0) + 1);
    maxSpan = Math.max(maxSpan, event.end - event.start);
    lastEnd = Math.max(lastEnd, event.end);
  });
  const first = events[0];
  const dataset: Dataset = {
    title: header.title,
    categories: header.categories,
    events,
    byId,
    starts,
    maxSpan,
    extent: first ? [first.start, lastEnd] : null,
    actors: countActors(events),
    categoryCounts,
    categoryStarts: categoryStartTimes(events, categoryCounts),
    stories: [],
  };
  if (header.description) dataset.description = header.description;
  return dataset;
}
