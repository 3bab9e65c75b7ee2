/**
 * Events as the dataset worker hands them to the page: columns of numbers and string indices
 * instead of a million small objects.
 *
 * Structured cloning an object writes every property name and reads it back one property at a
 * time: 100k events took 0.4–0.6 s to serialise and 0.3–0.8 s to deserialise (Node's V8
 * serialiser, docs/performance.md). Typed arrays move without a copy, a chunk's repeated strings
 * (dates, categories, publishers, links) travel once, and the page rebuilds the objects in one
 * tight loop.
 */
import type { DatePrecision } from '@/domain/events/dates';
import type { Relation } from '@/domain/events/schema';
import type { ChronoEvent, EventLocation, EventSource } from '@/domain/events/types';

/** Per event, in `numbers`; NaN where the event has no value. */
const NUMBER_FIELDS = 9;
/** Per event, in `texts`: 1 + an index into `strings`, or 0 where the event has no value. */
const TEXT_FIELDS = 15;
/**
 * Per event, in `counts`: how many actors, sources and related links it has. Their strings follow
 * one another in `items`: an actor is one, a source five (title, publisher, href, rawUrl, note),
 * a link two (id, relation).
 */
const LIST_FIELDS = 3;

export interface PackedEvents {
  count: number;
  strings: string[];
  numbers: Float64Array;
  texts: Uint32Array;
  counts: Uint32Array;
  items: Uint32Array;
}

class StringTable {
  readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();

  /** A value that repeats across events (a date, a category, a publisher): stored once. */
  ref(value: string | undefined): number {
    if (value === undefined) return 0;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.strings.push(value);
      this.ids.set(value, id);
    }
    return id;
  }

  /** A value nearly every event has its own of (an id, a title): not worth looking up. */
  add(value: string): number {
    return this.strings.push(value);
  }
}

export function packEvents(events: readonly ChronoEvent[]): PackedEvents {
  const table = new StringTable();
  const count = events.length;
  const numbers = new Float64Array(count * NUMBER_FIELDS).fill(Number.NaN);
  const texts = new Uint32Array(count * TEXT_FIELDS);
  const counts = new Uint32Array(count * LIST_FIELDS);
  const items: number[] = [];
  for (let i = 0; i < count; i++) {
    const event = events[i] as ChronoEvent;
    const { location, casualties } = event;
    const n = i * NUMBER_FIELDS;
    numbers[n] = event.index;
    numbers[n + 1] = event.record;
    numbers[n + 2] = event.start;
    numbers[n + 3] = event.end;
    const t = i * TEXT_FIELDS;
    texts[t] = table.add(event.id);
    texts[t + 1] = table.add(event.title);
    texts[t + 2] = table.ref(event.summary);
    texts[t + 3] = table.ref(event.date);
    texts[t + 4] = table.ref(event.endDate);
    texts[t + 5] = table.ref(event.datePrecision);
    texts[t + 6] = table.ref(event.category);
    texts[t + 7] = table.add(event.searchText);
    texts[t + 8] = table.ref(event.confidence);
    texts[t + 9] = table.ref(event.disputed);
    if (location) {
      numbers[n + 4] = location.lat;
      numbers[n + 5] = location.lon;
      if (location.radiusKm !== undefined) numbers[n + 6] = location.radiusKm;
      texts[t + 10] = table.ref(location.precision);
      texts[t + 11] = table.ref(location.name);
      texts[t + 12] = table.ref(location.country);
      texts[t + 13] = table.ref(location.note);
      texts[t + 14] = table.ref(location.timezone);
    }
    if (casualties?.killed !== undefined) numbers[n + 7] = casualties.killed;
    if (casualties?.injured !== undefined) numbers[n + 8] = casualties.injured;
    const c = i * LIST_FIELDS;
    counts[c] = event.actors.length;
    counts[c + 1] = event.sources.length;
    counts[c + 2] = event.related.length;
    for (const actor of event.actors) items.push(table.ref(actor));
    for (const source of event.sources) {
      items.push(
        table.ref(source.title),
        table.ref(source.publisher),
        table.ref(source.href),
        table.ref(source.rawUrl),
        table.ref(source.note),
      );
    }
    for (const link of event.related) items.push(table.ref(link.id), table.ref(link.relation));
  }
  return { count, strings: table.strings, numbers, texts, counts, items: Uint32Array.from(items) };
}

/** The buffers to transfer (not copy) with a packed chunk. */
export function packedBuffers(packed: PackedEvents): ArrayBuffer[] {
  return [
    packed.numbers.buffer,
    packed.texts.buffer,
    packed.counts.buffer,
    packed.items.buffer,
  ].map((buffer) => buffer as ArrayBuffer);
}

