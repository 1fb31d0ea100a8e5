import type { FilterState } from '../../domain/filter';
import type { KhattEvent } from '../../domain/types';
import type { ViewState } from '../../domain/view-state';
import { throttle } from '../../timeline/throttle';
import {
  anchorFrom,
  anyInView,
  clampWindow,
  eventAnchor,
  fitSpan,
  revealSpan,
  spanFromView,
  viewFromSpan,
  zoomAround,
  zoomFocus,
  zoomWindow,
  type Span,
} from '../../timeline/time-window';
import {
  createTimeIndex,
  indexExtent,
  indexFirstWindow,
  type TimeIndex,
} from '../../timeline/window-query';
import {
  getView,
  registerFit,
  registerReveal,
  subscribeView,
  viewActions,
} from '../../url-state/view-store';

type UrlWindow = ViewState['window'];

/**
 * The one owner of the time window on screen. The URL holds the kept window (whole days); this
 * holds the exact window being drawn, outside React, as two small external stores:
 * - `span`, the window on screen now — every gesture step; only the plot subscribes to it;
 * - `settled`, the window as last kept — the toolbar's readout and the overview's brush.
 * Keeping a window writes it to the URL through `viewActions.commitWindow`, at most once per
 * `commitMs` (the last one always arrives). When the URL's window changes to anything other than
 * what this module wrote (Back, a deep link), the URL wins and a pending write is dropped.
 * "Bring into view" has one rule (`revealSpan`), used for selection (registered with the store,
 * so the window goes into the same history entry as the selection) and for the keyboard.
 */
export interface Viewport {
  /** The whole corpus with a margin: the zoom's limits. */
  readonly extent: Span;
  /** The window on screen now. */
  getSpan(): Span;
  subscribe(listener: () => void): () => void;
  /** Whether the window on screen is a gesture's step (preview) rather than a kept one. */
  inGesture(): boolean;
  /** The window as last kept (committed, or opened from the URL). */
  getSettled(): Span;
  subscribeSettled(listener: () => void): () => void;
  /** A gesture step: draw this window without touching the URL. */
  preview(span: Span): void;
  /** Keep this window (null: the first view): draw it and write it to the URL (throttled). */
  show(span: Span | null): void;
  /**
   * Zoom `factor` times in (< 1 out) around the instant `at`; without one (the buttons), around
   * the events in view by `zoomFocus`/`zoomAround`, so they stay in view.
   */
  zoom(factor: number, at?: number): void;
  /** Keep the window that shows the filtered events (the whole extent when there are none). */
  fitResults(): void;
  /** The keyboard reached an instant: bring it into view by the one rule. */
  bringIntoView(at: number): void;
  /** The events the timeline draws (the filtered set), for selection to reveal. */
  setEvents(events: readonly KhattEvent[]): void;
  /** Follows the URL and registers the reveal rule; returns the stop (which flushes a pending write). */
  start(): () => void;
}

export interface ViewportOptions {
  /** The throttle between two URL writes. */
  commitMs?: number;
  /** The throttle's clock (tests). */
  now?: () => number;
  /** The events a filter state shows: lets a filter change bring its results into view. */
  filter?: (state: FilterState) => readonly KhattEvent[];
}

const COMMIT_MS = 250;

const idMap = (events: readonly KhattEvent[]) => new Map(events.map((e) => [e.id, e]));

const keyOf = (window: UrlWindow) => (window ? `${window.start}..${window.end}` : '');

