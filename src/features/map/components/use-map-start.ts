import { useEffect, useState } from 'react';

import { useAppStore } from '@/store/app-store';

/** The longest the map waits for the first dataset, so a slow download never leaves it blank. */
export const MAP_START_WAIT_MS = 3000;

/**
 * Whether the map may start: once the first dataset is in or has failed, or after
 * MAP_START_WAIT_MS, whichever comes first. Once started it stays started.
 *
 * On a machine without a GPU the map's start-up (WebGL, shaders, the basemap's shapes, reading
 * back each frame) takes the same cores the dataset worker parses on: on two cores it held back
 * a 100k-event dataset by about 1.5 s (docs/performance.md). Until the data is in the map has no
 * events to show, so it loses little by waiting.
 */
export function useMapStart(): boolean {
  const settled = useAppStore((s) => s.load.status === 'ready' || s.load.status === 'error');
  const [waited, setWaited] = useState(false);
  const [started, setStarted] = useState(false);
  useEffect(() => {
    if (settled || started) return;
    const timer = setTimeout(() => setWaited(true), MAP_START_WAIT_MS);
    return () => clearTimeout(timer);
  }, [settled, started]);
  // Latched here, during render, so a later load (status "loading" again) keeps the map.
  if (!started && (settled || waited)) setStarted(true);
  return started || settled || waited;
}
