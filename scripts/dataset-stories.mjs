// Checks of a dataset's stories (docs/data-format.md, "Stories") against its own events: what a
// step names must exist, and what it is about must be in its view. Problems fail the check;
// warnings (a step about events its window or filters hide) are printed and pass.
// Used by scripts/crosscheck-research.mjs. No dependencies.

/** The keys of a link a step's view may hold, as src/url/url-params.ts reads them. */
export const VIEW_KEYS = [
  'from',
  'to',
  'mode',
  'cat',
  'actor',
  'q',
  'event',
  'map',
  't',
  'lanes',
  'speed',
  'play',
  'inview',
];
/** The keys it may not hold, as STEP_VIEW_EXCLUDED_KEYS in src/domain/stories/types.ts. */
export const EXCLUDED_VIEW_KEYS = ['data', 'read', 'story', 'step', 'embed'];

const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;
const YEAR = /^(\d{4})$/;

/** The UTC span [start, end) a dataset date covers, as the app reads it (src/domain/events/dates.ts). */
export function dateSpan(text) {
  const value = String(text ?? '');
  let match;
  if ((match = DAY.exec(value))) {
    const start = Date.UTC(+match[1], +match[2] - 1, +match[3]);
    return { start, end: start + DAY_MS };
  }
  if ((match = MONTH.exec(value))) {
    return { start: Date.UTC(+match[1], +match[2] - 1, 1), end: Date.UTC(+match[1], +match[2], 1) };
  }
  if ((match = YEAR.exec(value))) {
    return { start: Date.UTC(+match[1], 0, 1), end: Date.UTC(+match[1] + 1, 0, 1) };
  }
  const instant = Date.parse(value.replace(' ', 'T'));
  return Number.isFinite(instant) && /T\d\d:\d\d/.test(value.replace(' ', 'T'))
    ? { start: instant, end: instant + 1 }
    : null;
}

/** An event's span: its date, through its endDate when that is later. */
function eventSpan(event) {
  const first = dateSpan(event.date);
  if (!first) return null;
  const last = event.endDate ? dateSpan(event.endDate) : null;
  return { start: first.start, end: Math.max(first.end, last?.end ?? first.end) };
}

/** A link's bound: a date is its whole day (the start's midnight, or the next one for an end). */
function bound(text, as) {
  if (!/^\d{4}-\d{2}-\d{2}(T.*)?$/.test(text)) return null;
  const span = dateSpan(text);
  if (!span) return null;
  return DAY.test(text) && as === 'end' ? span.end : span.start;
}

const list = (text) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** The view's keys that a link has; problems for the others. */
function viewKeys(params, problems) {
  const read = {};
  for (const [key, value] of params) {
    if (EXCLUDED_VIEW_KEYS.includes(key))
      problems.push(`view holds "${key}", which a step may not`);
    else if (!VIEW_KEYS.includes(key)) problems.push(`view has an unknown key "${key}"`);
    else read[key] = value;
  }
  return read;
}

/** The window's bounds in UTC ms (`fromMs`, `toMs`, the end exclusive), and its mode. */
function readWindow(read, problems) {
  for (const key of ['from', 'to']) {
    if (read[key] === undefined) continue;
    const ms = bound(read[key], key === 'from' ? 'start' : 'end');
    if (ms === null) problems.push(`view ${key} "${read[key]}" is not a date`);
    else read[`${key}Ms`] = ms;
  }
  if (read.fromMs !== undefined && read.toMs !== undefined && read.fromMs >= read.toMs) {
    problems.push(`view from ${read.from} is after to ${read.to}`);
  }
  if (read.mode !== undefined && !['window', 'cumulative'].includes(read.mode)) {
    problems.push(`view mode "${read.mode}" is not window or cumulative`);
  }
}

/** The categories, actors and event the view names (`cats`, `actors`: null when it names none). */
function readNames(read, known, problems) {
  read.cats = read.cat === undefined ? null : list(read.cat);
  for (const id of read.cats ?? []) {
    if (!known.categories.has(id)) problems.push(`view cat "${id}" is not a category`);
  }
  read.actors = read.actor === undefined ? null : list(read.actor);
  for (const name of read.actors ?? []) {
    if (!known.actors.has(name)) problems.push(`view actor "${name}" is no event's actor`);
  }
  if (read.event !== undefined && !known.events.has(read.event)) {
    problems.push(`view event "${read.event}" is not an event`);
  }
}

