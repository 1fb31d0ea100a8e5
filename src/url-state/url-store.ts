import { useSyncExternalStore } from 'react';
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

/** Writes a new state: pushState for discrete steps (Back works), replaceState while zooming. */
export function navigate(next: ViewState, options: { replace?: boolean } = {}): void {
  const url = `${window.location.pathname}${serializeViewState(next)}${window.location.hash}`;
  if (url === `${window.location.pathname}${window.location.search}${window.location.hash}`) return;
  if (options.replace) window.history.replaceState(null, '', url);
  else window.history.pushState(null, '', url);
  snapshot = { state: next, ignored: [] };
  emit();
}

/** Rewrites the address bar to the canonical form of the current state (no new entry). */
export function canonicalize(): void {
  navigate(snapshot.state, { replace: true });
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
