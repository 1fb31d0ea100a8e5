import { bisectRight } from 'd3-array';

/**
 * Piecewise-linear maps, with d3-scale's own arithmetic: what the time scales (time-scale.ts)
 * and the broken axis's warp (quiet-warp.ts) both map through.
 */

/** d3's `normalize`: `x → (x − a) / (b − a)`, the middle for an empty interval. */
const normalize = (a: number, b: number) => {
  const d = b - a;
  return d ? (x: number) => (x - a) / d : () => (Number.isNaN(d) ? NaN : 0.5);
};
/** d3's `interpolateNumber`. */
const lerp = (a: number, b: number) => (t: number) => a * (1 - t) + b * t;

/** d3-scale's `bimap`/`polymap`: a piecewise-linear map through matching stops, either order. */
export function piecewise(from: readonly number[], to: readonly number[]): (x: number) => number {
  const j = Math.min(from.length, to.length) - 1;
  if (j <= 1) {
    const [d0 = 0, d1 = d0] = from;
    const [r0 = 0, r1 = r0] = to;
    const [n, i] = d1 < d0 ? [normalize(d1, d0), lerp(r1, r0)] : [normalize(d0, d1), lerp(r0, r1)];
    return (x) => i(n(x));
  }
  let d = from.slice(0, j + 1);
  let r = to.slice(0, j + 1);
  if ((d[j] ?? 0) < (d[0] ?? 0)) {
    d = d.reverse();
    r = r.reverse();
  }
  const n = d.slice(0, j).map((a, k) => normalize(a, d[k + 1] ?? a));
  const i = r.slice(0, j).map((a, k) => lerp(a, r[k + 1] ?? a));
  return (x) => {
    const k = bisectRight(d, x, 1, j) - 1;
    return (i[k] ?? Number)((n[k] ?? Number)(x));
  };
}
