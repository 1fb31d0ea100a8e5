import type { EventKind, KhattEvent } from '../domain/types';
import { readingAxis, type TimeScale } from './time-scale';
import { DAY, eventSpan, isSpanEvent } from './time-window';

interface ItemBase {
  key: string;
  kind: EventKind;
  /** Row within the lane, 0 first. */
  row: number;
  /** Pixel extent of the drawn body (shape, bar or pill), `x0 < x1`. */
  x0: number;
  x1: number;
  /** Centre of the kind's shape, or of a cluster's count badge. */
  x: number;
  /** Time covered, `[start, end)` in ms. */
  start: number;
  end: number;
}

/** One event: a point mark (a day) or a span (a month, a year, a range). */
export interface EventItem extends ItemBase {
  type: 'mark' | 'span';
  event: KhattEvent;
  /** Label text, shortened to the room it has, or null when there is none. */
  label: string | null;
  /** Where the label starts; it runs in reading order (later time) from here. */
  labelX: number;
}

/** Events that still overlap after stacking, drawn as one pill with a count. */
export interface ClusterItem extends ItemBase {
  type: 'cluster';
  events: KhattEvent[];
}

export type LaneItem = EventItem | ClusterItem;

export interface Lane {
  kind: EventKind;
  items: LaneItem[];
}

export interface LaneOptions {
  kinds: readonly EventKind[];
  /** Rows a lane stacks into before it clusters. */
  rows: number;
  /** Size of a point mark in pixels. */
  markSize: number;
  /** Free pixels between neighbours in a row. */
  gap: number;
  /** Label text of an event; omit for no labels. */
  label?: (event: KhattEvent) => string;
  charWidth?: number;
  maxLabelChars?: number;
  /** A label shorter than this (in characters, after shortening) is dropped. */
  minLabelChars?: number;
  /**
   * An event never merged into a cluster (the selection): when it fits no row it is drawn over
   * the lane's last row as a mark of its own, and what overlaps it clusters beside it.
   */
  keep?: string | null;
}

/** Layout in "reading units": u = sign·x, so time always grows with u and the maths is mirror-free. */
interface Placed {
  item: LaneItem;
  u0: number;
  u1: number;
  labelU: number;
  text: string | null;
}

/**
 * Lane layout: one lane per kind; within a lane, greedy interval stacking into `rows` rows
 * (each item takes the first row whose occupant ends before it starts). A label that would
 * run into the next item in its row is shortened or dropped; an item that fits no row even
 * without labels merges into the cluster of what it overlaps. Works in reading order, so the
 * Arabic layout is the exact mirror of the English one.
 */
export function layoutLanes(
  events: readonly KhattEvent[],
  scale: TimeScale,
  options: LaneOptions,
): Lane[] {
  const byKind = new Map<EventKind, KhattEvent[]>(options.kinds.map((k) => [k, []]));
  for (const event of events) byKind.get(event.kind)?.push(event);
  return options.kinds.map((kind) => ({
    kind,
    items: stack(byKind.get(kind) ?? [], scale, options),
  }));
}

function stack(events: readonly KhattEvent[], scale: TimeScale, options: LaneOptions): LaneItem[] {
  const { rows, markSize: m, gap, charWidth = 7, maxLabelChars = 28, minLabelChars = 6 } = options;
  const axis = readingAxis(scale);
  const { lo: uMin, hi: uMax, at: u } = axis;

  const bodies = events.map((event) => body(event, u, uMin, m));
  bodies.sort((a, b) => a.u0 - b.u0 || a.item.key.localeCompare(b.item.key));

  const last: (Placed | null)[] = new Array<Placed | null>(rows).fill(null);
  const right = (p: Placed | null) =>
    p === null
      ? -Infinity
      : p.text === null
        ? p.u1
        : Math.max(p.u1, p.labelU + p.text.length * charWidth);
  const out: Placed[] = [];
  const isKept = (p: Placed) => options.keep != null && p.item.key === options.keep;

  for (const placed of bodies) {
    if (options.label && placed.item.type !== 'cluster') {
      // Labels stop at the plot's far edge rather than run off it.
      const room = Math.min(maxLabelChars, Math.floor((uMax - placed.labelU) / charWidth));
      const text = options.label(placed.item.event);
      placed.text = room >= Math.min(minLabelChars, text.length) ? shorten(text, room) : null;
    }
    let row = last.findIndex((p) => right(p) + gap <= placed.u0);
    if (row < 0) {
      // No row has room for the neighbour's label: take the row whose occupant ends first and
      // shorten that occupant's label to the room left before this item.
      row = bestRow(last, (p) => p.u1, placed.u0 - gap);
      const previous = last[row];
      if (row >= 0 && previous?.text) {
        const room = Math.floor((placed.u0 - gap - previous.labelU) / charWidth);
        previous.text = room >= minLabelChars ? shorten(previous.text, room) : null;
      }
    }
    if (row >= 0) {
      placed.item.row = row;
      last[row] = placed;
      out.push(placed);
      continue;
    }
    const host = last[rows - 1];
    if (isKept(placed)) {
      // The kept event fits no row: it is drawn over the last row, and the cluster there goes on
      // gathering what overlaps, behind it.
      placed.item.row = rows - 1;
      out.push(placed);
      continue;
    }
    if (host && isKept(host)) {
      // Never merge into the kept event: this item starts the last row's cluster after it.
      placed.item.row = rows - 1;
      last[rows - 1] = placed;
      out.push(placed);
      continue;
    }
    // Overlaps something in every row: merge into the last row's occupant, so what does not
    // fit gathers in one cluster at the bottom of the lane.
    if (host) merge(host, placed, uMin);
  }

  return out.map((p) => toPixels(p, axis.u));
}

