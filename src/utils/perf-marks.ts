/**
 * Milestones of a dataset load as User Timing marks (`chronomap:*`), read by the benchmark and
 * visible in any browser's performance panel. Each is marked once per load.
 */
const marked = new Set<string>();

export type Milestone =
  | 'load-start'
  /** When the load the app took over from the page's first script started (`early-load.ts`). */
  | 'early-start'
  | 'dataset-ready'
  | 'map-events'
  | 'timeline-drawn'
  | 'list-filled';

export function markOnce(milestone: Milestone, startTime?: number) {
  if (marked.has(milestone)) return;
  marked.add(milestone);
  performance.mark(`chronomap:${milestone}`, startTime === undefined ? undefined : { startTime });
}

/** A new load starts: its milestones are marked afresh. */
export function resetMilestones() {
  marked.clear();
  performance.clearMarks();
  markOnce('load-start');
}
