import type { EventKind, KhattEvent } from '../domain/types';
import { readingAxis, type TimeScale } from './time-scale';
import { eventAnchor } from './time-window';

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
  const axis = readingAxis(scale);
  const plot = axis.hi - axis.lo;
  const first = axis.u(axis.startX);
  const n = Math.max(1, Math.ceil(plot / binPx));
  const domain = scale.domain();
  const d0 = +(domain[0] ?? 0);
  const d1 = +(domain[domain.length - 1] ?? 0);
  const counts = new Map<EventKind, Uint32Array>(kinds.map((k) => [k, new Uint32Array(n)]));
  for (const event of events) {
    const column = counts.get(event.kind);
    if (!column) continue;
    const t = eventAnchor(event);
    if (t < d0 || t >= d1) continue;
    const i = Math.min(n - 1, Math.floor((axis.at(t) - first) / binPx));
    if (i >= 0) column[i] = (column[i] ?? 0) + 1;
  }
  const at = (i: number) => axis.u(first + Math.min(plot, i * binPx));
  return kinds.map((kind) => {
    const column = counts.get(kind) ?? new Uint32Array(0);
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
