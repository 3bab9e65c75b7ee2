import { DAY, HOUR } from '@/domain/time/units';
import type { AppState } from '@/store/app-store';

import type { UrlState } from './url-params';

/** The timeline's domain in a link is rounded to days (hours when zoomed in): readable, and close enough. */
export function roundDomain([start, end]: [number, number]): [number, number] {
  const unit = end - start > 10 * DAY ? DAY : HOUR;
  return [Math.floor(start / unit) * unit, Math.ceil(end / unit) * unit];
}

/** The data's address, when a link can point at it (not for local files or the bundled default). */
export function dataUrlOf(state: AppState): string | undefined {
  const load = state.load;
  if (load.status === 'idle') return undefined;
  return load.source.kind === 'url' ? load.source.url : undefined;
}

/** How the data's columns were read, when a link must say so to open it the same way. */
function readingOf(state: AppState): string | undefined {
  const load = state.load;
  if (load.status === 'idle' || load.source.kind !== 'url') return undefined;
  return load.source.read;
}

/** What of the app's state a link carries. */
export function urlStateOf(state: AppState): UrlState {
  return {
    data: dataUrlOf(state),
    read: readingOf(state),
    from: state.window?.start,
    to: state.window?.end,
    mode: state.mode,
    categories: state.categories ?? undefined,
    actors: state.actors,
    query: state.query.trim() || undefined,
    event: state.selectedId ?? undefined,
    camera: state.camera ?? undefined,
    domain: state.domain ? roundDomain(state.domain) : undefined,
    lanes: state.lanes,
    speed: state.speed,
    playing: state.playing,
    inView: state.inView,
    embed: state.embed,
    story: state.story?.id,
    step: state.story?.step,
  };
}
