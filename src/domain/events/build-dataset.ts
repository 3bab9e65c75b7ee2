import { deriveCategory, UNCATEGORISED } from './categories';
import { impliedPrecision, parseIsoDate, type DatePrecision } from './dates';
import {
  dropDanglingRelations,
  linkableName,
  linkableNames,
  nameUnnamed,
  relatedOf,
  wellFormedText,
} from './event-ids';
import { farOffDates } from './far-off-dates';
import { indexEvents } from './index-events';
import { rawId, reportIssues } from './schema-issues';
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

function toSources(
  record: number,
  id: string | undefined,
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
  /** The ids the file gives, by the record that first gave each. */
  ids: Map<string, number>;
  /** Events the file gives no id, named once every record is read. */
  unnamed: ChronoEvent[];
  /** Checked links by their text: files cite the same pages again and again, and URL parsing is slow. */
  links: Map<string, string | null>;
}

/** The end of an event's span; an endDate before the date is reported and ignored. */
function spanEnd(
  record: number,
  id: string | undefined,
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
  id: string | undefined,
  category: string | undefined,
  ctx: Context,
): string {
  if (!category) category = UNCATEGORISED;
  // Known categories were mended when first met: most events need no check.
  if (ctx.categories.has(category)) return category;
  const categoryId = linkableName(category, { record, id, field: 'category' }, ctx.problems);
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

/** The record's own id, made linkable; null when an earlier record has it (reported). */
function idOf(record: number, given: string, ctx: Context): string | null {
  const id = wellFormedText(given);
  if (id !== given) linkableName(given, { record, id, field: 'id' }, ctx.problems);
  const previous = ctx.ids.get(id);
  if (previous === undefined) {
    ctx.ids.set(id, record);
    return id;
  }
  ctx.problems.push({
    record,
    id,
    field: 'id',
    message: `${JSON.stringify(id)} is already used by record #${previous}; this one was skipped`,
    severity: 'error',
  });
  return null;
}

/** The record as the schema reads it; null when it is skipped (and reported). */
function validRecord(record: number, value: unknown, problems: Problems): EventRecord | null {
  if (value === SKIPPED_RECORD) return null;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    problems.push({ record, field: '', message: 'is not an object', severity: 'error' });
    return null;
  }
  const plain = wellFormedEvent(value);
  if (plain) return plain;
  const parsed = eventSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  reportIssues(record, rawId(value), parsed.error, problems);
  return null;
}

function toEvent(record: number, value: unknown, ctx: Context): ChronoEvent | null {
  const data = validRecord(record, value, ctx.problems);
  if (!data) return null;
  const id = data.id === undefined ? undefined : idOf(record, data.id, ctx);
  if (id === null) return null;
  const date = parseIsoDate(data.date);
  if (!date) return null; // unreachable: the schema checked it
  const end = spanEnd(record, id, data, date.start, date.end, ctx.problems);
  const categoryId = resolveCategory(record, id, data.category, ctx);
  const precision: DatePrecision = data.datePrecision ?? impliedPrecision(date.resolution);
  const actors = uniqueActors(linkableNames(record, id, 'actors', data.actors, ctx.problems));
  const event: ChronoEvent = {
    id: id ?? '',
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
    related: relatedOf(record, id, data.related, ctx.problems),
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
  if (id === undefined) ctx.unnamed.push(event);
  return event;
}

/** The file's own categories, in its order, each once; a label or colour left out is derived. */
function declaredCategories(header: DatasetHeader, problems: Problems): Map<string, Category> {
  const categories = new Map<string, Category>();
  header.categories.forEach((category, i) => {
    const id = linkableName(category.id, { record: 0, field: `categories[${i}].id` }, problems);
    if (categories.has(id)) return;
    const derived = deriveCategory(id);
    categories.set(id, {
      id,
      label: category.label || derived.label,
      color: category.color ?? derived.color,
    });
  });
  return categories;
}

/**
 * Validates every record on its own: bad ones are reported and skipped, good ones always load.
 * `header.categories` may be empty; undeclared categories are derived.
 */
export function buildDataset(header: DatasetHeader, records: Iterable<unknown>): BuildResult {
  const problems: Problems = [];
  const categories = declaredCategories(header, problems);
  const declared = new Set(categories.keys());
  const ctx: Context = {
    problems,
    categories,
    declaredCategories: categories.size > 0,
    ids: new Map(),
    unnamed: [],
    links: new Map(),
  };
  const events: ChronoEvent[] = [];
  let record = 0;
  for (const value of records) {
    record += 1;
    const event = toEvent(record, value, ctx);
    if (event) events.push(event);
  }
  nameUnnamed(ctx.unnamed, ctx.ids, problems);
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
  dataset.categories = dataset.categories.filter(
    (category) => declared.has(category.id) || dataset.categoryCounts.has(category.id),
  );
  return { dataset, problems };
}
