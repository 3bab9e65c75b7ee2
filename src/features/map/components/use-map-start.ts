import { useEffect, useState } from 'react';

import { useAppStore } from '@/store/app-store';
import type { LoadState } from '@/store/slices/data-slice';
import { afterNextPaint } from '@/utils/after-next-paint';
import { configuredMs } from '@/utils/host-config';

/** The longest the map waits for the first dataset, so a slow download never leaves it blank. */
const MAP_START_WAIT_MS = 3000;

/** A file this small parses in well under a second: the map starts alongside it. */
const SMALL_FILE_BYTES = 5 * 1024 * 1024;

/**
 * Once for the page, not per component: the map view is mounted afresh when the layout changes
 * (phone and desktop) and should not wait again for a dataset loading at that moment.
 */
let startedOnce = false;

function dataAllowsStart(load: LoadState): boolean {
  if (load.status === 'ready' || load.status === 'error') return true;
  return (
    load.status === 'loading' && load.totalBytes !== null && load.totalBytes <= SMALL_FILE_BYTES
  );
}

/**
 * Whether the map may start: once the first dataset is known to be small, is in or has failed,
 * or after MAP_START_WAIT_MS, whichever comes first. Once started it stays started.
 *
 * On a machine without a GPU the map's start-up (WebGL, shaders, the basemap's shapes, reading
 * back each frame) takes the same cores the dataset worker parses on: on two cores it held back
 * a 100k-event dataset by about 1.5 s (docs/performance.md). Until the data is in the map has no
 * events to show, so for a large file it loses little by waiting.
 */
export function useMapStart(): boolean {
  const allowed = useAppStore((s) => dataAllowsStart(s.load));
  const [started, setStarted] = useState(startedOnce);
  useEffect(() => {
    if (started) return;
    const start = () => {
      startedOnce = true;
      setStarted(true);
    };
    // After the next paint and in a task of its own: the list and the timeline need not wait
    // for the map's start-up, which is long.
    if (allowed) return afterNextPaint(start);
    const timer = setTimeout(start, configuredMs('mapStartWaitMs') ?? MAP_START_WAIT_MS);
    return () => clearTimeout(timer);
  }, [allowed, started]);
  return started;
}
