/** Where each of an event's values sits in a packed chunk (see packed-events.ts). */

/**
 * Each event's slots in `numbers`; NaN where the event has no value. The packer and the reader
 * both read these layouts, so they cannot drift apart.
 */
export const NUM = {
  index: 0,
  record: 1,
  start: 2,
  end: 3,
  lat: 4,
  lon: 5,
  radiusKm: 6,
  killed: 7,
  injured: 8,
} as const;
export const NUMBER_FIELDS = 9;
/** Each event's slots in `texts`: 1 + an index into `strings`, or 0 where the event has no value. */
export const TEXT = {
  id: 0,
  title: 1,
  summary: 2,
  date: 3,
  endDate: 4,
  datePrecision: 5,
  category: 6,
  searchText: 7,
  confidence: 8,
  disputed: 9,
  precision: 10,
  placeName: 11,
  country: 12,
  placeNote: 13,
  timezone: 14,
  sea: 15,
  confidenceNote: 16,
} as const;
export const TEXT_FIELDS = 17;
/**
 * Each event's slots in `counts`: how many actors, sources, related links and parties with
 * casualties it has. Their entries follow one another in `items`: an actor is one string, a source
 * six (title, publisher, href, rawUrl, note, kind), a link two (id, relation), a party three (its
 * name, then killed and injured as the count + 1, 0 where not given).
 */
export const COUNT = { actors: 0, sources: 1, related: 2, parties: 3 } as const;
export const LIST_FIELDS = 4;

export interface PackedEvents {
  count: number;
  strings: string[];
  numbers: Float64Array;
  texts: Uint32Array;
  counts: Uint32Array;
  items: Uint32Array;
}
