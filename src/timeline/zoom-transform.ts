import { warpedWidth, type QuietWarp } from './quiet-warp';
import type { TimeScale } from './time-scale';
import type { Span } from './time-window';

/** The x part of a d3 ZoomTransform: screen x = k · base x + x. */
export interface ZoomX {
  k: number;
  x: number;
}

/**
 * The window a zoom shows: what d3's `transform.rescaleX(base).domain()` computes — the base
 * scale's inverse at the plot's two edges after undoing the transform. `base` maps the whole
 * extent onto the plot (k = 1 shows everything); its range may be reversed (right-to-left).
 */
export function windowForTransform(base: TimeScale, t: ZoomX): Span {
  const [r0, r1] = base.range() as [number, number];
  const a = +base.invert((r0 - t.x) / t.k);
  const b = +base.invert((r1 - t.x) / t.k);
  return [Math.min(a, b), Math.max(a, b)];
}

/** The transform under which `base` shows exactly `span` across the plot: the inverse of the above. */
export function transformForWindow(base: TimeScale, span: Span): ZoomX {
  const [r0, r1] = base.range() as [number, number];
  const b0 = base(span[0]);
  const b1 = base(span[1]);
  const k = (r1 - r0) / (b1 - b0);
  return { k, x: r0 - k * b0 };
}

/**
 * How far in a zoom may go: the extent over the narrowest window, both in the base scale's
 * (warped) time, since a zoom level is a ratio of base pixels.
 */
export function maxZoom(extent: Span, minSpan: number, warp?: QuietWarp): number {
  const width = warp ? warpedWidth(warp, extent) : extent[1] - extent[0];
  return Math.max(1, width / minSpan);
}
