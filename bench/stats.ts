export interface FrameStats {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of frames longer than 16.7 ms (a missed 60 Hz frame) and than 50 ms. */
  over16: number;
  over50: number;
}

export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const lo = Math.floor(position);
  const hi = Math.ceil(position);
  return (
    (sorted[lo] as number) + ((sorted[hi] as number) - (sorted[lo] as number)) * (position - lo)
  );
}

export const median = (values: readonly number[]) =>
  quantile(
    values.filter((v) => Number.isFinite(v)),
    0.5,
  );

export function frameStats(intervals: readonly number[]): FrameStats {
  const n = intervals.length || 1;
  return {
    frames: intervals.length,
    p50: quantile(intervals, 0.5),
    p95: quantile(intervals, 0.95),
    max: Math.max(0, ...intervals),
    over16: intervals.filter((ms) => ms > 16.7).length / n,
    over50: intervals.filter((ms) => ms > 50).length / n,
  };
}

/** The median of each field across runs. */
export function medianStats(runs: readonly FrameStats[]): FrameStats {
  const pick = (key: keyof FrameStats) => median(runs.map((run) => run[key]));
  return {
    frames: pick('frames'),
    p50: pick('p50'),
    p95: pick('p95'),
    max: pick('max'),
    over16: pick('over16'),
    over50: pick('over50'),
  };
}
