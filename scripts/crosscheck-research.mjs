#!/usr/bin/env node
// Cross-checks the bundled dataset against the research notes it was written from, and checks
// that it is citable (issue 26).
//
//   node scripts/crosscheck-research.mjs [--verbose] [dataset] [research] [revisions]
//
// Defaults (relative to the repo root): public/data/events.json,
// ../shared/research/events-facts.json and scripts/dataset-revisions.json. Paths given on the
// command line are resolved against the current directory. No dependencies.
//
// The revisions file lists every change made since the dataset matched its research, each with
// its reason: sources removed, added, moved to a clean address or retitled, dates, places and
// confidence changed, events added. A difference from the research passes only when it is
// listed there, and every listed change must be in the dataset.
//
// Every research record is matched to exactly one dataset event by its set of source URLs as
// they were before the listed source changes (the sets must be identical). When several records
// share the same URL set, they are paired with the candidate events so that the fewest problems
// remain. Then, per pair: the same day (the day a date-time is written in), the same coordinates
// (4 decimals) or both absent, the same location precision, the mapped category, the same
// confidence, and every research source present with the same publisher, title and note.
// Dataset-wide: no unmatched event, unique ids, existing related ids, http(s) URLs only, and the
// record checks of scripts/dataset-lint.mjs (source kinds and addresses, titles, stated times,
// actors, countries, seas, time zones, halos), and the story checks of scripts/dataset-stories.mjs
// (what each step names exists; its view holds only a link's keys, with from before to; warnings
// for a step about events its window or filters hide). Prints its figures and a summary line; exits 1
// and lists problems otherwise. --verbose also prints notes (shared URL sets, month dates).

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { lintEvents } from './dataset-lint.mjs';
import { writtenDay } from './dataset-rules.mjs';
import { lintStories } from './dataset-stories.mjs';
import { storyLine, summaryLines } from './dataset-summary.mjs';
import { readRevisions } from './revisions.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const [datasetArg, researchArg, revisionsArg] = args.filter((a) => !a.startsWith('-'));
const datasetPath = datasetArg
  ? resolve(process.cwd(), datasetArg)
  : resolve(repoRoot, 'public/data/events.json');
const researchPath = researchArg
  ? resolve(process.cwd(), researchArg)
  : resolve(repoRoot, '../shared/research/events-facts.json');
const revisionsPath = revisionsArg
  ? resolve(process.cwd(), revisionsArg)
  : resolve(repoRoot, 'scripts/dataset-revisions.json');

const CATEGORY_MAP = {
  diplomacy: 'diplomacy',
  maritime_attack: 'maritime',
  attack_on_us_forces: 'us-forces',
  us_uk_strike_response: 'strikes',
};
const RELATIONS = new Set(['response-to', 'follow-up', 'same-incident']);

function readJson(path, label) {
  try {
    return JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    console.error(`cannot read ${label} ${path}: ${error.message}`);
    process.exit(1);
  }
}

const dataset = readJson(datasetPath, 'dataset');
const revisions = readJson(revisionsPath, 'revisions');
const researchFile = readJson(researchPath, 'research');
const research = Array.isArray(researchFile) ? researchFile : researchFile.events;
const events = Array.isArray(dataset) ? dataset : dataset?.events;
if (!Array.isArray(research) || !Array.isArray(events)) {
  console.error('expected an array of research records and a dataset with an "events" array');
  process.exit(1);
}

const problems = [];
const notes = [];
const label = (ev, i) => (ev && typeof ev.id === 'string' ? ev.id : `events[${i}]`);
const urlsOf = (item) => (Array.isArray(item?.sources) ? item.sources.map((s) => s?.url) : []);
const urlKey = (item) => [...new Set(urlsOf(item).map(String))].sort().join('\n');
const revised = readRevisions(revisions, events);

