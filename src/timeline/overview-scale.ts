import { utcMonth, utcYear } from 'd3-time';
import { orientRange, utcScale, type Direction, type TimeScale } from './time-scale';
import { upperBound } from './window-query';
import type { Span } from './time-window';

/**
 * The overview strip's scale. A linear scale over 2011 → 2021 would give each empty year as
 * much room as a busy one and crush the dense weeks of 2021 into a few pixels. Instead this is a
 * polylinear (piecewise) `scaleUtc` with one piece per calendar month, each as wide as a blend
 * of its share of time (`linear`) and its share of the events (histogram equalisation):
 *
 *   width(month) ∝ linear · days(month) / days(extent) + (1 − linear) · events(month) / events
 *
 * Empty months keep only their linear share, so long quiet years shrink to a sliver yet stay in
 * order and in proportion to each other; the scale stays monotonic, so `invert` (the brush) works.
 * `gaps` lists runs of at least `gapMonths` empty months so the strip can mark them as compressed.
 */
export function createOverviewScale(
  anchors: Iterable<number>,
  extent: Span,
  width: number,
  dir: Direction,
  { inset = 0, linear = 0.3, gapMonths = 6 } = {},
): { scale: TimeScale; gaps: Span[] } {
  const bounds = [extent[0], ...utcMonth.range(new Date(extent[0] + 1), new Date(extent[1]))]
    .map(Number)
    .concat(extent[1]);
  const counts = new Array<number>(bounds.length - 1).fill(0);
  let total = 0;
  for (const t of anchors) {
    if (t < extent[0] || t >= extent[1]) continue;
    const i = upperBound(bounds, t) - 1;
    counts[i] = (counts[i] ?? 0) + 1;
    total += 1;
  }
  const span = extent[1] - extent[0];
  const share = (i: number) => {
    const time = ((bounds[i + 1] ?? 0) - (bounds[i] ?? 0)) / span;
    return total === 0 ? time : linear * time + (1 - linear) * ((counts[i] ?? 0) / total);
  };
  const fractions = [0];
  for (let i = 0; i < counts.length; i++) fractions.push((fractions[i] ?? 0) + share(i));
  const last = fractions[fractions.length - 1] || 1;
  const scale = utcScale(
    bounds,
    orientRange(
      fractions.map((f) => f / last),
      width,
      dir,
      inset,
    ),
  );

  const gaps: Span[] = [];
  let runStart = -1;
  for (let i = 0; i <= counts.length; i++) {
    const empty = i < counts.length && counts[i] === 0;
    if (empty && runStart < 0) runStart = i;
    if (!empty && runStart >= 0) {
      if (i - runStart >= gapMonths) gaps.push([bounds[runStart] ?? 0, bounds[i] ?? 0]);
      runStart = -1;
    }
  }
  return { scale, gaps };
}

/**
 * The window a brush selection stands for: the instants under its two edges. A drag keeps the
 * selection's pixel width under the pointer, so on a piecewise scale the window's length in time
 * follows the stretch it crosses — the brush never drifts from the pointer nor resizes at the end.
 */
export function brushSpan(scale: TimeScale, selection: readonly [number, number]): Span {
  const a = +scale.invert(selection[0]);
  const b = +scale.invert(selection[1]);
  return [Math.min(a, b), Math.max(a, b)];
}

/** A click on the strip: the whole calendar year (UTC) under it, inside the extent. */
export function yearAt(scale: TimeScale, x: number, extent: Span): Span {
  const at = scale.invert(x);
  const start = Math.max(+utcYear.floor(at), extent[0]);
  const end = Math.min(+utcYear.offset(utcYear.floor(at), 1), extent[1]);
  return [start, end];
}
