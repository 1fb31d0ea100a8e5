import { piecewise } from './piecewise';
import { stopsWithin, warpTime, type QuietWarp } from './quiet-warp';
import type { Span } from './time-window';

/**
 * Direction lives here and only here: for right-to-left the range is reversed, so the earliest
 * time sits on the right. Drawing code asks the scale where things go and never branches on `dir`.
 */
export type Direction = 'ltr' | 'rtl';

/**
 * Instants (UTC ms or Dates) to pixels: linear, or piecewise linear (polylinear) for the overview's
 * compressed quiet stretches. The part of d3-scale's `scaleUtc` Khatt uses — map, invert, domain,
 * range — with d3's own arithmetic, so every pixel is the one d3 gives (the golden SVGs say so).
 * d3-scale would also bring d3-interpolate and d3-color (about 6 kB gzip of first-view script)
 * for interpolating colours and strings that a time axis never needs.
 */
export interface TimeScale {
  (t: number | Date): number;
  /** The instant at a pixel (extrapolated beyond the range, like d3's). */
  invert(x: number): Date;
  domain(): Date[];
  range(): number[];
}

/** A UTC time scale through matching stops of instants and pixels (two stops: linear). */
export function utcScale(domain: readonly (number | Date)[], range: readonly number[]): TimeScale {
  // As d3's time scales: instants are whole milliseconds.
  const times = domain.map((t) => (t instanceof Date ? +t : Math.round(t)));
  const pixels = [...range];
  const forward = piecewise(times, pixels);
  const backward = piecewise(pixels, times);
  const scale = (t: number | Date) => forward(+t);
  scale.invert = (x: number) => new Date(Math.round(backward(x)));
  scale.domain = () => times.map((t) => new Date(t));
  scale.range = () => [...pixels];
  return scale;
}

/** Positions in `[0, 1]` along reading order mapped to pixels across `[inset, width - inset]`. */
export function orientRange(
  fractions: readonly number[],
  width: number,
  dir: Direction,
  inset = 0,
): number[] {
  const usable = Math.max(0, width - 2 * inset);
  return fractions.map((f) => (dir === 'rtl' ? width - inset - f * usable : inset + f * usable));
}

/**
 * A UTC time scale from a window to the plot, in reading order: linear, or through a broken
 * axis's stops when `warp` compresses quiet stretches inside the window (see quiet-warp.ts).
 */
export function createTimeScale(
  span: Span,
  width: number,
  dir: Direction,
  inset = 0,
  warp?: QuietWarp,
): TimeScale {
  return windowScale(span, orientRange([0, 1], width, dir, inset), warp);
}

/** A window onto a pixel range `[from, to]` (either order), through `warp`'s stops in it. */
export function windowScale(span: Span, range: readonly number[], warp?: QuietWarp): TimeScale {
  const from = range[0] ?? 0;
  const to = range[range.length - 1] ?? from;
  const stops = warp ? stopsWithin(warp, span) : [...span];
  if (!warp || stops.length === 2) return utcScale(span, [from, to]);
  const w0 = warpTime(warp, span[0]);
  const total = warpTime(warp, span[1]) - w0 || 1;
  const pixels = stops.map((t) => from + ((warpTime(warp, t) - w0) / total) * (to - from));
  return utcScale(stops, pixels);
}

/**
 * The reading axis of a scale: which way time runs on screen, and "reading units" `u = sign · x`
 * in which later time always has a larger `u`. Layout written in reading units is mirror-free —
 * the Arabic drawing is the exact mirror of the English one — and this is the only place that
 * knows how to turn a pixel into a reading unit and back.
 */
export interface ReadingAxis {
  /** Pixel of the scale's first (earliest) instant, and of its last. */
  startX: number;
  endX: number;
  /** +1 when later is to the right, −1 when to the left. */
  sign: 1 | -1;
  /** The plot's bounds in reading units, `lo ≤ hi`. */
  lo: number;
  hi: number;
  /** Pixel → reading unit (also reading unit → pixel: the map is its own inverse). */
  u: (x: number) => number;
  /** Where an instant sits, in reading units. */
  at: (t: number | Date) => number;
}

export function readingAxis(scale: TimeScale): ReadingAxis {
  const range = scale.range();
  const startX = range[0] ?? 0;
  const endX = range[range.length - 1] ?? 0;
  const sign = endX >= startX ? 1 : -1;
  const u = (x: number) => sign * x + 0; // + 0: no −0 at the origin
  return {
    startX,
    endX,
    sign,
    lo: Math.min(u(startX), u(endX)),
    hi: Math.max(u(startX), u(endX)),
    u,
    at: (t) => u(scale(t)),
  };
}

/** The time step (+1 later, −1 earlier) that an arrow key means on this scale's screen. */
export function timeStepForKey(scale: TimeScale, key: 'ArrowLeft' | 'ArrowRight'): 1 | -1 {
  const { sign } = readingAxis(scale);
  return key === 'ArrowRight' ? sign : sign === 1 ? -1 : 1;
}
