import type { z } from 'zod';

import { deriveCategory, UNCATEGORISED } from './categories';
import { categoryStartTimes } from './category-starts';
import { parseIsoDate, type DatePrecision } from './dates';
import { farOffDates } from './far-off-dates';
import { safeHttpUrl } from './safe-url';
import { eventSchema, type DatasetHeader, type EventRecord } from './schema';
import type { Casualties, Category, ChronoEvent, DataProblem, Dataset, EventSource } from './types';
import { wellFormedEvent } from './well-formed-event';

export const DEFAULT_TITLE = 'Untitled dataset';

/**
 * A record its reader already reported and skipped: it keeps its number (the rows after it keep
 * theirs) and adds no second problem.
 */
export const SKIPPED_RECORD = Symbol('skipped record');

export interface BuildResult {
  dataset: Dataset;
  problems: DataProblem[];
}

type Problems = DataProblem[];

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out;
}

function rawId(value: unknown): string | undefined {
  if (value && typeof value === 'object' && 'id' in value) {
    const id = (value as { id: unknown }).id;
    if (typeof id === 'string' && id.length <= 200) return id;
    if (typeof id === 'number' && Number.isFinite(id)) return String(id);
  }
  return undefined;
}

function reportIssues(
  record: number,
  id: string | undefined,
  error: z.ZodError,
  problems: Problems,
) {
  // One line per field is enough to fix a record; zod may report several for one value.
  const seen = new Set<string>();
  for (const issue of error.issues) {
    const field = formatPath(issue.path);
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ record, id, field, message: issue.message, severity: 'error' });
  }
}

function toSources(
  record: number,
  id: string,
  sources: EventRecord['sources'],
  { problems, links }: Context,
): EventSource[] {
  return sources.map((source, i) => {
    const out: EventSource = {};
    if (source.title) out.title = source.title;
    if (source.publisher) out.publisher = source.publisher;
    if (source.note) out.note = source.note;
    if (source.kind) out.kind = source.kind;
    if (source.url) {
      let href = links.get(source.url);
      if (href === undefined) {
        href = safeHttpUrl(source.url);
        links.set(source.url, href);
      }
      if (href) out.href = href;
      else {
        out.rawUrl = source.url;
        problems.push({
          record,
          id,
          field: `sources[${i}].url`,
          message: `${JSON.stringify(source.url.slice(0, 60))} is not an http(s) link; shown as text`,
          severity: 'warning',
        });
      }
    }
    return out;
  });
}

function searchTextOf(event: EventRecord, actors: readonly string[]): string {
  // Concatenated rather than joined from an array: this runs for every event of a file.
  let text = event.title;
  if (event.summary) text += `\n${event.summary}`;
  if (event.location?.name) text += `\n${event.location.name}`;
  if (event.location?.country) text += `\n${event.location.country}`;
  if (event.location?.sea) text += `\n${event.location.sea}`;
  for (const actor of actors) text += `\n${actor}`;
  return text.toLowerCase();
}

/** The counts that were given, or undefined when none was: an empty object says nothing. */
function withoutEmptyParties(casualties: Casualties): Casualties | undefined {
  const byParty = casualties.byParty?.filter(
    (party) => party.killed !== undefined || party.injured !== undefined,
  );
  const out: Casualties = {};
  if (casualties.killed !== undefined) out.killed = casualties.killed;
  if (casualties.injured !== undefined) out.injured = casualties.injured;
  if (byParty?.length) out.byParty = byParty;
  return Object.keys(out).length ? out : undefined;
}

/** Each actor once, in the file's order. */
function uniqueActors(actors: string[]): string[] {
  return actors.length < 2 ? actors : [...new Set(actors)];
}

interface Context {
  problems: Problems;
  categories: Map<string, Category>;
  declaredCategories: boolean;
  ids: Map<string, number>;
  /** Checked links by their text: files cite the same pages again and again, and URL parsing is slow. */
  links: Map<string, string | null>;
}

/** The end of an event's span; an endDate before the date is reported and ignored. */
function spanEnd(
  record: number,
  id: string,
  data: EventRecord,
  start: number,
  dayEnd: number,
  problems: Problems,
) {
  if (!data.endDate) return { end: dayEnd };
  const last = parseIsoDate(data.endDate);
  if (last && last.end > start) return { end: Math.max(dayEnd, last.end), endDate: data.endDate };
  problems.push({
    record,
    id,
    field: 'endDate',
    message: `${JSON.stringify(data.endDate)} is before date ${JSON.stringify(data.date)}; ignored`,
    severity: 'warning',
  });
  return { end: dayEnd };
}

