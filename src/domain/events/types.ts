import type { Story } from '../stories/types';

import type { DatePrecision } from './dates';
import type { EventRecord, LocationRecord, Relation, SourceRecord } from './schema';

export interface Category {
  id: string;
  label: string;
  color: string;
}

export interface EventSource {
  title?: string;
  publisher?: string;
  /** Only ever an http(s) URL: anything else was dropped at load time and reported. */
  href?: string;
  /** The original URL text when it was not a safe link, shown as plain text. */
  rawUrl?: string;
  note?: string;
  kind?: SourceRecord['kind'];
}

export type Casualties = NonNullable<EventRecord['casualties']>;

export type EventLocation = LocationRecord;

export interface ChronoEvent {
  id: string;
  /** Position in the dataset's events array (sorted by start time). */
  index: number;
  /** 1-based position in the file it was loaded from, for problem reports. */
  record: number;
  title: string;
  summary: string;
  date: string;
  endDate?: string;
  datePrecision: DatePrecision;
  /** Covered time, UTC ms, [start, end). */
  start: number;
  end: number;
  category: string;
  location?: EventLocation;
  actors: string[];
  casualties?: Casualties;
  confidence?: 'high' | 'medium' | 'low';
  confidenceNote?: string;
  disputed?: string;
  related: { id: string; relation: Relation }[];
  sources: EventSource[];
  /** Lower-cased title, summary, place, country, sea and actors, for text search. */
  searchText: string;
}

/** Events by id: a Map, or a Map's reading half built for how the page receives events. */
export interface EventLookup {
  get(id: string): ChronoEvent | undefined;
  has(id: string): boolean;
  readonly size: number;
}

/** Date-sorted events with their time index (event-set.ts searches it). */
export interface EventSet {
  /** Sorted by start. */
  events: readonly ChronoEvent[];
  /** events[i].start, for binary search. */
  starts: Float64Array;
  /** Longest end - start of any event, bounds the window search. */
  maxSpan: number;
}

export interface Dataset extends EventSet {
  title: string;
  description?: string;
  categories: Category[];
  /** Sorted by start, then id. */
  events: ChronoEvent[];
  byId: EventLookup;
  /** [first start, last end] or null when there are no events. */
  extent: [number, number] | null;
  /** Actors by how many events involve them, most first. */
  actors: { name: string; count: number }[];
  /** Events per category id, so the legend's first counts need no pass over every event. */
  categoryCounts: ReadonlyMap<string, number>;
  /**
   * Each category's start times, sorted: the timeline's histogram bins them for any zoom without
   * a pass over every event, and the worker that indexes a file builds them, not the page. Only
   * the most common categories' when there are many (MAX_CATEGORY_STARTS).
   */
  categoryStarts: ReadonlyMap<string, Float64Array>;
  /** Guided tours through the data, checked against it when the file loaded. */
  stories: Story[];
}

export interface DataProblem {
  /** 1-based record (event, feature or CSV data row) number; 0 for the file as a whole. */
  record: number;
  id?: string;
  field: string;
  message: string;
  /** error: the record was skipped; warning: it loaded, without the named value. */
  severity: 'error' | 'warning';
}

export type RecordKind = 'event' | 'feature' | 'row';

/** What a reader calls one record of a file of this kind. */
export function recordNoun(kind: RecordKind): 'row' | 'feature' | 'record' {
  return kind === 'row' ? 'row' : kind === 'feature' ? 'feature' : 'record';
}

export function describeProblem(problem: DataProblem, kind: RecordKind = 'event'): string {
  const where =
    problem.record === 0
      ? 'file'
      : `${kind} #${problem.record}${problem.id ? ` "${problem.id}"` : ''}`;
  return `${where}: ${problem.field ? `${problem.field} ` : ''}${problem.message}`;
}
