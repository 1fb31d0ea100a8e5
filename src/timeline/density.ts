import type { EventKind, KhattEvent } from '../domain/types';
import { readingAxis, type TimeScale } from './time-scale';
import { DAY, eventAnchor, type Span } from './time-window';
import { forEachInWindow, type TimeIndex } from './window-query';

/** A column of the density histogram: how many events of a kind are anchored within `[start, end)`. */
export interface Bin {
  key: string;
  kind: EventKind;
  x0: number;
  x1: number;
  start: number;
  end: number;
  count: number;
}

export interface DensityLane {
  kind: EventKind;
  bins: Bin[];
  /** The largest count in the lane, to scale bar heights. */
  max: number;
}

/**
 * Level of detail for crowded windows: per lane, counts of events in columns `binPx` wide
 * across the plot (empty columns left out). One pass over the events, so it stays cheap when
 * a window holds tens of thousands of them.
 */
export function densityBins(
  events: readonly KhattEvent[],
  scale: TimeScale,
  kinds: readonly EventKind[],
  binPx = 6,
): DensityLane[] {
  return binned(scale, kinds, binPx, (add) => {
    for (const event of events) add(event.kind, eventAnchor(event));
  });
}

/**
 * `densityBins` of the indexed events in the scale's window, read straight from the index (its
 * starts, in time order): no array of the window's events is built, and no anchor looked up.
 * The plot's crowded windows, every frame of a gesture.
 */
export function indexDensity(
  index: TimeIndex,
  scale: TimeScale,
  kinds: readonly EventKind[],
  binPx = 6,
): DensityLane[] {
  const domain = scale.domain();
  const span: Span = [+(domain[0] ?? 0), +(domain[domain.length - 1] ?? 0)];
  return binned(scale, kinds, binPx, (add) => {
    forEachInWindow(index, span, (i) => {
      const event = index.events[i];
      // eventAnchor: noon of the first day.
      if (event) add(event.kind, (index.starts[i] ?? 0) + DAY / 2);
    });
  });
}

/** The histogram: `fill` calls `add` once per event, with its kind and its anchor. */
function binned(
  scale: TimeScale,
  kinds: readonly EventKind[],
  binPx: number,
  fill: (add: (kind: EventKind, t: number) => void) => void,
): DensityLane[] {
  const axis = readingAxis(scale);
  const plot = axis.hi - axis.lo;
  const first = axis.u(axis.startX);
  const n = Math.max(1, Math.ceil(plot / binPx));
  const domain = scale.domain();
  const d0 = +(domain[0] ?? 0);
  const d1 = +(domain[domain.length - 1] ?? 0);
  const counts = kinds.map(() => new Uint32Array(n));
  fill((kind, t) => {
    const column = counts[kinds.indexOf(kind)];
    if (!column || t < d0 || t >= d1) return;
    const i = Math.min(n - 1, Math.floor((axis.at(t) - first) / binPx));
    if (i >= 0) column[i] = (column[i] ?? 0) + 1;
  });
  const at = (i: number) => axis.u(first + Math.min(plot, i * binPx));
  return kinds.map((kind, k) => {
    const column = counts[k] ?? new Uint32Array(0);
    const bins: Bin[] = [];
    let max = 0;
    column.forEach((count, i) => {
      if (count === 0) return;
      const [a, b] = [at(i), at(i + 1)];
      const [t0, t1] = [+scale.invert(a), +scale.invert(b)];
      bins.push({
        key: `bin:${kind}:${t0}`,
        kind,
        x0: Math.min(a, b),
        x1: Math.max(a, b),
        start: Math.min(t0, t1),
        end: Math.max(t0, t1),
        count,
      });
      max = Math.max(max, count);
    });
    return { kind, bins, max };
  });
}
