import type { KhattEvent } from '../domain/types';
import { eventSpan, type Span } from './time-window';

/**
 * A time index over events sorted by start: which events touch a window is two binary searches
 * and a short scan, not a pass over the whole corpus. `longest` (the longest event) bounds how
 * far before the window an event that still reaches into it can start.
 */
export interface TimeIndex {
  events: readonly KhattEvent[];
  starts: Float64Array;
  ends: Float64Array;
  longest: number;
}

export function createTimeIndex(input: readonly KhattEvent[]): TimeIndex {
  const spans = input.map(eventSpan);
  const order = input.map((_, i) => i);
  const sorted = order.every((i) => i === 0 || (spans[i - 1]?.[0] ?? 0) <= (spans[i]?.[0] ?? 0));
  if (!sorted) order.sort((a, b) => (spans[a]?.[0] ?? 0) - (spans[b]?.[0] ?? 0));
  const starts = new Float64Array(order.length);
  const ends = new Float64Array(order.length);
  let longest = 0;
  order.forEach((from, to) => {
    const [s, e] = spans[from] ?? [0, 0];
    starts[to] = s;
    ends[to] = e;
    longest = Math.max(longest, e - s);
  });
  const events = sorted ? input : order.map((i) => input[i] as KhattEvent);
  return { events, starts, ends, longest };
}

/** The first index whose start is at or after `t`. */
export function lowerBound(starts: Float64Array, t: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((starts[mid] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The events whose dates overlap `[start, end)`, in start order. */
export function queryWindow(index: TimeIndex, span: Span): KhattEvent[] {
  const from = lowerBound(index.starts, span[0] - index.longest);
  const to = lowerBound(index.starts, span[1]);
  const out: KhattEvent[] = [];
  for (let i = from; i < to; i++) {
    if ((index.ends[i] ?? 0) > span[0]) out.push(index.events[i] as KhattEvent);
  }
  return out;
}

/** The earliest event starting at or after `t`, or null. */
export function firstFrom(index: TimeIndex, t: number): KhattEvent | null {
  return index.events[lowerBound(index.starts, t)] ?? null;
}

/** The latest event starting before `t`, or null. */
export function lastBefore(index: TimeIndex, t: number): KhattEvent | null {
  return index.events[lowerBound(index.starts, t) - 1] ?? null;
}
