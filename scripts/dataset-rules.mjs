// The rules a bundled dataset's records must follow to be citable (issue 26), over records as
// they stand in the JSON file. Used by the cross-check (scripts/crosscheck-research.mjs) and by
// the unit tests over the bundled dataset. No dependencies.

/** Hosts that serve a development or staging copy of a site, or a reader app's copy of it. */
const STAGING_HOST =
  /^(?:dev|develop|development|staging|stage|stg|test|qa|uat|preview|beta|digital-stage)(?:-[a-z0-9]+)?\./i;
const COPY_HOSTS = new Set(['app.eesea.com']);

/** Query parameters that track a click rather than name a page. */
const TRACKING_PARAM =
  /^(?:utm_\w+|fbclid|gclid|dclid|mc_cid|mc_eid|ns_mchannel|ns_campaign|ito|ocid|cmpid|SToverlay|ref|traffic_source|source|amp|fr)$/i;

export const SOURCE_KINDS = ['primary', 'report', 'claim'];

/** What is wrong with one source's address: a staging host or a tracking parameter. */
export function sourceUrlProblems(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return [`is not a URL: ${url}`];
  }
  const problems = [];
  if (STAGING_HOST.test(parsed.hostname) || COPY_HOSTS.has(parsed.hostname)) {
    problems.push(`is on a staging or copy host (${parsed.hostname}): ${url}`);
  }
  const tracking = [...parsed.searchParams.keys()].filter((key) => TRACKING_PARAM.test(key));
  if (tracking.length) problems.push(`has tracking parameters (${tracking.join(', ')}): ${url}`);
  return problems;
}

/** A time of day with the clock it is read on: "02:30 Sanaa time", "21:00 GMT", "16:00 EST". */
const STATED_TIME =
  /\b(\d{1,2}):(\d{2})(?:\s+and\s+(?:about\s+)?\d{1,2}:\d{2})?\s+(GMT|UTC|EST|CET|(?:Sanaa|Yemen|Baghdad|Iraq|Bahrain|local)\s+time)\b/;
const FIXED_OFFSETS = { GMT: 0, UTC: 0, EST: -300, CET: 60 };
const DATE_TIME =
  /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

const pad = (n) => String(n).padStart(2, '0');

/** The clock time "HH:MM" of an instant in an IANA zone. */
function clockIn(instant, timeZone) {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(instant);
  const get = (type) => parts.find((part) => part.type === type)?.value ?? '';
  return `${get('hour')}:${get('minute')}`;
}

/**
 * Whether the event's date agrees with the first clock time its summary states. A stated time
 * needs a date-time; read on a fixed clock (GMT, EST, CET) it must be the same instant, read on
 * the place's clock ("Sanaa time", "local time") it must be the date's local time there.
 */
export function statedTimeProblems(event) {
  const summary = typeof event.summary === 'string' ? event.summary : '';
  const stated = STATED_TIME.exec(summary);
  if (!stated) {
    return /\bmidnight\b/i.test(summary)
      ? ['summary says "midnight" without a clock time: give the time and a date-time']
      : [];
  }
  const [, hours, minutes, clock] = stated;
  const said = `${pad(Number(hours))}:${minutes}`;
  const date = DATE_TIME.exec(String(event.date));
  if (!date) return [`summary states ${said} ${clock} but the date "${event.date}" has no time`];
  const [, , dateHours, dateMinutes] = date;
  const instant = new Date(Date.parse(String(event.date).replace(' ', 'T')));
  const fixed = FIXED_OFFSETS[clock];
  if (fixed !== undefined) {
    const utcMinutes = instant.getUTCHours() * 60 + instant.getUTCMinutes();
    const onClock = (((utcMinutes + fixed) % 1440) + 1440) % 1440;
    const shown = `${pad(Math.floor(onClock / 60))}:${pad(onClock % 60)}`;
    return shown === said
      ? []
      : [`summary states ${said} ${clock} but the date is ${shown} ${clock}`];
  }
  const timeZone = event.location?.timezone;
  const local = timeZone ? clockIn(instant, timeZone) : `${dateHours}:${dateMinutes}`;
  return local === said
    ? []
    : [`summary states ${said} ${clock} but the date is ${local} there (${event.date})`];
}

/**
 * Whether the event's date-times are written on the place's clock (or in UTC, "Z"): the
 * written day is then the local day, and the written time the local time the UI shows.
 */
export function writtenClockProblems(event) {
  const timeZone = event.location?.timezone;
  if (!timeZone) return [];
  const out = [];
  for (const field of ['date', 'endDate']) {
    const written = DATE_TIME.exec(String(event[field] ?? ''));
    if (!written || written[4].toUpperCase() === 'Z') continue;
    const instant = new Date(Date.parse(String(event[field]).replace(' ', 'T')));
    const local = clockIn(instant, timeZone);
    if (local !== `${written[2]}:${written[3]}`) {
      out.push(
        `${field} ${event[field]} is not written on ${timeZone}'s clock (${local} there) or in UTC`,
      );
    }
  }
  return out;
}

/** The day a date names on the clock it is written in: "2024-01-12T02:30+03:00" is 12 January. */
export function writtenDay(date) {
  return String(date).slice(0, 10);
}

/** Great-circle distance in kilometres. */
export function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/**
 * The halo the map draws: radiusKm, else 25 km (approximate) or 150 km (region), none when exact;
 * the same defaults as DEFAULT_RADIUS_KM in src/features/map/lib/event-layers.ts.
 */
export function haloKm(location) {
  if (typeof location.radiusKm === 'number') return location.radiusKm;
  return location.precision === 'approximate' ? 25 : location.precision === 'region' ? 150 : 0;
}

/** Halos this wide cover a whole sea or country: the map is told little, so the check counts them. */
export const WIDE_HALO_KM = 500;

/** How many events the map draws with a wide halo, and the widest, so the check can report both. */
export function wideHalos(events) {
  let count = 0;
  let widest = null;
  for (const event of events) {
    if (!event?.location) continue;
    const km = haloKm(event.location);
    if (km >= WIDE_HALO_KM) count += 1;
    if (km > (widest?.km ?? 0)) widest = { id: String(event.id), km };
  }
  return { count, widest };
}
