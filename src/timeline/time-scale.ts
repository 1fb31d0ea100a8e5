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

/** Which way time runs on screen: `sign` is +1 when later is to the right, −1 when to the left. */
export function orientation(scale: TimeScale): { startX: number; endX: number; sign: 1 | -1 } {
  const range = scale.range();
  const startX = range[0] ?? 0;
  const endX = range[range.length - 1] ?? 0;
  return { startX, endX, sign: endX >= startX ? 1 : -1 };
}

/** The time step (+1 later, −1 earlier) that an arrow key means on this scale's screen. */
export function timeStepForKey(scale: TimeScale, key: 'ArrowLeft' | 'ArrowRight'): 1 | -1 {
  const { sign } = orientation(scale);
  return key === 'ArrowRight' ? sign : sign === 1 ? -1 : 1;
}
