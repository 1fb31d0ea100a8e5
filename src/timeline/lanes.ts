import type { EventKind, KhattEvent } from '../domain/types';
import { charMeasure, fitText, type MeasureText } from './label-fit';
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
  /** Label text, cut at a word to the room it has, or null when there is none. */
  label: string | null;
  /** The label's anchor: it runs in reading order (later time) from here, or ends here. */
  labelX: number;
  /**
   * `start`: the label follows the mark in reading order; `end`: it is flipped before the mark
   * (at the plot's far edge, or where that side has the room). Logical, like SVG's text-anchor
   * under the plot's `direction`, so the same value is right in Arabic and English.
   */
  labelAnchor: 'start' | 'end';
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
  /** Width of a label in pixels; by default 7 px a character (tests, server rendering). */
  measure?: MeasureText;
  /** The widest a label grows in free space, in pixels. */
  maxLabelWidth?: number;
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
  /** Where a label after the body starts, and where a flipped one before it ends. */
  labelU: number;
  flipU: number;
  /** The full label and its width (up to the maximum), or null for none. */
  full: string | null;
  ideal: number;
  /** Placement priority: 0 the selection, 1 a lone mark, 2 another mark, 3 a span. */
  rank: number;
  text: string | null;
  /** Reading-unit interval the placed label covers. */
  textU: readonly [number, number] | null;
  anchor: 'start' | 'end';
}

interface Ctx {
  rows: number;
  m: number;
  gap: number;
  uMin: number;
  uMax: number;
  measure: MeasureText;
  maxLabelWidth: number;
}

/**
 * Lane layout: one lane per kind; within a lane, greedy interval stacking into `rows` rows
 * (each item takes the first row where it clears its predecessor and that one's label; a key
 * event's label is never given up to a neighbour). An item that fits no row merges into the
 * cluster of what it overlaps, and clusters that touch in a row merge into one. Labels are then
 * placed in priority order (the selection, then lone marks, then other marks, then spans) in the
 * free space of their row, cut at a word, flipped before the mark when that side has the room;
 * a cluster's count badge is kept off the marks of its row. Works in reading order, so the
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

/**
 * Whether the events `ids` (all of them when omitted) would each be drawn as themselves, in no
 * cluster, when `events` are laid out on `scale`: a cluster zooms in only when zooming
 * separates its events, and otherwise opens as a list.
 */
export function standApart(
  events: readonly KhattEvent[],
  scale: TimeScale,
  options: Omit<LaneOptions, 'kinds' | 'label' | 'keep'>,
  ids?: ReadonlySet<string>,
): boolean {
  const kinds = [...new Set(events.map((e) => e.kind))];
  return layoutLanes(events, scale, { ...options, kinds }).every((lane) =>
    lane.items.every(
      (item) => item.type !== 'cluster' || (ids && !item.events.some((e) => ids.has(e.id))),
    ),
  );
}

function stack(events: readonly KhattEvent[], scale: TimeScale, options: LaneOptions): LaneItem[] {
  const axis = readingAxis(scale);
  const ctx: Ctx = {
    rows: options.rows,
    m: options.markSize,
    gap: options.gap,
    uMin: axis.lo,
    uMax: axis.hi,
    measure: options.measure ?? charMeasure(7),
    maxLabelWidth: options.maxLabelWidth ?? 320,
  };
  const bodies = events.map((event) => body(event, axis.at, ctx));
  bodies.sort((a, b) => a.u0 - b.u0 || a.item.key.localeCompare(b.item.key));
  if (options.label) prepareLabels(bodies, options.label, options.keep ?? null, ctx);

  const out = stackRows(bodies, options.keep ?? null, ctx);
  const rowsOf = mergeTouchingClusters(out, ctx);
  placeLabels(rowsOf, ctx);
  placeBadges(rowsOf, ctx);
  // Drawn (and read) in time order, rows interleaved, as they were placed.
  const drawn = rowsOf.flat().sort((a, b) => a.u0 - b.u0 || a.item.row - b.item.row);
  return drawn.map((p) => toPixels(p, axis.u));
}