/** A small external store: a value and the listeners to tell when it changes. */
function cell<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    set(next: T) {
      if (Object.is(next, value)) return;
      value = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * The viewport of a corpus, from the time index of all its events (in time order): the extent
 * and the first view are read from its instants, so opening a big corpus parses no date again.
 */
export function createViewport(
  corpus: TimeIndex,
  { commitMs = COMMIT_MS, now, filter }: ViewportOptions = {},
): Viewport {
  const extent = indexExtent(corpus);
  const first = indexFirstWindow(corpus, extent);
  let corpusById: Map<string, KhattEvent> | null = null; // only a link to an event needs it
  /**
   * The window a link stands for: its own, else the first view — moved by the one rule to the
   * link's event, so a link to an event without a window opens with that event in view.
   */
  const fromUrl = (window: UrlWindow, eventId: string | null): Span => {
    if (window) return clampWindow(spanFromView(window), extent);
    const event = eventId === null ? undefined : (corpusById ??= idMap(corpus.events)).get(eventId);
    const moved = event && revealSpan(first, eventAnchor(event));
    return moved ? clampWindow(moved, extent) : first;
  };

  let urlKey = keyOf(getView().window);
  const span = cell(fromUrl(getView().window, getView().event));
  const settled = cell(span.get());
  /** What this module last asked the URL to hold, with the exact window it stands for. */
  let written: { key: string; span: Span } | null = null;
  let byId: Map<string, KhattEvent> | null = null;
  let events: readonly KhattEvent[] = [];
  let previewing = false;
  /** The drawn events' instants (eventAnchor), ascending. */
  let anchors: Float64Array | null = null;

  const commit = throttle<UrlWindow>((window) => viewActions.commitWindow(window), commitMs, now);

  /** The window to keep, clamped, and what the URL will say for it. */
  const keep = (next: Span | null) => {
    const exact = next ? clampWindow(next, extent) : first;
    const window = next ? viewFromSpan(exact) : null;
    written = { key: keyOf(window), span: exact };
    previewing = false;
    span.set(exact);
    return window;
  };

  const onUrl = () => {
    const window = getView().window;
    const key = keyOf(window);
    if (key === urlKey) return; // another field changed (a filter, the selection)
    urlKey = key;
    if (written?.key === key) {
      // Our own write arrived: the exact window stays on screen (the URL only has whole days).
      settled.set(written.span);
      return;
    }
    // Back, Forward or a link: the URL wins, and a write still pending would undo it.
    commit.cancel();
    written = null;
    const next = fromUrl(window, getView().event);
    previewing = false;
    span.set(next);
    settled.set(next);
  };

  /** The selection's window (undefined: leave the URL's as it is), for the same history entry. */
  const reveal = (eventId: string): UrlWindow | undefined => {
    const event = (byId ??= idMap(events)).get(eventId);
    const moved = event && revealSpan(span.get(), eventAnchor(event));
    const pending = written && written.key !== urlKey;
    if (!moved && !pending) return undefined;
    // The selection's history entry carries the window on screen; nothing is left to write.
    commit.cancel();
    return moved ? keep(moved) : keep(span.get());
  };

  /** A filter change's window: its results' when none of them is in the window on screen. */
  const fit = (next: ViewState): UrlWindow | undefined => {
    const shown = filter?.(next);
    const fitted = shown && !anyInView(shown, span.get()) ? fitSpan(shown) : undefined;
    if (!fitted) return undefined;
    commit.cancel();
    return keep(fitted);
  };

  const show = (next: Span | null) => {
    const window = keep(next);
    if (keyOf(window) !== urlKey) return commit.call(window);
    // The URL already says this (the same whole days): nothing to write, the window is kept.
    commit.cancel();
    settled.set(span.get());
  };

  return {
    extent,
    getSpan: span.get,
    subscribe: span.subscribe,
    getSettled: settled.get,
    subscribeSettled: settled.subscribe,
    inGesture: () => previewing,
    preview(next) {
      previewing = true;
      span.set(clampWindow(next, extent));
    },
    show,
    zoom(factor, at) {
      const now = span.get();
      if (at !== undefined) return show(zoomWindow(now, factor, at));
      // The index is in time order and kept per array (TimelineView built it): no sort here.
      anchors ??= createTimeIndex(events).starts.map(anchorFrom);
      const id = getView().event;
      const selected = id === null ? undefined : (byId ??= idMap(events)).get(id);
      const focus = zoomFocus(now, anchors, selected && eventAnchor(selected));
      show(zoomAround(now, factor, anchors, focus));
    },
    fitResults: () => show(fitSpan(events) ?? extent),
    bringIntoView(at) {
      const moved = revealSpan(span.get(), at);
      if (moved) show(moved);
    },
    setEvents(next) {
      events = next;
      byId = null;
      anchors = null;
    },
    start() {
      onUrl();
      const stopUrl = subscribeView(onUrl);
      const stopReveal = registerReveal(reveal);
      const stopFit = registerFit(fit);
      return () => {
        stopFit();
        stopReveal();
        stopUrl();
        commit.flush();
      };
    },
  };
}
