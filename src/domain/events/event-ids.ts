/**
 * Ids as links carry them: every event has one, none is used twice, and each can be written
 * into an address.
 */
import type { EventRecord } from './schema';
import type { ChronoEvent, DataProblem } from './types';

const ANY_SURROGATE = /[\uD800-\uDFFF]/;
/** Half of a UTF-16 pair without its other half: no text can hold it, nor can an address. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const REPLACEMENT_CHARACTER = '\uFFFD';

/**
 * The text with each lone surrogate replaced by U+FFFD, as String.prototype.toWellFormed does
 * (not in every browser Chronomap runs in); the same string when it has none.
 */
export function wellFormedText(text: string): string {
  return ANY_SURROGATE.test(text) ? text.replace(LONE_SURROGATE, REPLACEMENT_CHARACTER) : text;
}

/**
 * A name that goes into links (an id, a category, an actor), made well formed: `encodeURIComponent`
 * throws on a lone surrogate, so such a name could be neither selected nor shared. The repair is
 * reported on the record and field it was made in.
 */
export function linkableName(
  name: string,
  where: Pick<DataProblem, 'record' | 'id' | 'field'>,
  problems: DataProblem[],
): string {
  const repaired = wellFormedText(name);
  if (repaired !== name) {
    problems.push({
      ...where,
      message: `held a broken character (half of a UTF-16 surrogate pair); read as ${JSON.stringify(repaired)}`,
      severity: 'warning',
    });
  }
  return repaired;
}

/** Each of a list of names made linkable, in place. */
export function linkableNames(
  record: number,
  id: string | undefined,
  field: string,
  names: string[],
  problems: DataProblem[],
): string[] {
  for (let i = 0; i < names.length; i++) {
    const name = names[i] as string;
    const repaired = linkableName(name, { record, id, field: `${field}[${i}]` }, problems);
    if (repaired !== name) names[i] = repaired;
  }
  return names;
}

/** Links name ids as the events do: repaired the same way, so they still find their event. */
export function relatedOf(
  record: number,
  id: string | undefined,
  related: EventRecord['related'],
  problems: DataProblem[],
): EventRecord['related'] {
  related.forEach((link, i) => {
    link.id = linkableName(link.id, { record, id, field: `related[${i}].id` }, problems);
  });
  return related;
}

/**
 * Ids for the events their file gave none: `event-N` by the record's number, unless the file
 * already uses that id for another event, then `event-N-2` (or -3…). Named once every record is
 * read, so an id given later in the file is never taken; problems already reported about these
 * records get the id too.
 */
export function nameUnnamed(
  unnamed: readonly ChronoEvent[],
  taken: ReadonlyMap<string, unknown>,
  problems: readonly DataProblem[],
) {
  if (unnamed.length === 0) return;
  const named = new Map<number, string>();
  for (const event of unnamed) {
    let id = `event-${event.record}`;
    for (let n = 2; taken.has(id); n++) id = `event-${event.record}-${n}`;
    event.id = id;
    named.set(event.record, id);
  }
  for (const problem of problems) {
    if (problem.id !== undefined) continue;
    const id = named.get(problem.record);
    if (id !== undefined) problem.id = id;
  }
}

/** Links to no event of the dataset, or to the event itself, are dropped and reported. */
export function dropDanglingRelations(
  events: ChronoEvent[],
  byId: ReadonlyMap<string, ChronoEvent>,
  problems: DataProblem[],
) {
  for (const event of events) {
    if (event.related.length === 0) continue;
    event.related = event.related.filter((link, i) => {
      const itself = link.id === event.id;
      if (byId.has(link.id) && !itself) return true;
      problems.push({
        record: event.record,
        id: event.id,
        field: `related[${i}].id`,
        message: itself
          ? `${JSON.stringify(link.id)} is this event itself; link dropped`
          : `${JSON.stringify(link.id)} is not an event in this dataset; link dropped`,
        severity: 'warning',
      });
      return false;
    });
  }
}
