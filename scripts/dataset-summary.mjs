// The figures `npm run check:dataset` prints after its checks: events, sources by kind, halos.
import { figures } from './dataset-lint.mjs';
import { WIDE_HALO_KM, wideHalos } from './dataset-rules.mjs';

/** @param {any[]} events @param {any} revised @param {{ matched: number, of: number, problems: number }} outcome */
export function summaryLines(events, revised, outcome) {
  const lines = [];
  const f = figures(events);
  const kinds = Object.entries(f.byKind)
    .map(([kind, n]) => `${n} ${kind}`)
    .join(', ');
  const rated = Object.entries(f.confidence)
    .map(([level, n]) => `${n} ${level}`)
    .join(', ');
  const added = events.filter((ev) => revised.isNew(ev?.id)).length;
  lines.push(`${f.events} events (${added} added since the research); confidence ${rated}`);
  lines.push(`${f.sources} sources (${f.urls} distinct pages): ${kinds}`);
  lines.push(
    `${f.withPrimary} events cite a primary source; ${f.onlyClaims} rest on claims of parties alone`,
  );
  const wide = wideHalos(events);
  const placed = Object.keys(revised.places).length;
  lines.push(
    `${wide.count} halos of ${WIDE_HALO_KM} km or more (widest ${wide.widest?.km ?? 0} km, ${wide.widest?.id ?? 'none'}); ${placed} halos checked against the places they name`,
  );
  lines.push(
    `${outcome.matched}/${outcome.of} research events matched; ${outcome.problems} problem${outcome.problems === 1 ? '' : 's'}`,
  );
  return lines;
}

const countOf = (n, one, other = `${one}s`) => `${n} ${n === 1 ? one : other}`;

/** The stories' line: how many, how many steps, how many events they name. */
export function storyLine(stories) {
  if (!Array.isArray(stories) || stories.length === 0) return null;
  const steps = stories.flatMap((story) => (Array.isArray(story?.steps) ? story.steps : []));
  const named = new Set(steps.flatMap((step) => (Array.isArray(step?.events) ? step.events : [])));
  return `${countOf(stories.length, 'story', 'stories')}, ${countOf(steps.length, 'step')} naming ${countOf(named.size, 'event')}`;
}
