import type { Category, ChronoEvent } from '@/domain/events/types';

export type SortKey = 'date' | 'title' | 'category';

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Events in the order the reader asked for; date order is the order they already come in. */
export function sortEvents(
  events: readonly ChronoEvent[],
  key: SortKey,
  categories: readonly Category[],
): readonly ChronoEvent[] {
  if (key === 'date') return events;
  if (key === 'title')
    return [...events].sort((a, b) => collator.compare(a.title, b.title) || a.start - b.start);
  const order = new Map(categories.map((category, i) => [category.id, i]));
  return [...events].sort(
    (a, b) => (order.get(a.category) ?? 1e9) - (order.get(b.category) ?? 1e9) || a.start - b.start,
  );
}