/** Full label, its width and each item's priority; marks with no mark near them are "lone". */
function prepareLabels(
  bodies: Placed[],
  label: (event: KhattEvent) => string,
  keep: string | null,
  ctx: Ctx,
): void {
  for (const p of bodies) {
    if (p.item.type === 'cluster') continue;
    p.full = label(p.item.event);
    p.ideal = Math.min(ctx.measure(p.full), ctx.maxLabelWidth);
    if (p.item.key === keep) p.rank = 0;
  }
  // A mark is lone when no other mark is within its label's reach on either side.
  const marks = bodies.filter((p) => p.item.type === 'mark');
  marks.forEach((p, i) => {
    if (p.rank === 0) return;
    const reach = p.ideal + ctx.m + ctx.gap;
    const near = [marks[i - 1], marks[i + 1]].some(
      (q) => q !== undefined && Math.abs(q.item.x - p.item.x) < reach,
    );
    p.rank = near ? 2 : 1;
  });
}

/** Greedy stacking into rows; what fits no row clusters in the last row. */
function stackRows(bodies: readonly Placed[], keep: string | null, ctx: Ctx): Placed[] {
  const { rows, gap } = ctx;
  const last: (Placed | null)[] = new Array<Placed | null>(rows).fill(null);
  // How far an occupant reaches with its label, and what of it a neighbour may not take.
  const reach = (p: Placed) => Math.max(p.u1, p.labelU + (p.full === null ? 0 : p.ideal));
  const held = (p: Placed) => (p.rank <= 1 ? reach(p) : p.u1);
  const out: Placed[] = [];
  const isKept = (p: Placed) => keep !== null && p.item.key === keep;

  for (const placed of bodies) {
    const limit = placed.u0 - gap;
    let row = last.findIndex((p) => p === null || reach(p) + gap <= placed.u0);
    // No row has room for the neighbour's label: take the row whose occupant ends first (its
    // label is cut to the room left), but never a key event's label while this item can
    // cluster in the last row instead.
    if (row < 0) row = bestRow(last, held, limit);
    const host = last[rows - 1];
    const mayCluster = host && host.rank > 1 && !isKept(host) && !isKept(placed);
    if (row < 0 && !mayCluster) row = bestRow(last, (p) => p.u1, limit);
    if (row >= 0) {
      placed.item.row = row;
      last[row] = placed;
      out.push(placed);
      continue;
    }
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
    if (host) merge(host, placed, ctx.uMin);
  }
  return out;
}

/** Items per row in reading order; two clusters with nothing between them and under a badge apart become one. */
function mergeTouchingClusters(out: readonly Placed[], ctx: Ctx): Placed[][] {
  const rowsOf: Placed[][] = Array.from({ length: ctx.rows }, () => []);
  for (const p of out) rowsOf[p.item.row]?.push(p);
  return rowsOf.map((row) => {
    row.sort((a, b) => a.u0 - b.u0);
    const merged: Placed[] = [];
    for (const p of row) {
      const prev = merged[merged.length - 1];
      if (prev?.item.type === 'cluster' && p.item.type === 'cluster') {
        const count = prev.item.events.length + p.item.events.length;
        if (p.u0 - prev.u1 < badgeWidth(count) + ctx.gap) {
          merge(prev, p, ctx.uMin);
          continue;
        }
      }
      merged.push(p);
    }
    return merged;
  });
}

