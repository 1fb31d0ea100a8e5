import { bisectLeft } from 'd3-array';
import { dayStartMs } from '../domain/iso-day';
import type { IsoDay, KhattEvent } from '../domain/types';

/**
 * Time windows as plain numbers: `[start, end)` in epoch milliseconds (UTC). Every corpus date
 * is a UTC calendar day, so a day `d` covers `[utc(d), utc(d) + DAY)` and no time zone shifts it.
 */
export type Span = readonly [start: number, end: number];

export const DAY = 86_400_000;

/** The narrowest window the timeline zooms to. */
export const MIN_SPAN = 3 * DAY;

/** Midnight UTC at the start of an ISO day (the one calendar arithmetic: domain/iso-day.ts). */
export const utcDay: (iso: IsoDay) => number = dayStartMs;

/** The ISO day containing an instant. */
export function isoDay(ms: number): IsoDay {
  return new Date(ms).toISOString().slice(0, 10);
}

const spans = new WeakMap<KhattEvent, Span>();

/**
 * The instants an event's date covers: its first day's midnight to the midnight after its last.
 * Cached per event object: layout asks for it on every frame of a zoom.
 */
export function eventSpan(event: KhattEvent): Span {
  let span = spans.get(event);
  if (!span) {
    span = [utcDay(event.date.start), utcDay(event.date.end) + DAY];
    spans.set(event, span);
  }
  return span;
}

/** Where a point mark sits: noon of its (first) day, so it is centred in its day on the axis. */
export function eventAnchor(event: KhattEvent): number {
  return anchorFrom(eventSpan(event)[0]);
}

/** The anchor of an event that starts at `start` (a time index's `starts`): see eventAnchor. */
export function anchorFrom(start: number): number {
  return start + DAY / 2;
}

/** Whether an event covers more than one day (month or year precision, or a range). */
export function isSpanEvent(event: KhattEvent): boolean {
  return event.date.start !== event.date.end;
}

/** The URL's inclusive ISO-day window as a span. */
export function spanFromView(window: { start: IsoDay; end: IsoDay }): Span {
  return [utcDay(window.start), utcDay(window.end) + DAY];
}

/** A span rounded to whole days for the URL (inclusive ISO days, start before end). */
export function viewFromSpan(span: Span): { start: IsoDay; end: IsoDay } {
  const start = Math.round(span[0] / DAY) * DAY;
  const end = Math.max(start + 2 * DAY, Math.round(span[1] / DAY) * DAY);
  return { start: isoDay(start), end: isoDay(end - DAY) };
}

/**
 * The days a window shows, as its readout writes them and its link keeps them: the midnight of
 * its first day and of its last (inclusive). One rule for both (`viewFromSpan`), so a header that
 * says "7 Aug" never copies as a link to "6 Aug": a day counts when most of it is in the window.
 */
export function shownDays(span: Span): Span {
  const { start, end } = viewFromSpan(span);
  return [utcDay(start), utcDay(end)];
}

export const spanWidth = (span: Span): number => span[1] - span[0];