/** Reads one chunk back, event by event. */
class Unpacker {
  private item = 0;

  constructor(private readonly packed: PackedEvents) {}

  text(ref: number | undefined): string | undefined {
    return ref ? this.packed.strings[ref - 1] : undefined;
  }

  private nextText() {
    return this.text(this.packed.items[this.item++]);
  }

  private number(at: number): number | undefined {
    const value = this.packed.numbers[at];
    return value === undefined || Number.isNaN(value) ? undefined : value;
  }

  private actors(length: number): string[] {
    const actors = new Array<string>(length);
    for (let a = 0; a < length; a++) actors[a] = this.nextText() ?? '';
    return actors;
  }

  private sources(length: number): EventSource[] {
    const sources = new Array<EventSource>(length);
    for (let s = 0; s < length; s++) {
      const source: EventSource = {};
      const title = this.nextText();
      const publisher = this.nextText();
      const href = this.nextText();
      const rawUrl = this.nextText();
      const note = this.nextText();
      if (title !== undefined) source.title = title;
      if (publisher !== undefined) source.publisher = publisher;
      if (href !== undefined) source.href = href;
      if (rawUrl !== undefined) source.rawUrl = rawUrl;
      if (note !== undefined) source.note = note;
      sources[s] = source;
    }
    return sources;
  }

  private related(length: number): ChronoEvent['related'] {
    const related = new Array<ChronoEvent['related'][number]>(length);
    for (let r = 0; r < length; r++) {
      const id = this.nextText() ?? '';
      related[r] = { id, relation: this.nextText() as Relation };
    }
    return related;
  }

  private location(n: number, t: number): EventLocation | undefined {
    const lat = this.number(n + 4);
    if (lat === undefined) return undefined;
    const { texts } = this.packed;
    const location: EventLocation = {
      lat,
      lon: this.number(n + 5) ?? 0,
      precision: this.text(texts[t + 10]) as EventLocation['precision'],
    };
    const name = this.text(texts[t + 11]);
    const country = this.text(texts[t + 12]);
    const radiusKm = this.number(n + 6);
    const note = this.text(texts[t + 13]);
    const timezone = this.text(texts[t + 14]);
    if (name !== undefined) location.name = name;
    if (country !== undefined) location.country = country;
    if (radiusKm !== undefined) location.radiusKm = radiusKm;
    if (note !== undefined) location.note = note;
    if (timezone !== undefined) location.timezone = timezone;
    return location;
  }

  private casualties(n: number): ChronoEvent['casualties'] {
    const killed = this.number(n + 7);
    const injured = this.number(n + 8);
    if (killed === undefined && injured === undefined) return undefined;
    const casualties: NonNullable<ChronoEvent['casualties']> = {};
    if (killed !== undefined) casualties.killed = killed;
    if (injured !== undefined) casualties.injured = injured;
    return casualties;
  }

  /** An event has no key for what it lacks, as when it was parsed. */
  event(i: number): ChronoEvent {
    const { numbers, texts, counts } = this.packed;
    const n = i * NUMBER_FIELDS;
    const t = i * TEXT_FIELDS;
    const c = i * LIST_FIELDS;
    const event: ChronoEvent = {
      id: this.text(texts[t]) ?? '',
      index: numbers[n] ?? i,
      record: numbers[n + 1] ?? 0,
      title: this.text(texts[t + 1]) ?? '',
      summary: this.text(texts[t + 2]) ?? '',
      date: this.text(texts[t + 3]) ?? '',
      datePrecision: this.text(texts[t + 5]) as DatePrecision,
      start: numbers[n + 2] ?? 0,
      end: numbers[n + 3] ?? 0,
      category: this.text(texts[t + 6]) ?? '',
      actors: this.actors(counts[c] ?? 0),
      sources: this.sources(counts[c + 1] ?? 0),
      related: this.related(counts[c + 2] ?? 0),
      searchText: this.text(texts[t + 7]) ?? '',
    };
    const endDate = this.text(texts[t + 4]);
    const location = this.location(n, t);
    const casualties = this.casualties(n);
    const confidence = this.text(texts[t + 8]) as ChronoEvent['confidence'];
    const disputed = this.text(texts[t + 9]);
    if (endDate !== undefined) event.endDate = endDate;
    if (location) event.location = location;
    if (casualties) event.casualties = casualties;
    if (confidence !== undefined) event.confidence = confidence;
    if (disputed !== undefined) event.disputed = disputed;
    return event;
  }
}

export function unpackEvents(packed: PackedEvents): ChronoEvent[] {
  const unpacker = new Unpacker(packed);
  const events = new Array<ChronoEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) events[i] = unpacker.event(i);
  return events;
}
