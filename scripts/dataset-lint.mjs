// Checks of the bundled dataset's records on their own (no research needed): sources, titles,
// summaries, actors, places and time zones. Each returns problems as "<event id>: <what>".
// Used by scripts/crosscheck-research.mjs.

import {
  distanceKm,
  haloKm,
  SOURCE_KINDS,
  sourceUrlProblems,
  statedTimeProblems,
  writtenClockProblems,
} from './dataset-rules.mjs';

/**
 * Every actor, spelled once: the actor filter and lanes group by exact name, so a variant
 * ("US", "Ansarallah") would split an actor in two. A new actor is added here on purpose.
 */
export const ACTORS = new Set([
  'Abu Hussein al-Hamidawi',
  'Ali Bagheri Kani',
  'Antony Blinken',
  'Brett McGurk',
  'Combined Maritime Forces',
  'Egypt',
  'European Union',
  'Financial Times',
  'France',
  'Greece',
  'Hamas',
  'Harakat al-Nujaba',
  'Houthis',
  'IRGC',
  'India',
  'Iran',
  'Iran-backed militias',
  'Iraq',
  'Islamic Resistance in Iraq',
  'Israel',
  'Italy',
  'Jake Sullivan',
  'Japan',
  'Joe Biden',
  'Jordan',
  'Josep Borrell',
  'Kataib Hezbollah',
  'Lloyd Austin',
  'Mohammad Reza Zahedi',
  'Mohammed Shia al-Sudani',
  'Oman',
  'Popular Mobilization Forces',
  'Qatar',
  'Saudi Arabia',
  'Somali pirates',
  'Syrian Democratic Forces',
  'US-led coalition',
  'United Kingdom',
  'United Nations',
  'United States',
  'Yemeni government',
]);

/** The countries a place may be in, each with the zone its local times are read in. */
export const COUNTRY_ZONES = {
  Bahrain: 'Asia/Bahrain',
  Belgium: 'Europe/Brussels',
  India: 'Asia/Kolkata',
  Iran: 'Asia/Tehran',
  Iraq: 'Asia/Baghdad',
  Israel: 'Asia/Jerusalem',
  Jordan: 'Asia/Amman',
  Oman: 'Asia/Muscat',
  Palestine: 'Asia/Gaza',
  Somalia: 'Africa/Mogadishu',
  Syria: 'Asia/Damascus',
  'United Arab Emirates': 'Asia/Dubai',
  'United Kingdom': 'Europe/London',
  'United States': 'America/New_York',
  Yemen: 'Asia/Aden',
};
/** Waters, with the zone used when no coast is named (the Houthi campaign's: Yemen's clock). */
export const SEA_ZONES = {
  'Red Sea': 'Asia/Aden',
  'Gulf of Aden': 'Asia/Aden',
  'Red Sea and Gulf of Aden': 'Asia/Aden',
  'Arabian Sea': null,
  'Gulf of Oman': null,
};

const MAX_TITLE = 90;

function sourceProblems(event) {
  const out = [];
  const sources = Array.isArray(event.sources) ? event.sources : [];
  sources.forEach((source, i) => {
    if (!SOURCE_KINDS.includes(source?.kind)) {
      out.push(`sources[${i}] kind "${source?.kind}" is not one of ${SOURCE_KINDS.join(', ')}`);
    }
    if (!source?.title || !source?.publisher)
      out.push(`sources[${i}] needs a publisher and a title`);
    for (const problem of sourceUrlProblems(String(source?.url)))
      out.push(`sources[${i}] ${problem}`);
  });
  if (event.confidence === 'high' && sources.length && sources.every((s) => s?.kind === 'claim')) {
    out.push('is rated high on the claims of parties alone');
  }
  if (event.confidence === 'medium' && !event.confidenceNote && !event.disputed) {
    out.push('is rated medium without saying why (confidenceNote or disputed)');
  }
  return out;
}

function textProblems(event) {
  const out = [];
  const title = String(event.title ?? '');
  if (title.length > MAX_TITLE) out.push(`title is over ${MAX_TITLE} characters`);
  if (/\.\s*$/.test(title)) out.push('title ends with a full stop');
  for (const actor of event.actors ?? []) {
    if (!ACTORS.has(actor))
      out.push(`actor "${actor}" is not in the actor list (scripts/dataset-lint.mjs)`);
  }
  for (const problem of [...statedTimeProblems(event), ...writtenClockProblems(event)]) {
    out.push(problem);
  }
  return out;
}

function placeProblems(event, places) {
  const location = event.location;
  if (!location) return [];
  const out = [];
  const { country, sea, timezone } = location;
  if (country !== undefined && !(country in COUNTRY_ZONES)) {
    out.push(`country "${country}" is not a country of the list (a sea goes in location.sea)`);
  }
  if (sea !== undefined && !(sea in SEA_ZONES)) out.push(`sea "${sea}" is not a sea of the list`);
  const zone = country !== undefined ? COUNTRY_ZONES[country] : SEA_ZONES[sea];
  if (timezone !== undefined && zone !== undefined && zone !== null && timezone !== zone) {
    out.push(`timezone ${timezone} is not ${country ?? sea}'s (${zone})`);
  }
  const halo = haloKm(location);
  for (const place of places ?? []) {
    const km = distanceKm(location, place);
    if (km > halo) {
      out.push(`${place.name} is ${Math.round(km)} km from the point, outside its ${halo} km halo`);
    }
  }
  return out;
}

/** Problems of every event, and the titles that two events share. */
export function lintEvents(events, places = {}) {
  const problems = [];
  const titles = new Map();
  for (const event of events) {
    const name = typeof event?.id === 'string' ? event.id : '(no id)';
    const found = [
      ...sourceProblems(event),
      ...textProblems(event),
      ...placeProblems(event, places[name]),
    ];
    for (const problem of found) problems.push(`${name}: ${problem}`);
    const title = String(event?.title ?? '');
    if (titles.has(title)) problems.push(`${name}: title is also ${titles.get(title)}'s`);
    titles.set(title, name);
  }
  for (const id of Object.keys(places)) {
    if (!events.some((event) => event?.id === id))
      problems.push(`places lists "${id}", not an event`);
  }
  return problems;
}

/** The figures a reader of the dataset asks first. */
export function figures(events) {
  const byKind = Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0]));
  let sources = 0;
  let withPrimary = 0;
  let onlyClaims = 0;
  const confidence = {};
  for (const event of events) {
    const list = Array.isArray(event.sources) ? event.sources : [];
    sources += list.length;
    for (const source of list) byKind[source?.kind] = (byKind[source?.kind] ?? 0) + 1;
    if (list.some((source) => source?.kind === 'primary')) withPrimary += 1;
    if (list.length && list.every((source) => source?.kind === 'claim')) onlyClaims += 1;
    confidence[event.confidence ?? 'unrated'] =
      (confidence[event.confidence ?? 'unrated'] ?? 0) + 1;
  }
  const urls = new Set(events.flatMap((event) => (event.sources ?? []).map((s) => s?.url)));
  return {
    events: events.length,
    sources,
    urls: urls.size,
    byKind,
    withPrimary,
    onlyClaims,
    confidence,
  };
}
