import { useSyncExternalStore } from 'react';
import { appRootPath, eventFromPath } from '../domain/entry-paths';
import { parseViewState, serializeViewState, type Ignored } from '../domain/url-codec';
import type { ViewState } from '../domain/view-state';

/**
 * The only code that touches history/location. The URL is the single owner of the view
 * state; React reads it through useSyncExternalStore.
 */
interface Snapshot {
  state: ViewState;
  /** What the last link opened from outside (load, Back/Forward) contained but could not use. */
  ignored: Ignored[];
}

const listeners = new Set<() => void>();

// ── Per-event entries (/e/<id>/, /en/e/<id>/) — port this block into the view store. ──
// They load this same app for the link preview's sake; the path names the event (and the
// language), the query the rest. Folding them into the query at the app root, once at load,
// leaves the query the one owner of the state; an explicit `event` or `lang` in it wins.
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
const folded = foldEntryPath();
// ── end of the per-event entry block ──

let snapshot: Snapshot = read();

function read(): Snapshot {
  const { state, ignored } = parseViewState(window.location.search);
  return { state, ignored };
}

function emit() {
  for (const listener of listeners) listener();
}

function onPopState() {
  snapshot = read();
  emit();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('popstate', onPopState);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', onPopState);
  };
}

/**
 * Writes a new state: pushState for discrete steps (Back works), replaceState while zooming or
 * canonicalising. A discrete step also retires the notice about what an opened link ignored.
 */
export function navigate(next: ViewState, options: { replace?: boolean } = {}): void {
  // `//index.html` would make the URL protocol-relative (another host): keep one leading slash.
  const path = window.location.pathname.replace(/^\/+/, '/');
  const url = `${path}${serializeViewState(next)}${window.location.hash}`;
  const current = `${window.location.pathname}${window.location.search}${window.location.hash}`;
  if (url !== current) {
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  const ignored = options.replace ? snapshot.ignored : [];
  if (url === current && ignored === snapshot.ignored && next === snapshot.state) return;
  snapshot = { state: next, ignored };
  emit();
}

/** Drops what the link named but this corpus lacks, canonicalises the URL, and says so. */
export function ignoreFromLink(next: ViewState, more: Ignored[]): void {
  snapshot = { ...snapshot, ignored: [...snapshot.ignored, ...more] };
  navigate(next, { replace: true });
}

/** Hides the notice about ignored link parts. */
export function dismissIgnored(): void {
  snapshot = { ...snapshot, ignored: [] };
  emit();
}

// An opened link with unusable parts (or a folded entry path) is rewritten to its canonical form.
if (snapshot.ignored.length > 0 || folded) navigate(snapshot.state, { replace: true });

/** The app root as an absolute URL (ending in `/`), also from the embed: where shared links point. */
export function appRootUrl(): string {
  return new URL(appRootPath(window.location.pathname), window.location.href).href;
}

export function getSnapshot(): Snapshot {
  return snapshot;
}

/** The current view state and what the opening link asked for that was ignored. */
export function useUrlSnapshot(): Snapshot {
  return useSyncExternalStore(subscribe, getSnapshot);
}

/** The current view state plus an updater that merges a patch into it. */
export function useViewState(): [
  ViewState,
  (patch: Partial<ViewState>, options?: { replace?: boolean }) => void,
] {
  const { state } = useUrlSnapshot();
  return [state, (patch, options) => navigate({ ...getSnapshot().state, ...patch }, options)];
}
