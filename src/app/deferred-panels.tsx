import { lazy, useEffect } from 'react';
import type { ViewState } from '../domain/view-state';
import { loadExport } from '../features/export/load-export';
import { deferredModule, whenIdle } from '../ui/deferred';
import { afterFirstDraw } from '../ui/first-draw';

/**
 * The panels the first view does not show: the event details and the article reader load on
 * their own, after the first draw (at idle) or at once when the opening link selects an event
 * or opens an article — never as a second step after the main chunk has run.
 */
const loadDetails = deferredModule(() => import('../features/event-details/event-details'));
const loadReader = deferredModule(() => import('../features/source-reader/source-reader'));

export const EventDetails = lazy(() => loadDetails().then((m) => ({ default: m.EventDetails })));
export const SourceReader = lazy(() => loadReader().then((m) => ({ default: m.SourceReader })));

/** At start: fetch the panels the opening link shows now, alongside the corpus. */
export function preloadOpeningPanels(state: Pick<ViewState, 'event' | 'article'>): void {
  if (state.event !== null) void loadDetails().catch(() => undefined);
  if (state.article !== null) void loadReader().catch(() => undefined);
}

/**
 * Once the first view is drawn, fetch the rest at idle, so a first click
 * on an event, an excerpt or Download does not wait for it.
 */
export function usePreloadAfterFirstView(ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    void afterFirstDraw().then(() =>
      whenIdle(() => {
        for (const load of [loadDetails, loadReader, loadExport])
          void load().catch(() => undefined);
      }),
    );
  }, [ready]);
}