/** Undeclared categories get a derived label and colour (reported when the file declares its own). */
function resolveCategory(
  record: number,
  id: string,
  category: string | undefined,
  ctx: Context,
): string {
  const categoryId = category || UNCATEGORISED;
  if (ctx.categories.has(categoryId)) return categoryId;
  ctx.categories.set(categoryId, deriveCategory(categoryId));
  if (ctx.declaredCategories && categoryId !== UNCATEGORISED) {
    ctx.problems.push({
      record,
      id,
      field: 'category',
      message: `${JSON.stringify(categoryId)} is not declared in the file; shown with a derived colour`,
      severity: 'warning',
    });
  }
  return categoryId;
}

function toEvent(record: number, value: unknown, ctx: Context): ChronoEvent | null {
  if (value === SKIPPED_RECORD) return null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    ctx.problems.push({ record, field: '', message: 'is not an object', severity: 'error' });
    return null;
  }
  let data = wellFormedEvent(value);
  if (!data) {
    const parsed = eventSchema.safeParse(value);
    if (!parsed.success) {
      reportIssues(record, rawId(value), parsed.error, ctx.problems);
      return null;
    }
    data = parsed.data;
  }
  const id = data.id ?? `event-${record}`;
  const previous = ctx.ids.get(id);
  if (previous !== undefined) {
    ctx.problems.push({
      record,
      id,
      field: 'id',
      message: `${JSON.stringify(id)} is already used by record #${previous}; this one was skipped`,
      severity: 'error',
    });
    return null;
  }
  const date = parseIsoDate(data.date);
  if (!date) return null; // unreachable: the schema checked it
  const end = spanEnd(record, id, data, date.start, date.end, ctx.problems);
  const categoryId = resolveCategory(record, id, data.category, ctx);
  ctx.ids.set(id, record);
  const precision: DatePrecision =
    data.datePrecision ??
    (date.resolution === 'month' || date.resolution === 'year' ? date.resolution : 'day');
  const actors = uniqueActors(data.actors);
  const event: ChronoEvent = {
    id,
    index: 0,
    record,
    title: data.title,
    summary: data.summary,
    date: data.date,
    datePrecision: precision,
    start: date.start,
    end: end.end,
    category: categoryId,
    actors,
    related: data.related,
    sources: toSources(record, id, data.sources, ctx),
    searchText: searchTextOf(data, actors),
  };
  if (end.endDate) event.endDate = end.endDate;
  if (data.location) event.location = data.location;
  const casualties = data.casualties && withoutEmptyParties(data.casualties);
  if (casualties) event.casualties = casualties;
  if (data.confidence) event.confidence = data.confidence;
  if (data.confidenceNote) event.confidenceNote = data.confidenceNote;
  if (data.disputed) event.disputed = data.disputed;
  return event;
}

function dropDanglingRelations(
  events: ChronoEvent[],
  byId: Map<string, ChronoEvent>,
  problems: Problems,
) {
  for (const event of events) {
    if (event.related.length === 0) continue;
    event.related = event.related.filter((link, i) => {
      if (byId.has(link.id) && link.id !== event.id) return true;
      problems.push({
        record: event.record,
        id: event.id,
        field: `related[${i}].id`,
        message: `${JSON.stringify(link.id)} is not an event in this dataset; link dropped`,
        severity: 'warning',
      });
      return false;
    });
  }
}

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
function indexEvents(
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
  };
  if (header.description) dataset.description = header.description;
  return dataset;
}

/**
 * Validates every record on its own: bad ones are reported and skipped, good ones always load.
 * `header.categories` may be empty; undeclared categories are derived.
 */
export function buildDataset(header: DatasetHeader, records: Iterable<unknown>): BuildResult {
  const problems: Problems = [];
  const categories = new Map<string, Category>();
  for (const declared of header.categories) {
    if (categories.has(declared.id)) continue;
    const derived = deriveCategory(declared.id);
    categories.set(declared.id, {
      id: declared.id,
      label: declared.label || derived.label,
      color: declared.color ?? derived.color,
    });
  }
  const ctx: Context = {
    problems,
    categories,
    declaredCategories: categories.size > 0,
    ids: new Map(),
    links: new Map(),
  };
  const events: ChronoEvent[] = [];
  let record = 0;
  for (const value of records) {
    record += 1;
    const event = toEvent(record, value, ctx);
    if (event) events.push(event);
  }
  const byId = new Map<string, ChronoEvent>();
  for (const event of events) byId.set(event.id, event);
  dropDanglingRelations(events, byId, problems);
  const dataset = indexEvents(
    {
      title: header.title || DEFAULT_TITLE,
      ...(header.description ? { description: header.description } : {}),
      categories: [...categories.values()],
    },
    events,
    byId,
  );
  for (const problem of farOffDates(dataset.events, dataset.starts)) problems.push(problem);
  // Declared categories keep their order even when empty; derived ones only when used.
  const declared = new Set(header.categories.map((category) => category.id));
  dataset.categories = dataset.categories.filter(
    (category) => declared.has(category.id) || dataset.categoryCounts.has(category.id),
  );
  return { dataset, problems };
}
