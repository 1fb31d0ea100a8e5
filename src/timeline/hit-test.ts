/** Anything drawn in a lane: its horizontal extent and its row (none: it fills the lane). */
export interface HitItem {
  x0: number;
  x1: number;
  row?: number | undefined;
}

interface LaneHits<T> {
  /** The lane's items sorted by x0. */
  items: T[];
  /** The largest x1 among items[0..i]: where a leftward walk can stop. */
  reach: number[];
}

/** Per lane, the items sorted by their start, for `hitTest`'s binary search. */
export type HitIndex<T extends HitItem> = LaneHits<T>[];

/** Indexes lanes of drawn items for hit-testing; O(n log n) once per drawn window. */
export function createHitIndex<T extends HitItem>(lanes: readonly (readonly T[])[]): HitIndex<T> {
  return lanes.map((lane) => {
    const items = [...lane].sort((a, b) => a.x0 - b.x0);
    let max = -Infinity;
    const reach = items.map((item) => (max = Math.max(max, item.x1)));
    return { items, reach };
  });
}

/**
 * The item under a pointer at `x` in `lane` and `row` (within `slop` pixels), or null: a binary
 * search for the last item starting before x, then a walk back while an earlier item can still
 * reach x. When several overlap, the last drawn (the latest to start) wins, as it paints on top.
 */
export function hitTest<T extends HitItem>(
  index: HitIndex<T>,
  lane: number,
  row: number,
  x: number,
  slop = 0,
): T | null {
  const hits = index[lane];
  if (!hits) return null;
  const { items, reach } = hits;
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.x0 ?? Infinity) <= x + slop) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && (reach[i] ?? -Infinity) >= x - slop; i--) {
    const item = items[i];
    if (item && item.x1 >= x - slop && (item.row === undefined || item.row === row)) return item;
  }
  return null;
}