/** The row whose occupant's `end` is smallest and at most `limit` (empty rows first), or −1. */
function bestRow(
  last: readonly (Placed | null)[],
  end: (p: Placed) => number,
  limit: number,
): number {
  let best = -1;
  let bestEnd = Infinity;
  last.forEach((p, i) => {
    const e = p === null ? -Infinity : end(p);
    if (e <= limit && (best < 0 || e < bestEnd)) {
      best = i;
      bestEnd = e;
    }
  });
  return best;
}

function body(event: KhattEvent, u: (t: number) => number, uMin: number, m: number): Placed {
  const [start, end] = eventSpan(event);
  const common = { key: event.id, kind: event.kind, row: 0, start, end };
  if (!isSpanEvent(event)) {
    const c = u(start + DAY / 2);
    const item: EventItem = {
      ...common,
      type: 'mark',
      event,
      label: null,
      x: c,
      x0: c,
      x1: c,
      labelX: 0,
    };
    return { item, u0: c - m / 2, u1: c + m / 2, labelU: c + m / 2 + 4, text: null };
  }
  const ua = u(start);
  const ub = Math.max(u(end), ua + m + 4);
  // A span that began before the window keeps its shape (and label) at the window's edge.
  const c = Math.min(Math.max(ua, uMin) + m / 2 + 2, ub - m / 2 - 2);
  const item: EventItem = {
    ...common,
    type: 'span',
    event,
    label: null,
    x: c,
    x0: ua,
    x1: ub,
    labelX: 0,
  };
  return { item, u0: ua, u1: ub, labelU: c + m / 2 + 4, text: null };
}

/** Width of a cluster's count badge for `count` events. */
export const badgeWidth = (count: number): number => 18 + String(count).length * 7;

function merge(host: Placed, placed: Placed, uMin: number): void {
  const members = host.item.type === 'cluster' ? host.item.events : [host.item.event];
  const added = placed.item.type === 'cluster' ? placed.item.events : [placed.item.event];
  const events = [...members, ...added];
  const badge = badgeWidth(events.length);
  const u0 = Math.min(host.u0, placed.u0);
  const u1 = Math.max(host.u1, placed.u1, u0 + badge);
  host.item = {
    type: 'cluster',
    key: `cluster:${events[0]?.id ?? ''}`,
    kind: host.item.kind,
    row: host.item.row,
    events,
    start: Math.min(host.item.start, placed.item.start),
    end: Math.max(host.item.end, placed.item.end),
    // The count badge sits at the cluster's reading start, kept on screen like a span's shape.
    x: Math.min(Math.max(u0, uMin) + badge / 2, u1 - badge / 2),
    x0: u0,
    x1: u1,
  };
  host.u0 = u0;
  host.u1 = u1;
  host.text = null;
}

function shorten(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, Math.max(1, chars - 1)).trimEnd()}…`;
}

/** Back from reading units to screen pixels. */
function toPixels(p: Placed, x: (u: number) => number): LaneItem {
  const a = x(p.u0);
  const b = x(p.u1);
  const x0 = Math.min(a, b);
  const x1 = Math.max(a, b);
  if (p.item.type === 'cluster') return { ...p.item, x0, x1, x: x(p.item.x) };
  return { ...p.item, x0, x1, x: x(p.item.x), label: p.text, labelX: x(p.labelU) };
}
