import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus, KhattEvent } from '../domain/types';
import { ListView } from '../features/list-view/list-view';
// The timeline is part of the first view's one chunk, imported as it is: a lazy() of a module
// already loaded still suspends once, and React then holds the reveal back for up to 300 ms
// (its fallback throttle) — measured as about 200 ms of idle main thread before the first draw.
// d3's gesture code loads after the first draw (src/ui/first-draw.ts, use-zoom.ts, use-brush.ts).
import { TimelineView } from '../features/timeline-view/timeline-view';
import { EventDetails, SourceReader } from './deferred-panels';
import { ErrorBoundary } from './error-boundary';
import { PanelError } from './panel-error';

/**
 * The parts both layouts (the full page and the embed) share: the view (timeline or list) and
 * the details and article panels, each in an error boundary that retries by itself when another
 * event is selected.
 */
export function EventsView({
  corpus,
  events,
  view,
  eventId,
  wheelNeedsModifier = false,
  compactTimeline = false,
}: {
  corpus: Corpus;
  events: readonly KhattEvent[];
  view: 'timeline' | 'list';
  eventId: string | null;
  /** Zoom by wheel only with Ctrl/⌘ (the embed, inside a host page that scrolls). */
  wheelNeedsModifier?: boolean;
  /** Phones: the list is the layout, with a compact timeline (readout, plot, overview) above it. */
  compactTimeline?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
      {view === 'list' ? (
        <>
          {compactTimeline && (
            <Suspense fallback={<p className="loading">{t('loading')}</p>}>
              <TimelineView corpus={corpus} events={events} compact />
            </Suspense>
          )}
          <ListView events={events} />
        </>
      ) : (
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <TimelineView corpus={corpus} events={events} wheelNeedsModifier={wheelNeedsModifier} />
        </Suspense>
      )}
    </ErrorBoundary>
  );
}

/** The selected event's details and the open article, beside (or above) the view. */
export function SidePanels({
  corpus,
  selected,
  events,
  article,
}: {
  corpus: Corpus;
  selected: KhattEvent | null;
  events: readonly KhattEvent[];
  article: string | null;
}) {
  const eventId = selected?.id ?? null;
  return (
    <>
      {selected && (
        <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
          <Suspense fallback={null}>
            <EventDetails corpus={corpus} event={selected} events={events} />
          </Suspense>
        </ErrorBoundary>
      )}
      {article && (
        <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
          <Suspense fallback={null}>
            <SourceReader corpus={corpus} article={article} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
