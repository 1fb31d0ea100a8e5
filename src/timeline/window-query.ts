import { bisector } from 'd3-array';
import { byDateThenId } from '../domain/filter';
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
  // The filtered events arrive in the one time order already; sort only what does not.
  const sorted = input.every((e, i) => i === 0 || byDateThenId(input[i - 1] as KhattEvent, e) <= 0);
  const events = sorted ? input : [...input].sort(byDateThenId);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let longest = 0;
  events.forEach((event, i) => {
    const [s, e] = eventSpan(event);
    starts[i] = s;
    ends[i] = e;
    longest = Math.max(longest, e - s);
  });
  return { events, starts, ends, longest };
}

/** The one binary search over ascending numbers (d3-array's bisector). */
const byValue = bisector((v: number) => v);

/** The first index whose value is at or after `t`. */
export const lowerBound = (values: ArrayLike<number>, t: number): number => byValue.left(values, t);

/** The first index whose value is after `t`. */
export const upperBound = (values: ArrayLike<number>, t: number): number =>
  byValue.right(values, t);

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
