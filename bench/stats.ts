/** Pure statistics for the benchmark: medians, percentiles, frame intervals. */

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** The nearest-rank percentile (p in 0–100): a value that occurred, never an interpolation. */
export function percentile(values: readonly number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

/** A frame longer than this is a visible stutter at 60 Hz (a frame and a half). */
export const LONG_FRAME_MS = 25;

export interface FrameStats {
  /** Intervals between consecutive animation frames (ms). */
  p50: number;
  p95: number;
  max: number;
  /** How many intervals were longer than LONG_FRAME_MS. */
  over25: number;
  /** How many intervals there were. */
  intervals: number;
}

/** Frame intervals from rAF timestamps; undefined with fewer than two frames. */
export function frameStats(times: readonly number[]): FrameStats | undefined {
  const gaps = times.slice(1).map((t, i) => t - (times[i] ?? t));
  const p50 = percentile(gaps, 50);
  const p95 = percentile(gaps, 95);
  if (p50 === undefined || p95 === undefined) return undefined;
  const round = (x: number) => Number(x.toFixed(1));
  return {
    p50: round(p50),
    p95: round(p95),
    max: round(Math.max(...gaps)),
    over25: gaps.filter((g) => g > LONG_FRAME_MS).length,
    intervals: gaps.length,
  };
}
