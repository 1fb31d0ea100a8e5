import { useMemo } from 'react';
import { useSyncExternalStoreWithSelector } from 'use-sync-external-store/shim/with-selector';
import { appRootPath, eventFromPath } from '../domain/entry-paths';
import { CLEARED_FILTERS, type FilterState } from '../domain/filter';
import { queryTerms } from '../domain/search-normalize';
import type { Lang } from '../domain/types';
import { parseViewState, serializeViewState, type Ignored } from '../domain/url-codec';
import { DEFAULT_VIEW_STATE, type ViewState } from '../domain/view-state';

/**
 * The view state's one front door. The URL is its only owner; this module is the only code
 * that reads or writes history/location. It does nothing at import time: `startViewStore` (from
 * main.tsx) reads the opening link and listens for Back/Forward. Components subscribe to the
 * fields they use (`useView(select, isEqual)`) and change them through named actions.
 */
interface Snapshot {
  state: ViewState;
  /** What the last link opened from outside (load, Back/Forward) contained but could not use. */
  ignored: readonly Ignored[];
  /** Bumped whenever a link is opened from outside (load, Back/Forward), never by our writes. */
  link: number;
}

type WindowValue = ViewState['window'];
type Reveal = (eventId: string) => WindowValue | undefined;
type Fit = (next: ViewState) => WindowValue | undefined;

const listeners = new Set<() => void>();
let snapshot: Snapshot = { state: DEFAULT_VIEW_STATE, ignored: [], link: 0 };
let started = false;
let reveal: Reveal | null = null;
let fit: Fit | null = null;
let onLanguage: (lang: Lang) => void = () => {};

function emit(): void {
  for (const listener of listeners) listener();
}

/** Sets the snapshot, applying a language change before anyone renders with it. */
function commit(next: Snapshot): void {
  if (next.state.lang !== snapshot.state.lang || !started) onLanguage(next.state.lang);
  snapshot = next;
  emit();
}

function readLink(): Snapshot {
  const { state, ignored } = parseViewState(window.location.search);
  return { state, ignored, link: snapshot.link + 1 };
}

/**
 * Per-event entries (/e/<id>/, /en/e/<id>/) load this same app so that a pasted link gets its
 * own preview; the path names the event (and the language), the query the rest. They are folded
 * into the query at the app root once, at start, so the query stays the one owner of the state;
 * an explicit `event` or `lang` in the query wins.
 */
function foldEntryPath(): boolean {
  const entry = eventFromPath(window.location.pathname);
  if (!entry) return false;
  const params = new URLSearchParams(window.location.search);
  if (!params.has('event')) params.set('event', entry.event);
  if (entry.lang && !params.has('lang')) params.set('lang', entry.lang);
  const root = appRootPath(window.location.pathname).replace(/^\/+/, '/');
  window.history.replaceState(null, '', `${root}?${params.toString()}${window.location.hash}`);
  return true;
}

function onPopState(): void {
  commit(readLink());
}

/** The address for a state: this page's path, the canonical query, the fragment kept. */
function urlFor(state: ViewState): string {
  // `//index.html` would make the URL protocol-relative (another host): keep one leading slash.
  const path = window.location.pathname.replace(/^\/+/, '/');
  return `${path}${serializeViewState(state)}${window.location.hash}`;
}

