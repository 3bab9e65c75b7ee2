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
import type { Casualties, ChronoEvent, EventLocation, EventSource } from '@/domain/events/types';

import {
  COUNT,
  LIST_FIELDS,
  NUM,
  NUMBER_FIELDS,
  TEXT,
  TEXT_FIELDS,
  type PackedEvents,
} from './packed-layout';

export type { PackedEvents } from './packed-layout';

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

const countSlot = (value: number | undefined) => (value === undefined ? 0 : value + 1);

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
    numbers[n + NUM.index] = event.index;
    numbers[n + NUM.record] = event.record;
    numbers[n + NUM.start] = event.start;
    numbers[n + NUM.end] = event.end;
    const t = i * TEXT_FIELDS;
    texts[t + TEXT.id] = table.add(event.id);
    texts[t + TEXT.title] = table.add(event.title);
    texts[t + TEXT.summary] = table.ref(event.summary);
    texts[t + TEXT.date] = table.ref(event.date);
    texts[t + TEXT.endDate] = table.ref(event.endDate);
    texts[t + TEXT.datePrecision] = table.ref(event.datePrecision);
    texts[t + TEXT.category] = table.ref(event.category);
    texts[t + TEXT.searchText] = table.add(event.searchText);
    texts[t + TEXT.confidence] = table.ref(event.confidence);
    texts[t + TEXT.disputed] = table.ref(event.disputed);
    texts[t + TEXT.confidenceNote] = table.ref(event.confidenceNote);
    if (location) {
      numbers[n + NUM.lat] = location.lat;
      numbers[n + NUM.lon] = location.lon;
      if (location.radiusKm !== undefined) numbers[n + NUM.radiusKm] = location.radiusKm;
      texts[t + TEXT.precision] = table.ref(location.precision);
      texts[t + TEXT.placeName] = table.ref(location.name);
      texts[t + TEXT.country] = table.ref(location.country);
      texts[t + TEXT.placeNote] = table.ref(location.note);
      texts[t + TEXT.timezone] = table.ref(location.timezone);
      texts[t + TEXT.sea] = table.ref(location.sea);
    }
    if (casualties?.killed !== undefined) numbers[n + NUM.killed] = casualties.killed;
    if (casualties?.injured !== undefined) numbers[n + NUM.injured] = casualties.injured;
    const c = i * LIST_FIELDS;
    counts[c + COUNT.actors] = event.actors.length;
    counts[c + COUNT.sources] = event.sources.length;
    counts[c + COUNT.related] = event.related.length;
    const parties = casualties?.byParty ?? [];
    counts[c + COUNT.parties] = parties.length;
    for (const actor of event.actors) items.push(table.ref(actor));
    for (const source of event.sources) {
      items.push(
        table.ref(source.title),
        table.ref(source.publisher),
        table.ref(source.href),
        table.ref(source.rawUrl),
        table.ref(source.note),
        table.ref(source.kind),
      );
    }
    for (const link of event.related) items.push(table.ref(link.id), table.ref(link.relation));
    for (const party of parties) {
      items.push(table.ref(party.party), countSlot(party.killed), countSlot(party.injured));
    }
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
      const kind = this.nextText() as EventSource['kind'];
      if (title !== undefined) source.title = title;
      if (publisher !== undefined) source.publisher = publisher;
      if (href !== undefined) source.href = href;
      if (rawUrl !== undefined) source.rawUrl = rawUrl;
      if (note !== undefined) source.note = note;
      if (kind !== undefined) source.kind = kind;
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
    const lat = this.number(n + NUM.lat);
    if (lat === undefined) return undefined;
    const { texts } = this.packed;
    const location: EventLocation = {
      lat,
      lon: this.number(n + NUM.lon) ?? 0,
      precision: this.text(texts[t + TEXT.precision]) as EventLocation['precision'],
    };
    const name = this.text(texts[t + TEXT.placeName]);
    const country = this.text(texts[t + TEXT.country]);
    const radiusKm = this.number(n + NUM.radiusKm);
    const note = this.text(texts[t + TEXT.placeNote]);
    const timezone = this.text(texts[t + TEXT.timezone]);
    const sea = this.text(texts[t + TEXT.sea]);
    if (name !== undefined) location.name = name;
    if (country !== undefined) location.country = country;
    if (sea !== undefined) location.sea = sea;
    if (radiusKm !== undefined) location.radiusKm = radiusKm;
    if (note !== undefined) location.note = note;
    if (timezone !== undefined) location.timezone = timezone;
    return location;
  }

  private nextCount(): number | undefined {
    const slot = this.packed.items[this.item++] ?? 0;
    return slot === 0 ? undefined : slot - 1;
  }

  private casualties(n: number, parties: number): Casualties | undefined {
    const killed = this.number(n + NUM.killed);
    const injured = this.number(n + NUM.injured);
    const casualties: Casualties = {};
    if (killed !== undefined) casualties.killed = killed;
    if (injured !== undefined) casualties.injured = injured;
    if (parties > 0) {
      const byParty: NonNullable<Casualties['byParty']> = [];
      for (let p = 0; p < parties; p++) {
        const party: NonNullable<Casualties['byParty']>[number] = { party: this.nextText() ?? '' };
        const partyKilled = this.nextCount();
        const partyInjured = this.nextCount();
        if (partyKilled !== undefined) party.killed = partyKilled;
        if (partyInjured !== undefined) party.injured = partyInjured;
        byParty.push(party);
      }
      casualties.byParty = byParty;
    }
    return killed === undefined && injured === undefined && parties === 0 ? undefined : casualties;
  }

  /** An event has no key for what it lacks, as when it was parsed. */
  event(i: number): ChronoEvent {
    const { numbers, texts, counts } = this.packed;
    const n = i * NUMBER_FIELDS;
    const t = i * TEXT_FIELDS;
    const c = i * LIST_FIELDS;
    const event: ChronoEvent = {
      id: this.text(texts[t + TEXT.id]) ?? '',
      index: numbers[n + NUM.index] ?? i,
      record: numbers[n + NUM.record] ?? 0,
      title: this.text(texts[t + TEXT.title]) ?? '',
      summary: this.text(texts[t + TEXT.summary]) ?? '',
      date: this.text(texts[t + TEXT.date]) ?? '',
      datePrecision: this.text(texts[t + TEXT.datePrecision]) as DatePrecision,
      start: numbers[n + NUM.start] ?? 0,
      end: numbers[n + NUM.end] ?? 0,
      category: this.text(texts[t + TEXT.category]) ?? '',
      actors: this.actors(counts[c + COUNT.actors] ?? 0),
      sources: this.sources(counts[c + COUNT.sources] ?? 0),
      related: this.related(counts[c + COUNT.related] ?? 0),
      searchText: this.text(texts[t + TEXT.searchText]) ?? '',
    };
    const location = this.location(n, t);
    const casualties = this.casualties(n, counts[c + COUNT.parties] ?? 0);
    if (location) event.location = location;
    if (casualties) event.casualties = casualties;
    this.optionalTexts(event, t);
    return event;
  }

  private optionalTexts(event: ChronoEvent, t: number) {
    const { texts } = this.packed;
    const endDate = this.text(texts[t + TEXT.endDate]);
    const confidence = this.text(texts[t + TEXT.confidence]) as ChronoEvent['confidence'];
    const confidenceNote = this.text(texts[t + TEXT.confidenceNote]);
    const disputed = this.text(texts[t + TEXT.disputed]);
    if (endDate !== undefined) event.endDate = endDate;
    if (confidence !== undefined) event.confidence = confidence;
    if (confidenceNote !== undefined) event.confidenceNote = confidenceNote;
    if (disputed !== undefined) event.disputed = disputed;
  }
}

export function unpackEvents(packed: PackedEvents): ChronoEvent[] {
  const unpacker = new Unpacker(packed);
  const events = new Array<ChronoEvent>(packed.count);
  for (let i = 0; i < packed.count; i++) events[i] = unpacker.event(i);
  return events;
}