/** Labels in priority order, each in the free space of its row on the side with the room. */
function placeLabels(rowsOf: readonly Placed[][], ctx: Ctx): void {
  const { gap, uMin, uMax, measure, maxLabelWidth } = ctx;
  for (const row of rowsOf) {
    const order = row
      .filter((p) => p.full !== null && p.item.x >= uMin && p.item.x <= uMax)
      .sort((a, b) => a.rank - b.rank || a.u0 - b.u0);
    for (const p of order) {
      const full = p.full ?? '';
      const blocks = row.flatMap((q): (readonly [number, number])[] =>
        q === p ? [] : q.textU ? [[q.u0, q.u1], q.textU] : [[q.u0, q.u1]],
      );
      // Room after the body (up to the next thing in the row, or the plot's far edge) ...
      const after = p.labelU;
      const afterEnd = Math.min(
        uMax,
        after + maxLabelWidth,
        ...blocks.filter(([, hi]) => hi > after).map(([lo]) => lo - gap),
      );
      // ... and before it (back to the previous thing, or the plot's near edge).
      const before = p.flipU;
      const beforeStart = Math.max(
        uMin,
        before - maxLabelWidth,
        ...blocks.filter(([lo]) => lo < before).map(([, hi]) => hi + gap),
      );
      const roomAfter = afterEnd - after;
      const roomBefore = before - beforeStart;
      const width = measure(full);
      const flip = width > roomAfter && (width <= roomBefore || roomBefore > roomAfter);
      const text = fitText(full, flip ? roomBefore : roomAfter, measure);
      // One word and an ellipsis says too little to be worth the clutter.
      if (text === null || (text !== full && !/\s/u.test(text))) continue;
      const w = measure(text);
      p.text = text;
      p.anchor = flip ? 'end' : 'start';
      p.textU = flip ? [before - w, before] : [after, after + w];
    }
  }
}

/** A cluster's count badge goes at its reading start, moved along past any mark or label of its row. */
function placeBadges(rowsOf: readonly Placed[][], ctx: Ctx): void {
  for (const row of rowsOf) {
    for (const p of row) {
      if (p.item.type !== 'cluster') continue;
      const badge = badgeWidth(p.item.events.length);
      const blocks = row
        .flatMap((q): (readonly [number, number])[] => {
          if (q === p || q.item.type === 'cluster') return [];
          const shape = [q.item.x - ctx.m / 2, q.item.x + ctx.m / 2] as const;
          return q.textU ? [shape, q.textU] : [shape];
        })
        .sort((a, b) => a[0] - b[0]);
      let s = Math.min(Math.max(p.u0, ctx.uMin), p.u1 - badge);
      for (const [lo, hi] of blocks) {
        if (hi + 2 <= s || lo - 2 >= s + badge) continue;
        s = hi + 2;
      }
      p.u1 = Math.max(p.u1, s + badge);
      p.item.x = s + badge / 2;
    }
  }
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

function body(event: KhattEvent, u: (t: number) => number, ctx: Ctx): Placed {
  const { uMin, m } = ctx;
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
      labelAnchor: 'start',
    };
    return placed(item, c - m / 2, c + m / 2, c + m / 2 + 4, c - m / 2 - 4);
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
    labelAnchor: 'start',
  };
  return placed(item, ua, ub, c + m / 2 + 4, ua - 4);
}

function placed(item: LaneItem, u0: number, u1: number, labelU: number, flipU: number): Placed {
  return {
    item,
    u0,
    u1,
    labelU,
    flipU,
    full: null,
    ideal: 0,
    rank: item.type === 'span' ? 3 : 2,
    text: null,
    textU: null,
    anchor: 'start',
  };
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
  host.full = null;
  host.rank = 4;
}

/** Back from reading units to screen pixels. */
function toPixels(p: Placed, x: (u: number) => number): LaneItem {
  const a = x(p.u0);
  const b = x(p.u1);
  const x0 = Math.min(a, b);
  const x1 = Math.max(a, b);
  if (p.item.type === 'cluster') return { ...p.item, x0, x1, x: x(p.item.x) };
  const labelU = p.anchor === 'end' ? p.flipU : p.labelU;
  return {
    ...p.item,
    x0,
    x1,
    x: x(p.item.x),
    label: p.text,
    labelX: x(labelU),
    labelAnchor: p.anchor,
  };
}