function write(next: ViewState, mode: 'push' | 'replace', ignored = snapshot.ignored): void {
  const url = urlFor(next);
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (url !== current) {
    if (mode === 'replace') window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  if (next === snapshot.state && ignored === snapshot.ignored) return;
  commit({ state: next, ignored, link: snapshot.link });
}

/** A discrete step (Back undoes it); it also retires the notice about the opening link. */
function push(patch: Partial<ViewState>): void {
  write({ ...snapshot.state, ...patch }, 'push', []);
}

/**
 * Reads the opening link, rewrites it to canonical form when parts were unusable, and follows
 * Back/Forward. `applyLanguage` is called with the link's language before the first render and
 * on every change, so i18next and the state never disagree. Returns a stop function (tests).
 */
export function startViewStore(options: { applyLanguage?: (lang: Lang) => void } = {}): () => void {
  onLanguage = options.applyLanguage ?? (() => {});
  started = false;
  const folded = foldEntryPath();
  commit(readLink());
  started = true;
  if (snapshot.ignored.length > 0 || folded) write(snapshot.state, 'replace');
  window.addEventListener('popstate', onPopState);
  return () => {
    window.removeEventListener('popstate', onPopState);
    listeners.clear();
    reveal = null;
    fit = null;
  };
}

/** The app root as an absolute URL (ending in `/`), also from the embed: where shared links point. */
export function appRootUrl(): string {
  return new URL(appRootPath(window.location.pathname), window.location.href).href;
}

/** The current view state. */
export function getView(): ViewState {
  return snapshot.state;
}

export function subscribeView(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getSnapshot = () => snapshot;

/**
 * The part of the view state a component uses; it re-renders only when that part changes
 * (by `isEqual`, `Object.is` unless given — pass `shallowEqual` for arrays and objects).
 */
export function useView<T>(
  select: (state: ViewState) => T,
  isEqual: (a: T, b: T) => boolean = Object.is,
): T {
  return useSyncExternalStoreWithSelector(
    subscribeView,
    getSnapshot,
    getSnapshot,
    (s) => select(s.state),
    isEqual,
  );
}

/** What the opening link held that could not be used, and a counter of links opened. */
export function useOpenedLink(): { ignored: readonly Ignored[]; link: number } {
  return useSyncExternalStoreWithSelector(
    subscribeView,
    getSnapshot,
    getSnapshot,
    (s) => ({ ignored: s.ignored, link: s.link }),
    (a, b) => a.ignored === b.ignored && a.link === b.link,
  );
}

/** Equal when both are the same, or arrays/objects whose own entries are `Object.is`-equal. */
export function shallowEqual<T>(a: T, b: T): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every(
    (k) =>
      Object.prototype.hasOwnProperty.call(b, k) &&
      Object.is((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
  );
}

/** The filter fields, for `useView(selectFilters, shallowEqual)`. */
export const selectFilters = (s: ViewState): FilterState => ({
  actors: s.actors,
  match: s.match,
  kinds: s.kinds,
  subtypes: s.subtypes,
  source: s.source,
  from: s.from,
  to: s.to,
  q: s.q,
});

/**
 * The timeline's viewport registers the one "bring into view" rule while it is mounted: when an
 * event is selected, the window it returns goes into the same history entry as the selection.
 */
export function registerReveal(rule: Reveal): () => void {
  reveal = rule;
  return () => {
    if (reveal === rule) reveal = null;
  };
}

/**
 * The timeline's viewport registers the one "bring the results to the user" rule while it is
 * mounted: when the filters change, the window it returns (the shown events, when none of them
 * is in the window) goes into the same history entry as the filters.
 */
export function registerFit(rule: Fit): () => void {
  fit = rule;
  return () => {
    if (fit === rule) fit = null;
  };
}

/** The filters patched, with the window that shows their results when the rule moves it. */
function withFit(patch: Partial<ViewState>): ViewState {
  const next = { ...snapshot.state, ...patch };
  const window = fit?.(next);
  return window === undefined ? next : { ...next, window };
}

/** The named ways the view changes. Each is stable (module functions), so no prop drilling. */
export const viewActions = {
  /**
   * Opens an event's details (null closes them), bringing it into the timeline's window;
   * `excerpt` marks one of its passages in the open article (see domain/excerpt-id.ts).
   */
  selectEvent(id: string | null, options: { excerpt?: string } = {}): void {
    const excerpt = options.excerpt ?? null;
    if (id === snapshot.state.event && excerpt === snapshot.state.excerpt) return;
    const window = id === null ? undefined : reveal?.(id);
    push(window === undefined ? { event: id, excerpt } : { event: id, excerpt, window });
  },
  /**
   * Narrows the events: one history entry per change, or (`replace`) a correction of the last
   * one, as a typing session of the search box does after its first write. When the results lie
   * outside the timeline's window, the window that shows them goes into the same entry.
   */
  setFilters(patch: Partial<FilterState>, options: { replace?: boolean } = {}): void {
    const next = withFit(patch);
    if (options.replace) write(next, 'replace');
    else write(next, 'push', []);
  },
  clearFilters(): void {
    write(withFit(CLEARED_FILTERS), 'push', []);
  },
  /**
   * Opens an article in the reader (null closes it), optionally with one of its events selected
   * or one passage of the selected event marked (`excerpt`, an excerpt id of that event).
   */
  openArticle(id: string | null, options: { event?: string; excerpt?: string } = {}): void {
    const excerpt = id === null ? null : (options.excerpt ?? null);
    push(
      options.event === undefined
        ? { article: id, excerpt }
        : { article: id, event: options.event, excerpt },
    );
  },
  setLanguage(lang: Lang): void {
    push({ lang });
  },
  setView(view: ViewState['view']): void {
    push({ view });
  },
  /** Keeps a zoomed window (whole days; null = the first view). Replaces: zooming adds no entry. */
  commitWindow(window: WindowValue): void {
    write({ ...snapshot.state, window }, 'replace');
  },
  /** Drops what the opened link named but this corpus lacks, canonicalises the URL, says so. */
  ignoreFromLink(next: ViewState, more: readonly Ignored[]): void {
    write(next, 'replace', [...snapshot.ignored, ...more]);
  },
  /** Hides the notice about ignored link parts. */
  dismissIgnored(): void {
    commit({ ...snapshot, ignored: [] });
  },
} as const;

/** The search's terms (for highlighting matches), stable while the query stands. */
export function useSearchTerms(): readonly string[] {
  const q = useView((s) => s.q);
  return useMemo(() => queryTerms(q), [q]);
}