function isHttpUrl(value) {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const round4 = (n) => Math.round(n * 1e4) / 1e4;

// --- dataset-wide checks ---------------------------------------------------
const idCount = new Map();
events.forEach((ev) => {
  if (typeof ev?.id === 'string') idCount.set(ev.id, (idCount.get(ev.id) ?? 0) + 1);
});
events.forEach((ev, i) => {
  const name = label(ev, i);
  if (typeof ev?.id !== 'string' || ev.id === '') problems.push(`${name}: missing id`);
  for (const rel of ev?.related ?? []) {
    if (!idCount.has(rel?.id)) problems.push(`${name}: related id "${rel?.id}" does not exist`);
    else if (rel.id === ev.id) problems.push(`${name}: related to itself`);
    if (!RELATIONS.has(rel?.relation))
      problems.push(`${name}: unknown relation "${rel?.relation}"`);
  }
  const srcs = Array.isArray(ev?.sources) ? ev.sources : [];
  if (srcs.length === 0) problems.push(`${name}: no sources`);
  srcs.forEach((s, j) => {
    if (!isHttpUrl(s?.url)) problems.push(`${name}: sources[${j}] URL is not http(s): ${s?.url}`);
  });
});
for (const [id, n] of idCount) if (n > 1) problems.push(`duplicate id "${id}" (${n} events)`);

// --- per-pair comparison ------------------------------------------------------
function compareDate(r, ev, out) {
  if (revised.dateChanged(ev.id)) return;
  if (writtenDay(ev.date) !== r.date) {
    const monthOk =
      ev.datePrecision === 'month' &&
      r.date_precision === 'approximate' &&
      ev.date === `${String(r.date).slice(0, 7)}-01`;
    if (monthOk) {
      out.note = `${r.id}: research placeholder date ${r.date} given as month ${ev.date.slice(0, 7)}`;
    } else {
      out.push(`date ${ev.date} != research ${r.date}`);
    }
  }
  const approximate = r.date_precision === 'approximate';
  if (approximate && !['approximate', 'month'].includes(ev.datePrecision)) {
    out.push(`datePrecision ${ev.datePrecision ?? '(day)'} but research date is approximate`);
  }
  if (!approximate && ev.datePrecision && ev.datePrecision !== 'day') {
    out.push(`datePrecision ${ev.datePrecision} but research date is exact`);
  }
}

function compareLocation(r, ev, out) {
  if (revised.locationChanged(ev.id)) return;
  const rHas = typeof r.latitude === 'number' && typeof r.longitude === 'number';
  const loc = ev.location;
  if (rHas && !loc) {
    out.push('location missing (research has coordinates)');
    return;
  }
  if (!rHas) {
    if (loc) out.push('location present (research has none)');
    return;
  }
  if (round4(loc.lat) !== round4(r.latitude) || round4(loc.lon) !== round4(r.longitude)) {
    out.push(`coordinates ${loc.lat},${loc.lon} != research ${r.latitude},${r.longitude}`);
  }
  const precision = loc.precision ?? 'exact';
  if (precision !== r.location_precision) {
    out.push(`location precision ${precision} != research ${r.location_precision}`);
  }
}

function compareMeta(r, ev, out) {
  const want = CATEGORY_MAP[r.category];
  if (!want) {
    out.push(`research category "${r.category}" has no mapping`);
  } else if (ev.category !== want) {
    out.push(`category ${ev.category} != ${want} (research ${r.category})`);
  }
  if (ev.confidence !== r.confidence && !revised.confidenceChanged(ev.id)) {
    out.push(`confidence ${ev.confidence} != research ${r.confidence}`);
  }
}

function compareSources(r, ev, out) {
  const evSources = Array.isArray(ev.sources) ? ev.sources : [];
  for (const s of r.sources ?? []) {
    if (revised.isRemoved(ev.id, s.url)) continue;
    const url = revised.currentUrl(s.url);
    const match = evSources.find((x) => x?.url === url);
    if (!match) {
      out.push(`source missing: ${url}`);
      continue;
    }
    if (revised.isRetitled(url)) continue;
    for (const field of ['publisher', 'title', 'note']) {
      if ((match[field] ?? '') !== (s[field] ?? '')) {
        out.push(
          `source ${field} "${match[field] ?? ''}" != research "${s[field] ?? ''}" (${s.url})`,
        );
      }
    }
  }
}

/** Problems found when research record `r` is paired with dataset event `ev`. */
function compare(r, ev) {
  const out = [];
  compareDate(r, ev, out);
  compareLocation(r, ev, out);
  compareMeta(r, ev, out);
  compareSources(r, ev, out);
  return out;
}

function* permutations(items) {
  if (items.length <= 1) {
    yield items.slice();
    return;
  }
  for (let i = 0; i < items.length; i += 1) {
    const rest = items.slice(0, i).concat(items.slice(i + 1));
    for (const p of permutations(rest)) yield [items[i], ...p];
  }
}

// --- matching by identical URL sets -------------------------------------------
const researchGroups = new Map();
research.forEach((r) => {
  const key = urlKey(r);
  if (!researchGroups.has(key)) researchGroups.set(key, []);
  researchGroups.get(key).push(r);
});
const eventGroups = new Map();
events.forEach((ev, i) => {
  if (revised.isNew(ev?.id)) return;
  const key = revised.originalUrls(ev);
  if (!eventGroups.has(key)) eventGroups.set(key, []);
  eventGroups.get(key).push({ ev, i });
});

let matched = 0;
const usedEvents = new Set();
for (const [key, records] of researchGroups) {
  const candidates = eventGroups.get(key) ?? [];
  if (records.length > 1) {
    notes.push(`${records.map((r) => r.id).join(', ')} share one URL set; paired by content`);
  }
  // Pair records with candidates so that the fewest problems remain.
  const k = Math.min(records.length, candidates.length);
  let best = null;
  if (candidates.length > 0) {
    const slots = candidates.map((_, j) => j);
    const orders = candidates.length <= 7 ? permutations(slots) : [slots];
    for (const order of orders) {
      const pairs = records.slice(0, k).map((r, n) => ({ r, c: candidates[order[n]] }));
      let score = 0;
      const results = pairs.map(({ r, c }) => {
        const res = compare(r, c.ev);
        score += res.length;
        return res;
      });
      if (!best || score < best.score) best = { score, pairs, results };
      if (score === 0) break;
    }
    // When records outnumber candidates, the leftover records stay unmatched.
  }
  const pairedRecords = new Set();
  best?.pairs.forEach(({ r, c }, n) => {
    pairedRecords.add(r);
    usedEvents.add(c.i);
    matched += 1;
    const res = best.results[n];
    if (res.note) notes.push(res.note);
    for (const p of res) problems.push(`${r.id} -> ${label(c.ev, c.i)}: ${p}`);
  });
  for (const r of records) {
    if (!pairedRecords.has(r))
      problems.push(`${r.id}: no dataset event has exactly its source URLs`);
  }
}
events.forEach((ev, i) => {
  if (!usedEvents.has(i) && !revised.isNew(ev?.id))
    problems.push(`${label(ev, i)}: matches no research record by source URLs`);
});
const stories = lintStories(dataset?.stories, events, dataset?.categories);
problems.push(...revised.problems(), ...lintEvents(events, revised.places), ...stories.problems);

if (verbose) for (const n of notes) console.log(`note: ${n}`);
for (const line of summaryLines(events, revised, {
  matched,
  of: research.length,
  problems: problems.length,
}))
  console.log(line);
const storySummary = storyLine(dataset?.stories);
if (storySummary) console.log(storySummary);
for (const warning of stories.warnings) console.log(`warning: ${warning}`);
if (problems.length) {
  for (const p of problems) console.log(`- ${p}`);
  process.exit(1);
}
