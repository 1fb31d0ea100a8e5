import { readingAxis, timeStepForKey, type TimeScale } from './time-scale';

/** What keyboard navigation needs to know of a focusable item on screen. */
export interface NavItem {
  key: string;
  /** Centre on screen. */
  x: number;
  /** Lane index, top to bottom. */
  lane: number;
}

export type NavKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export type Move =
  | { type: 'item'; key: string }
  /** Past the last item on screen: go to the next event in time in this direction (and pan). */
  | { type: 'beyond'; step: 1 | -1 }
  /** Home/End: the earliest or latest event of all. */
  | { type: 'edge'; which: 'first' | 'last' }
  | { type: 'none' };

/** Items in visual order, left to right (ties top to bottom). */
export function visualOrder<T extends NavItem>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.x - b.x || a.lane - b.lane);
}

/**
 * Where a key moves focus. ArrowLeft/ArrowRight go to the visual neighbour, so → goes later in
 * English and earlier in Arabic — the time step past the edge comes from the scale, never from a
 * direction flag. ArrowUp/ArrowDown move to the nearest item in the next lane that has one.
 */
export function moveFocus(
  items: readonly NavItem[],
  current: string | null,
  key: NavKey,
  scale: TimeScale,
): Move {
  if (key === 'Home') return { type: 'edge', which: 'first' };
  if (key === 'End') return { type: 'edge', which: 'last' };
  const order = visualOrder(items);
  const index = order.findIndex((item) => item.key === current);
  const here = order[index];
  if (!here) {
    const { sign } = readingAxis(scale);
    const first = sign === 1 ? order[0] : order[order.length - 1];
    return first ? { type: 'item', key: first.key } : { type: 'none' };
  }
  if (key === 'ArrowLeft' || key === 'ArrowRight') {
    const next = order[index + (key === 'ArrowRight' ? 1 : -1)];
    return next
      ? { type: 'item', key: next.key }
      : { type: 'beyond', step: timeStepForKey(scale, key) };
  }
  const dl = key === 'ArrowDown' ? 1 : -1;
  const lanes = [...new Set(order.map((i) => i.lane))].filter((l) => (l - here.lane) * dl > 0);
  if (lanes.length === 0) return { type: 'none' };
  const lane = dl > 0 ? Math.min(...lanes) : Math.max(...lanes);
  let best: NavItem | null = null;
  for (const item of order) {
    if (item.lane !== lane) continue;
    if (!best || Math.abs(item.x - here.x) < Math.abs(best.x - here.x)) best = item;
  }
  return best ? { type: 'item', key: best.key } : { type: 'none' };
}

/** What focus should land on: an item by key, else the item holding an event, else the nearest in time. */
export interface FocusTarget {
  key: string;
  eventId: string | null;
  time: number;
}

/**
 * The one item that holds the roving tab stop. Items come and go as the window moves (a mark
 * merges into a cluster, a cluster splits), so focus follows the key, then the event, then time;
 * with no target it is the selected event's item, else the earliest item on screen.
 */
export function resolveFocus(
  items: readonly (NavItem & { start: number; ids: readonly string[] })[],
  target: FocusTarget | null,
  selected: string | null,
): string | null {
  if (items.length === 0) return null;
  const holding = (id: string | null) => (id ? items.find((i) => i.ids.includes(id)) : undefined);
  const found =
    items.find((i) => i.key === target?.key) ??
    holding(target?.eventId ?? null) ??
    (target ? nearest(items, target.time) : holding(selected));
  if (found) return found.key;
  return items.reduce((a, b) => (b.start < a.start ? b : a)).key;
}

function nearest<T extends { start: number }>(items: readonly T[], time: number): T | undefined {
  let best: T | undefined;
  for (const item of items) {
    if (!best || Math.abs(item.start - time) < Math.abs(best.start - time)) best = item;
  }
  return best;
}