/** The step's window, filters and selection as its view says them; problems for what is wrong. */
function readView(view, known) {
  const problems = [];
  const read = viewKeys(new URLSearchParams(view), problems);
  readWindow(read, problems);
  readNames(read, known, problems);
  if (read.map !== undefined && !cameraOk(read.map)) {
    problems.push(`view map "${read.map}" is not zoom/lat/lon within range`);
  }
  return { read, problems };
}

function cameraOk(text) {
  const parts = text.split('/');
  if (parts.length !== 3 || parts.some((part) => !/^-?\d+(\.\d+)?$/.test(part))) return false;
  const [zoom, lat, lon] = parts.map(Number);
  return zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85.06 && Math.abs(lon) <= 180;
}

/** Why the step's view would not show an event it is about; null when it shows. */
function hiddenBy(event, read) {
  const span = eventSpan(event);
  const start = read.mode === 'cumulative' ? -Infinity : (read.fromMs ?? -Infinity);
  const end = read.toMs ?? Infinity;
  if (span && !(span.start < end && span.end > start)) return 'is outside its window';
  if (read.cats && !read.cats.includes(event.category)) return 'is hidden by its cat filter';
  const actors = event.actors ?? [];
  if (read.actors && !read.actors.some((name) => actors.includes(name))) {
    return 'is hidden by its actor filter';
  }
  return null;
}

const LINK = /\[[^\]]*\]\(([^)\s]*)\)/g;

/** The links of a step's text that do not go to one of the dataset's own sources. */
function foreignLinks(text, sourceUrls) {
  return [...String(text).matchAll(LINK)]
    .map((match) => match[1])
    .filter((url) => !sourceUrls.has(url));
}

function stepProblems(step, where, known) {
  const problems = [];
  const warnings = [];
  for (const field of ['title', 'text', 'view']) {
    if (typeof step?.[field] !== 'string' || (field !== 'view' && !step[field].trim())) {
      problems.push(`${where}: ${field} is missing`);
    }
  }
  const names = Array.isArray(step?.events) ? step.events : [];
  if (!Array.isArray(step?.events)) problems.push(`${where}: events is not a list of event ids`);
  if (typeof step?.view !== 'string') return { problems, warnings };
  const { read, problems: viewProblems } = readView(step.view, known);
  problems.push(...viewProblems.map((problem) => `${where}: ${problem}`));
  for (const id of names) {
    if (!known.events.has(id)) problems.push(`${where}: names "${id}", not an event`);
  }
  // What the step is about: the events it names, and the one its view selects.
  const about = new Set([...names, ...(read.event === undefined ? [] : [read.event])]);
  for (const id of about) {
    const event = known.events.get(id);
    const why = event && hiddenBy(event, read);
    if (why) warnings.push(`${where}: ${id} ${why}`);
  }
  for (const url of foreignLinks(step.text ?? '', known.sourceUrls)) {
    problems.push(`${where}: text links to ${url}, not one of the dataset's sources`);
  }
  return { problems, warnings };
}

/** Problems and warnings of a dataset's `stories`, each as "story <id> step <n>: <what>". */
export function lintStories(stories, events, categories) {
  const problems = [];
  const warnings = [];
  if (stories === undefined) return { problems, warnings };
  if (!Array.isArray(stories)) return { problems: ['stories is not a list'], warnings };
  const known = {
    events: new Map(events.map((event) => [event?.id, event])),
    categories: new Set((categories ?? []).map((category) => category?.id)),
    actors: new Set(events.flatMap((event) => event?.actors ?? [])),
    sourceUrls: new Set(events.flatMap((event) => (event?.sources ?? []).map((s) => s?.url))),
  };
  const ids = new Set();
  stories.forEach((story, i) => {
    const id = typeof story?.id === 'string' && story.id ? story.id : null;
    const where = id ? `story ${id}` : `stories[${i}]`;
    if (!id) problems.push(`${where}: id is missing`);
    else if (ids.has(id)) problems.push(`${where}: id is also an earlier story's`);
    if (id) ids.add(id);
    if (typeof story?.title !== 'string' || !story.title.trim()) {
      problems.push(`${where}: title is missing`);
    }
    const steps = Array.isArray(story?.steps) ? story.steps : [];
    if (steps.length === 0) problems.push(`${where}: has no steps`);
    steps.forEach((step, n) => {
      const found = stepProblems(step, `${where} step ${n + 1}`, known);
      problems.push(...found.problems);
      warnings.push(...found.warnings);
    });
  });
  return { problems, warnings };
}
