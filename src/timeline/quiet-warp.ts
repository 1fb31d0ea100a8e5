import { piecewise } from './piecewise';
import { DAY, type Span } from './time-window';

/**
 * The main plot's broken axis. Over the whole extent, time runs linearly except across quiet
 * stretches — a year or more in which no shown event happens — which shrink to a short break,
 * longer for a longer silence but far shorter than its time. "Show all" then gives the width to
 * the years that have a story, not to 2015–2019; every window the user zooms to shows its events
 * at true proportions, since outside the breaks a day is as wide as any other day.
 *
 * The warp is fixed for a set of events, so zoom and pan (linear in warped time: d3-zoom over a
 * base scale through these stops) stay continuous: a break never pops in or out mid-gesture.
 */
export interface QuietWarp {
  /** Instants where the warp bends, ascending; the extent's ends are the first and last. */
  times: number[];
  /** The warped instant at each of `times` (same units: milliseconds of warped time). */
  warped: number[];
  /** The compressed stretches, in real time. */
  gaps: Span[];
}

export interface WarpOptions {
  /** The shortest silence compressed. */
  minGap?: number;
  /** Time kept linear on either side of a break, so an event never sits on its edge. */
  pad?: number;
  /** The warped width of a break as long as `minGap`; each doubling of the silence adds as much. */
  breakWidth?: number;
}

const QUIET_MIN = 365 * DAY;
const PAD = 30 * DAY;
const BREAK_W = 30 * DAY;

/**
 * The warp for events covering `[starts[i], ends[i])` (sorted by start, as a TimeIndex holds
 * them) across `extent`. Gaps are runs of the extent no event covers of at least `minGap`,
 * less `pad` at each end; each becomes `breakWidth · (1 + log2(length / minGap))` wide.
 */
export function quietWarp(
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  extent: Span,
  { minGap = QUIET_MIN, pad = PAD, breakWidth = BREAK_W }: WarpOptions = {},
): QuietWarp {
  const gaps: Span[] = [];
  let covered = -Infinity;
  for (let i = 0; i < starts.length; i++) {
    const s = starts[i] ?? 0;
    const e = ends[i] ?? s;
    if (Number.isFinite(covered) && s - covered >= minGap) {
      gaps.push([covered + pad, s - pad]);
    }
    covered = Math.max(covered, e);
  }
  const times = [extent[0]];
  const warped = [extent[0]];
  let shift = 0;
  for (const [a, b] of gaps) {
    const width = breakWidth * (1 + Math.log2((b - a + 2 * pad) / minGap));
    times.push(a, b);
    warped.push(a - shift, a - shift + width);
    shift += b - a - width;
  }
  times.push(extent[1]);
  warped.push(extent[1] - shift);
  return { times, warped, gaps };
}

/** Each warp's maps both ways, built once: the plot maps through them on every frame. */
const maps = new WeakMap<
  QuietWarp,
  { forward: (t: number) => number; back: (w: number) => number }
>();
const mapsOf = (warp: QuietWarp) => {
  let m = maps.get(warp);
  if (!m) {
    m = { forward: piecewise(warp.times, warp.warped), back: piecewise(warp.warped, warp.times) };
    maps.set(warp, m);
  }
  return m;
};

/** Real time to warped time (extrapolated linearly beyond the extent). */
export const warpTime = (warp: QuietWarp, t: number): number => mapsOf(warp).forward(t);

/** Warped time back to real time. */
export const unwarpTime = (warp: QuietWarp, w: number): number => mapsOf(warp).back(w);

/** How long a window is in warped time: what a zoom level measures. */
export const warpedWidth = (warp: QuietWarp, span: Span): number =>
  warpTime(warp, span[1]) - warpTime(warp, span[0]);

/** The warp's stops strictly inside a window, with the window's own ends: a scale's domain. */
export function stopsWithin(warp: QuietWarp, span: Span): number[] {
  const inner = warp.times.filter((t) => t > span[0] && t < span[1]);
  return [span[0], ...inner, span[1]];
}
