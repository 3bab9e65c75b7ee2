/** A size's runs folded into medians, the app's and the floor's side by side. */
import type { AppRun } from './measure-app.ts';
import type { FloorRun } from './measure-floor.ts';
import { RUNS } from './options.ts';
import { median, medianStats, type FrameStats } from './stats.ts';

export interface SizeResult {
  size: number;
  file: string;
  app: {
    firstMapRender: number;
    interactive: number;
    loadLongTaskMax: number;
    loadLongTasks: number;
    loadAppScriptMax: number;
    loadMapLibreScriptMax: number;
    heapMb: number;
    scrub: FrameStats;
    scrubLongTaskMax: number;
    scrubMapRenders: number;
    scrubMainBusy: number;
    playback: FrameStats;
    clickMarker: number;
    clickTimeline: number;
    clickTimelineAfterPlayback: number;
    filterLongTask: number;
    filterToMapIdle: number;
  };
  floor: {
    firstMapRender: number;
    loadLongTaskMax: number;
    scrub: FrameStats;
    scrubMapRenders: number;
    scrubMainBusy: number;
  } | null;
  ratio: { scrubP50: number; scrubP95: number } | null;
  runs: number;
}

/** Medians over a size's runs; the floor's and the ratios only where the floor loaded. */
export function summarise(
  size: number,
  file: string,
  appRuns: readonly AppRun[],
  floorRuns: readonly FloorRun[],
): SizeResult {
  const scrub = medianStats(appRuns.map((r) => r.scrub));
  const floorScrub = floorRuns.length ? medianStats(floorRuns.map((r) => r.scrub)) : null;
  // Ratios per run, then the median: both sides of each ratio come from the same moment.
  const ratios = appRuns.flatMap((r, i) =>
    floorRuns[i]
      ? [
          {
            p50: r.scrub.p50 / floorRuns[i].scrub.p50,
            p95: r.scrub.p95 / floorRuns[i].scrub.p95,
          },
        ]
      : [],
  );
  return {
    size,
    file,
    runs: RUNS,
    app: {
      firstMapRender: median(appRuns.map((r) => r.firstMapRender)),
      interactive: median(appRuns.map((r) => r.interactive)),
      loadLongTaskMax: median(appRuns.map((r) => r.loadLongTasks.max)),
      loadLongTasks: median(appRuns.map((r) => r.loadLongTasks.count)),
      loadAppScriptMax: median(appRuns.map((r) => r.loadScripts.app)),
      loadMapLibreScriptMax: median(appRuns.map((r) => r.loadScripts.maplibre)),
      heapMb: median(appRuns.map((r) => r.heapMb)),
      scrub,
      scrubLongTaskMax: median(appRuns.map((r) => r.scrubLongTasks.max)),
      scrubMapRenders: median(appRuns.map((r) => r.scrubMapRenders)),
      scrubMainBusy: median(appRuns.map((r) => r.scrubMainBusy)),
      playback: medianStats(appRuns.map((r) => r.playback)),
      clickMarker: median(appRuns.map((r) => r.clickMarker ?? NaN)),
      clickTimeline: median(appRuns.map((r) => r.clickTimeline ?? NaN)),
      clickTimelineAfterPlayback: median(appRuns.map((r) => r.clickTimelineAfterPlayback ?? NaN)),
      filterLongTask: median(appRuns.map((r) => r.filterChange.longTask)),
      filterToMapIdle: median(appRuns.map((r) => r.filterChange.toMapIdle)),
    },
    floor: floorScrub
      ? {
          firstMapRender: median(floorRuns.map((r) => r.firstMapRender)),
          loadLongTaskMax: median(floorRuns.map((r) => r.loadLongTaskMax)),
          scrub: floorScrub,
          scrubMapRenders: median(floorRuns.map((r) => r.scrubMapRenders)),
          scrubMainBusy: median(floorRuns.map((r) => r.scrubMainBusy)),
        }
      : null,
    ratio: ratios.length
      ? {
          scrubP50: median(ratios.map((r) => r.p50)),
          scrubP95: median(ratios.map((r) => r.p95)),
        }
      : null,
  };
}
