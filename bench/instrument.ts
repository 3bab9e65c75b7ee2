/** In-page instrumentation, installed before any of the page's own scripts run. */
export function installInstrumentation() {
  const bench = {
    longTasks: [] as { start: number; duration: number }[],
    /** Scripts of long animation frames, by whose code they entered: MapLibre's or the page's. */
    scripts: [] as { start: number; duration: number; maplibre: boolean }[],
    sampling: false,
    frames: [] as number[],
    last: 0,
  };
  (window as unknown as { __bench: typeof bench }).__bench = bench;
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // Long-task timing is Chromium's; elsewhere the figure is simply missing.
  }
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        const frame = entry as unknown as {
          scripts: { startTime: number; duration: number; sourceURL: string }[];
        };
        for (const script of frame.scripts)
          bench.scripts.push({
            start: script.startTime,
            duration: script.duration,
            maplibre: /\/assets\/maplibre-[^/]*\.js/.test(script.sourceURL),
          });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // Long animation frames are Chromium's too (123+).
  }
}

/** Starts recording the interval between animation frames. */
export function startFrames() {
  const bench = (
    window as unknown as { __bench: { frames: number[]; sampling: boolean; last: number } }
  ).__bench;
  bench.frames = [];
  bench.sampling = true;
  bench.last = performance.now();
  const tick = (now: number) => {
    if (!bench.sampling) return;
    bench.frames.push(now - bench.last);
    bench.last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return performance.now();
}

export function stopFrames(): number[] {
  const bench = (window as unknown as { __bench: { frames: number[]; sampling: boolean } }).__bench;
  bench.sampling = false;
  return bench.frames.slice(1);
}

/** Long tasks that began between two times; the one running at `skipAt`, if given, left out. */
export function longTasksBetween([from, to, skipAt]: readonly [number, number, number?]): {
  count: number;
  max: number;
  total: number;
} {
  const tasks = (
    window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
  ).__bench.longTasks.filter(
    (task) =>
      task.start >= from &&
      task.start <= to &&
      !(skipAt !== undefined && task.start <= skipAt && skipAt <= task.start + task.duration),
  );
  return {
    count: tasks.length,
    max: Math.max(0, ...tasks.map((task) => task.duration)),
    total: tasks.reduce((sum, task) => sum + task.duration, 0),
  };
}

/**
 * The longest script run in one go between two times: the page's own (React and the app) and
 * MapLibre's, told apart by the file the run entered. So it is who started the work, not who did
 * it: creating the map from a React effect counts as the app's, and the app's handlers that
 * MapLibre calls back (its load and move events, its animation frames) count as MapLibre's.
 */
export function longestScriptsBetween([from, to]: readonly [number, number]): {
  app: number;
  maplibre: number;
} {
  const scripts = (
    window as unknown as {
      __bench: { scripts: { start: number; duration: number; maplibre: boolean }[] };
    }
  ).__bench.scripts.filter((script) => script.start >= from && script.start <= to);
  const longest = (maplibre: boolean) =>
    Math.max(0, ...scripts.filter((s) => s.maplibre === maplibre).map((s) => s.duration));
  return { app: longest(false), maplibre: longest(true) };
}

/**
 * Resolves once the page draws at the display's rate again: three frames in a row under 25 ms.
 * Without a GPU, the compositor can still be drawing the map's last frames for a while after
 * MapLibre reports idle; a click then waits for them, and that wait is not the click's own cost.
 * Resolves false when the page has not settled within the time given.
 */
export function whenFramesSettle(timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const started = performance.now();
    let last = started;
    let quick = 0;
    const tick = (now: number) => {
      quick = now - last < 25 ? quick + 1 : 0;
      last = now;
      if (quick >= 3) resolve(true);
      else if (now - started > timeoutMs) resolve(false);
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** Resolves with the time from the last pointerdown to the frame after the details title changed. */
export function armClickLatency(): void {
  const state = { down: 0, result: null as number | null };
  (window as unknown as { __click: typeof state }).__click = state;
  const before = document.getElementById('details-title')?.textContent ?? null;
  addEventListener('pointerdown', (event) => (state.down = event.timeStamp), {
    capture: true,
    once: true,
  });
  const started = performance.now();
  const poll = () => {
    const now = document.getElementById('details-title')?.textContent ?? null;
    if (state.down && now !== null && now !== before) {
      requestAnimationFrame(() => (state.result = performance.now() - state.down));
      return;
    }
    if (performance.now() - started < 10_000) requestAnimationFrame(poll);
  };
  requestAnimationFrame(poll);
}
