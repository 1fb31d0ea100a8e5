import { bisector } from 'd3-array';
import { byDateThenId, pickedFrom } from '../domain/filter';
import type { KhattEvent } from '../domain/types';
import {
  anchorFrom,
  DAY,
  extentAround,
  firstWindow,
  type FirstWindowOptions,
  type Span,
  utcDay,
} from './time-window';

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

const timeIndexes = new WeakMap<readonly KhattEvent[], TimeIndex>();

/**
 * The index of a list of events, kept per list: the filters give one array per filter state
 * (filterEvents), so toggling a filter off again finds its index built.
 */
export function createTimeIndex(input: readonly KhattEvent[]): TimeIndex {
  let index = timeIndexes.get(input);
  if (!index) {
    const picked = pickedFrom(input);
    index = picked
      ? pickIndex(createTimeIndex(picked.from), input, picked.at)
      : buildTimeIndex(input);
    timeIndexes.set(input, index);
  }
  return index;
}

/**
 * The index of a filter's result from the whole corpus's: its events are a subsequence of the
 * corpus in time order, so their instants are copied from it (no dates parsed, no order checked).
 */
function pickIndex(whole: TimeIndex, events: readonly KhattEvent[], at: Int32Array): TimeIndex {
  const starts = new Float64Array(at.length);
  const ends = new Float64Array(at.length);
  let longest = 0;
  for (let i = 0; i < at.length; i++) {
    const j = at[i] as number;
    const s = (starts[i] = whole.starts[j] as number);
    const e = (ends[i] = whole.ends[j] as number);
    if (e - s > longest) longest = e - s;
  }
  return { events, starts, ends, longest };
}

/**
 * The instants are computed here, not through eventSpan's cache: a corpus's index is built once,
 * and filling a WeakMap with 100,000 entries on the way to the first view cost more than the
 * arithmetic (eventSpan caches the few that layout asks for, frame after frame).
 */
function buildTimeIndex(input: readonly KhattEvent[]): TimeIndex {
  // The filtered events arrive in the one time order already (byDateThenId); sort only what
  // does not. Starts order as date.start does, so ids are compared only where starts tie.
  let sorted = true;
  for (let i = 1; i < input.length && sorted; i++) {
    sorted = byDateThenId(input[i - 1] as KhattEvent, input[i] as KhattEvent) <= 0;
  }
  const events = sorted ? input : [...input].sort(byDateThenId);
  const starts = new Float64Array(events.length);
  const ends = new Float64Array(events.length);
  let longest = 0;
  events.forEach(({ date }, i) => {
    const s = (starts[i] = utcDay(date.start));
    const e = (ends[i] = utcDay(date.end) + DAY);
    if (e - s > longest) longest = e - s;
  });
  return { events, starts, ends, longest };
}

/** corpusExtent of an index's events, from its instants (no date read again). */
export function indexExtent(index: TimeIndex): Span {
  let hi = -Infinity;
  for (const end of index.ends) if (end > hi) hi = end;
  return extentAround(index.starts[0] ?? Infinity, hi);
}

/** defaultWindow of an index's events: its anchors come sorted, and so does each lane's. */
export function indexFirstWindow(
  index: TimeIndex,
  extent: Span,
  options?: FirstWindowOptions,
): Span {
  const anchors = index.starts.map(anchorFrom);
  const lanes = new Map<string, number[]>();
  index.events.forEach((event, i) => {
    const lane = lanes.get(event.kind);
    if (lane) lane.push(anchors[i] as number);
    else lanes.set(event.kind, [anchors[i] as number]);
  });
  return firstWindow(anchors, [...lanes.values()], extent, options);
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
  const out: KhattEvent[] = [];
  forEachInWindow(index, span, (i) => out.push(index.events[i] as KhattEvent));
  return out;
}

/** How many events overlap `[start, end)` (queryWindow's length, without the array). */
export function countWindow(index: TimeIndex, span: Span): number {
  let n = 0;
  forEachInWindow(index, span, () => n++);
  return n;
}

/** Calls `take` with the position of each event that overlaps `[start, end)`, in start order. */
export function forEachInWindow(index: TimeIndex, span: Span, take: (i: number) => void): void {
  const from = lowerBound(index.starts, span[0] - index.longest);
  const to = lowerBound(index.starts, span[1]);
  for (let i = from; i < to; i++) if ((index.ends[i] ?? 0) > span[0]) take(i);
}

/** The earliest event starting at or after `t`, or null. */
export function firstFrom(index: TimeIndex, t: number): KhattEvent | null {
  return index.events[lowerBound(index.starts, t)] ?? null;
}

/** The latest event starting before `t`, or null. */
export function lastBefore(index: TimeIndex, t: number): KhattEvent | null {
  return index.events[lowerBound(index.starts, t) - 1] ?? null;
}