/** The whole corpus with a margin on both sides, so the first and last marks are not cut. */
export function corpusExtent(events: readonly KhattEvent[]): Span {
  let lo = Infinity;
  let hi = -Infinity;
  for (const event of events) {
    const [s, e] = eventSpan(event);
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  return extentAround(lo, hi);
}

/** corpusExtent of events from `lo` to `hi` (none: lo is Infinity). */
export function extentAround(lo: number, hi: number): Span {
  if (lo === Infinity) return [Date.UTC(2020, 0, 1), Date.UTC(2022, 0, 1)];
  const margin = Math.max(30 * DAY, (hi - lo) * 0.03);
  return [lo - margin, hi + margin];
}

/**
 * Keeps a window inside the extent: no narrower than `min`, no wider than the extent, shifted
 * (not shrunk) back inside when it sticks out.
 */
export function clampWindow(span: Span, extent: Span, min = MIN_SPAN): Span {
  const w = Math.min(Math.max(spanWidth(span), min), spanWidth(extent));
  const centre = (span[0] + span[1]) / 2;
  let start = centre - w / 2;
  start = Math.min(Math.max(start, extent[0]), extent[1] - w);
  return [start, start + w];
}

/** The window `factor` times narrower (factor > 1 zooms in), keeping `at` where it is on screen. */
export function zoomWindow(span: Span, factor: number, at = (span[0] + span[1]) / 2): Span {
  return [at - (at - span[0]) / factor, at + (span[1] - at) / factor];
}

/**
 * Where the zoom buttons zoom around: the selected event when it is in view, else the median
 * instant of the events in view (so "zoom in" goes towards the story, not to the middle of an
 * empty stretch), else the window's centre. `anchors` are the drawn events' instants, sorted.
 */
export function zoomFocus(span: Span, anchors: ArrayLike<number>, selected?: number): number {
  if (selected !== undefined && selected >= span[0] && selected < span[1]) return selected;
  const lo = bisectLeft(anchors, span[0]);
  const hi = bisectLeft(anchors, span[1]);
  if (hi === lo) return (span[0] + span[1]) / 2;
  return anchors[(lo + hi - 1) >> 1] ?? (span[0] + span[1]) / 2;
}

/**
 * The zoom buttons' window: `factor` times narrower around `focus` (it keeps its place on
 * screen), then shifted — never resized — as little as it takes to keep every event that was in
 * view still in view (4 % in from the edges) when they fit; when they do not, the events within
 * half the new width of the focus, so a zoom keeps the story around it rather than cutting it.
 */
export function zoomAround(
  span: Span,
  factor: number,
  anchors: ArrayLike<number>,
  focus: number,
): Span {
  const next = zoomWindow(span, factor, focus);
  const inner = spanWidth(next) * REVEAL_MARGIN;
  const room = spanWidth(next) - 2 * inner;
  let lo = anchors[bisectLeft(anchors, span[0])];
  let hi = anchors[bisectLeft(anchors, span[1]) - 1];
  if (factor <= 1 || lo === undefined || hi === undefined || hi < lo) return next;
  if (hi - lo > room) {
    lo = anchors[bisectLeft(anchors, Math.max(span[0], focus - room / 2))] ?? focus;
    hi = anchors[bisectLeft(anchors, Math.min(span[1], focus + room / 2)) - 1] ?? focus;
  }
  const shift = Math.max(0, hi + inner - next[1]) + Math.min(0, lo - inner - next[0]);
  return [next[0] + shift, next[1] + shift];
}

/** The same width centred on an instant. */
export function centreOn(span: Span, at: number): Span {
  const half = spanWidth(span) / 2;
  return [at - half, at + half];
}

/** How far inside the window's edges an instant must be to count as in view: 4 % of its width. */
export const REVEAL_MARGIN = 0.04;

/**
 * The one "bring into view" rule (selection, N/P, the reader, the keyboard): an instant within
 * `margin` of the window's width from either edge, or outside it, gets the same-width window
 * centred on it; an instant comfortably inside needs nothing (undefined).
 */
export function revealSpan(span: Span, at: number, margin = REVEAL_MARGIN): Span | undefined {
  const inner = spanWidth(span) * margin;
  return at < span[0] + inner || at > span[1] - inner ? centreOn(span, at) : undefined;
}

/** A window showing `[start, end)` with a margin of `ratio` of its width on each side. */
export function padSpan(span: Span, ratio = 0.1, min = MIN_SPAN): Span {
  const w = Math.max(spanWidth(span) * (1 + 2 * ratio), min);
  return centreOn([0, w], (span[0] + span[1]) / 2);
}

/**
 * The window that shows these events (a search's or a filter's results): from the first one's
 * start to the last one's end, with a margin; undefined for none.
 */
export function fitSpan(events: readonly KhattEvent[], margin = 0.08): Span | undefined {
  if (events.length === 0) return undefined;
  let lo = Infinity;
  let hi = -Infinity;
  for (const event of events) {
    const [s, e] = eventSpan(event);
    if (s < lo) lo = s;
    if (e > hi) hi = e;
  }
  return padSpan([lo, hi], margin);
}

/** Whether any of these events is drawn inside the window (a span event: overlaps it). */
export function anyInView(events: readonly KhattEvent[], span: Span): boolean {
  return events.some((event) => {
    if (!isSpanEvent(event)) {
      const at = eventAnchor(event);
      return at >= span[0] && at < span[1];
    }
    const [s, e] = eventSpan(event);
    return e > span[0] && s < span[1];
  });
}

/**
 * The first view: the busiest period, shown legibly. Candidates are the shortest stretches of
 * time holding 80 %, 75 % … 30 % of the events (by anchor day), each with a margin; the first
 * whose events are spread thinly enough to draw as marks wins — in no twelfth of it does one
 * kind (one lane) have more than `perSlot` events. Failing that, the least crowded candidate
 * if it can still be drawn as marks (up to three times as crowded). Quiet years and the odd
 * background event stay outside, and a dense fortnight opens as marks rather than as one crushed
 * cluster. A huge corpus, legible nowhere, opens on the 80 % stretch, drawn as density.
 */
export function defaultWindow(
  events: readonly KhattEvent[],
  extent: Span,
  options?: FirstWindowOptions,
): Span {
  const anchors = Float64Array.from(events, eventAnchor).sort();
  const lanes = new Map<string, number[]>();
  for (const event of events) {
    // Push in place: copying the lane per event made this quadratic (8 s at 100,000 events).
    const lane = lanes.get(event.kind);
    if (lane) lane.push(eventAnchor(event));
    else lanes.set(event.kind, [eventAnchor(event)]);
  }
  for (const lane of lanes.values()) lane.sort((a, b) => a - b);
  return firstWindow(anchors, [...lanes.values()], extent, options);
}

export interface FirstWindowOptions {
  margin?: number;
  min?: number;
  slots?: number;
  perSlot?: number;
}

/**
 * defaultWindow from the anchors already sorted, all of them and lane by lane: a time index has
 * them in that order (window-query.ts `indexFirstWindow`), so the first view sorts nothing.
 */
export function firstWindow(
  anchors: ArrayLike<number>,
  lanes: readonly ArrayLike<number>[],
  extent: Span,
  { margin = 0.08, min = 14 * DAY, slots = 12, perSlot = 4 }: FirstWindowOptions = {},
): Span {
  if (anchors.length === 0) return extent;
  const candidates: Span[] = [];
  for (let coverage = 0.8; coverage > 0.29; coverage -= 0.05) {
    const [lo, hi] = shortestHolding(anchors, Math.max(1, Math.ceil(anchors.length * coverage)));
    candidates.push(clampWindow(padSpan([lo - DAY / 2, hi + DAY / 2], margin, min), extent));
  }
  const scores = candidates.map((w) =>
    Math.max(...lanes.map((lane) => crowding(lane, spanWidth(w) / slots, w))),
  );
  const legible = scores.findIndex((score) => score <= perSlot);
  const least = scores.indexOf(Math.min(...scores));
  const pick = legible >= 0 ? legible : (scores[least] ?? Infinity) <= 3 * perSlot ? least : 0;
  return candidates[pick] ?? extent;
}

/** The shortest `[first, last]` anchor pair that holds `need` consecutive sorted anchors. */
function shortestHolding(anchors: ArrayLike<number>, need: number): Span {
  let best: Span = [anchors[0] ?? 0, anchors[anchors.length - 1] ?? 0];
  for (let i = 0; i + need - 1 < anchors.length; i++) {
    const lo = anchors[i] ?? 0;
    const hi = anchors[i + need - 1] ?? 0;
    if (hi - lo < spanWidth(best)) best = [lo, hi];
  }
  return best;
}

/** The most anchors inside `window` that any stretch of `slot` ms holds. */
function crowding(anchors: ArrayLike<number>, slot: number, window: Span): number {
  let most = 0;
  let j = 0;
  for (let i = 0; i < anchors.length; i++) {
    const a = anchors[i] ?? 0;
    if (a < window[0] || a >= window[1]) continue;
    j = Math.max(j, i);
    while (j + 1 < anchors.length && (anchors[j + 1] ?? 0) < a + slot) j++;
    most = Math.max(most, j - i + 1);
  }
  return most;
}
