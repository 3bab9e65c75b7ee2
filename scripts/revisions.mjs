// Reads scripts/dataset-revisions.json: the documented changes to the bundled dataset since it
// matched its research notes. The cross-check accepts a difference from the research only when
// it is listed here, and reports a listed change the dataset does not show.

const byEvent = (entries) => {
  const map = new Map();
  for (const { event, url } of entries ?? []) {
    if (!map.has(event)) map.set(event, new Set());
    map.get(event).add(url);
  }
  return map;
};

export function readRevisions(revisions, events) {
  const sources = revisions?.sources ?? {};
  const removed = byEvent(sources.removed);
  const added = byEvent(sources.added);
  const movedBack = new Map((sources.moved ?? []).map(({ from, to }) => [to, from]));
  const movedOn = new Map((sources.moved ?? []).map(({ from, to }) => [from, to]));
  const retitled = new Set((sources.retitled ?? []).map(({ url }) => url));
  const ids = new Set(events.map((event) => event?.id));

  /** The event's source URLs as they were before the listed source changes. */
  function originalUrls(event) {
    const urls = new Set();
    const mine = added.get(event.id) ?? new Set();
    for (const source of event.sources ?? []) {
      if (mine.has(source?.url)) continue;
      urls.add(movedBack.get(source?.url) ?? source?.url);
    }
    for (const url of removed.get(event.id) ?? []) urls.add(url);
    return [...urls].map(String).sort().join('\n');
  }

  const urlsOf = (id) =>
    new Set((events.find((event) => event?.id === id)?.sources ?? []).map((s) => s?.url));
  const allUrls = new Set(events.flatMap((event) => (event?.sources ?? []).map((s) => s?.url)));

  function removedAndAdded() {
    const out = [];
    for (const { event, url, reason } of sources.removed ?? []) {
      if (!ids.has(event)) out.push(`revisions: removed source of unknown event "${event}"`);
      else if (urlsOf(event).has(url)) out.push(`revisions: ${event} still cites removed ${url}`);
      if (!reason) out.push(`revisions: a source removed from ${event} gives no reason`);
    }
    for (const { event, url, seen } of sources.added ?? []) {
      if (!ids.has(event)) out.push(`revisions: added source of unknown event "${event}"`);
      else if (!urlsOf(event).has(url)) out.push(`revisions: ${event} does not cite added ${url}`);
      if (!seen) out.push(`revisions: added ${url} does not say where it was seen`);
    }
    return out;
  }

  function movedAndRetitled() {
    const out = [];
    for (const { from, to, reason } of sources.moved ?? []) {
      if (allUrls.has(from)) out.push(`revisions: ${from} is still cited (moved to ${to})`);
      if (!allUrls.has(to)) out.push(`revisions: ${to} is not cited (moved from ${from})`);
      if (!reason) out.push(`revisions: the move of ${from} gives no reason`);
    }
    for (const url of retitled) {
      if (!allUrls.has(url)) out.push(`revisions: retitled ${url} is not cited`);
    }
    return out;
  }

  /** Listed changes the dataset does not show, and listings of events that do not exist. */
  function problems() {
    const out = [...removedAndAdded(), ...movedAndRetitled()];
    for (const part of ['dates', 'locations', 'confidence', 'newEvents', 'places']) {
      for (const id of Object.keys(revisions?.[part] ?? {})) {
        if (!ids.has(id)) out.push(`revisions: ${part} lists "${id}", not an event`);
      }
    }
    return out;
  }

  return {
    originalUrls,
    problems,
    /** Where a research source's URL is cited now (a moved page's clean address). */
    currentUrl: (url) => movedOn.get(url) ?? url,
    isRemoved: (id, url) => removed.get(id)?.has(url) ?? false,
    isRetitled: (url) => retitled.has(url),
    dateChanged: (id) => Object.hasOwn(revisions?.dates ?? {}, id),
    locationChanged: (id) => Object.hasOwn(revisions?.locations ?? {}, id),
    confidenceChanged: (id) => Object.hasOwn(revisions?.confidence ?? {}, id),
    isNew: (id) => Object.hasOwn(revisions?.newEvents ?? {}, id),
    places: revisions?.places ?? {},
  };
}
