import type { ChronoEvent } from '@/domain/events/types';

/** The events before and after the selection among those the filters let through, in date order. */
export function neighbours(
  events: readonly ChronoEvent[],
  selected: ChronoEvent | null,
): { previous: ChronoEvent | null; next: ChronoEvent | null; position: number } {
  if (!selected) return { previous: null, next: events[0] ?? null, position: -1 };
  const index = events.indexOf(selected);
  if (index < 0) {
    // The selection is filtered out: step from where it would sit in date order.
    const after = events.findIndex(
      (event) =>
        event.start > selected.start || (event.start === selected.start && event.id > selected.id),
    );
    const at = after < 0 ? events.length : after;
    return { previous: events[at - 1] ?? null, next: events[at] ?? null, position: -1 };
  }
  return { previous: events[index - 1] ?? null, next: events[index + 1] ?? null, position: index };
}
