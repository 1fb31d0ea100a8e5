import { scaleUtc, type ScaleTime } from 'd3-scale';
import type { Span } from './time-window';

/**
 * Direction lives here and only here: for right-to-left the range is reversed, so the earliest
 * time sits on the right. Drawing code asks the scale where things go and never branches on `dir`.
 */
export type Direction = 'ltr' | 'rtl';

export type TimeScale = ScaleTime<number, number>;

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

/** A UTC time scale from a window to the plot, in reading order. */
export function createTimeScale(span: Span, width: number, dir: Direction, inset = 0): TimeScale {
  return scaleUtc()
    .domain([new Date(span[0]), new Date(span[1])])
    .range(orientRange([0, 1], width, dir, inset));
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
