import type { ChronoEvent } from '@/domain/events/types';

/**
 * What a reader sees of an event, without where it sits in the file or the dataset (its index,
 * its record number) or what is derived for searching: two loads of the same events agree on it.
 */
export function essence(event: ChronoEvent) {
  return {
    id: event.id,
    title: event.title,
    summary: event.summary,
    date: event.date,
    endDate: event.endDate,
    datePrecision: event.datePrecision,
    start: event.start,
    end: event.end,
    category: event.category,
    location: event.location,
    actors: event.actors,
    sources: event.sources,
    casualties: event.casualties,
    confidence: event.confidence,
    confidenceNote: event.confidenceNote,
    disputed: event.disputed,
    related: event.related,
  };
}

/** The events' essences in id order, whatever order they loaded in. */
export const essencesById = (events: readonly ChronoEvent[]) =>
  [...events].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map(essence);
