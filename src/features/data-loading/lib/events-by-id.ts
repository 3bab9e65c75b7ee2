import type { ChronoEvent, EventLookup } from '@/domain/events/types';

/**
 * Events by id, as the page receives them from the dataset worker: one Map per batch.
 *
 * A single Map rebuilds its whole table each time it fills, and the page paid for that in one
 * batch's task: 30–60 ms at 262k and 524k entries, on top of unpacking the batch (docs/
 * performance.md). Maps of one batch each never grow that large, and asking a hundred of them
 * for an id still takes microseconds: V8 hashes a string once and keeps the hash.
 */
export class EventsById implements EventLookup {
  private readonly parts: Map<string, ChronoEvent>[] = [];
  private count = 0;

  /** Ids are unique across batches: the worker checked them when it parsed the file. */
  add(events: readonly ChronoEvent[]): void {
    const part = new Map<string, ChronoEvent>();
    for (const event of events) part.set(event.id, event);
    this.parts.push(part);
    this.count += part.size;
  }

  get(id: string): ChronoEvent | undefined {
    for (const part of this.parts) {
      const event = part.get(id);
      if (event) return event;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  get size(): number {
    return this.count;
  }
}
