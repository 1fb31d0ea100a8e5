import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../api/corpus';
import { filterEvents } from '../domain/filter';
import { EventDetails } from '../features/event-details/event-details';
import { FiltersPanel } from '../features/filters/filters-panel';
import { ListView } from '../features/list-view/list-view';
import { PrintList } from '../features/print/print-list';
import { SourceReader } from '../features/source-reader/source-reader';
import { NARROW_SCREEN, useMediaQuery } from '../ui/use-media-query';
import { selectFilters, shallowEqual, useView } from '../url-state/view-store';
import { AppHeader } from './app-header';
import { CorpusError } from './corpus-error';
import { useDocumentTitle } from './use-document-title';
import { ErrorBoundary } from './error-boundary';
import { LinkNotice } from './link-notice';
import { SkipLinks } from './skip-links';
import { PanelError } from './panel-error';

// The timeline (and d3's gesture code) loads on demand: phones show the list and never need it.
const TimelineView = lazy(() =>
  import('../features/timeline-view/timeline-view').then((m) => ({ default: m.TimelineView })),
);

/** The page layout: header, filters, the timeline or list, and the details/article panels. */
export function Shell() {
  const { t } = useTranslation();
  const corpus = useQuery(corpusQuery);
  const filters = useView(selectFilters, shallowEqual);
  const eventId = useView((s) => s.event);
  const article = useView((s) => s.article);
  // On a phone the list is the layout: a time axis needs more room than 40rem gives it.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const chosenView = useView((s) => s.view);
  const view = narrow ? 'list' : chosenView;

  // Keyed on the filter fields only: a zoom commit or a selection does not re-filter.
  const filtered = useMemo(
    () => (corpus.data ? filterEvents(corpus.data, filters) : []),
    [corpus.data, filters],
  );
  const byId = useMemo(
    () => new Map(corpus.data?.events.map((e) => [e.id, e]) ?? []),
    [corpus.data],
  );
  const selected = (eventId !== null && byId.get(eventId)) || null;
  const lang = useView((s) => s.lang);
  useDocumentTitle(selected ? selected.title[lang] : null);

  return (
    <div className="shell">
      <SkipLinks />
      <AppHeader
        shown={filtered.length}
        total={corpus.data?.events.length ?? null}
        viewSwitch={!narrow}
      />
      {corpus.data && <LinkNotice corpus={corpus.data} />}
      {/* Said politely once per selection, so a screen reader hears what opened without a move
          of focus (selecting never moves focus into the details). */}
      <p className="visually-hidden" role="status">
        {selected ? t('detailsOpened', { title: selected.title[lang] }) : ''}
      </p>
      <div className={`workspace${selected || article ? ' workspace--panel' : ''}`}>
        <main id="main" tabIndex={-1} className="main-region" aria-busy={corpus.isPending}>
          {corpus.isPending && <p className="loading">{t('loading')}</p>}
          {corpus.isError && (
            <CorpusError error={corpus.error} onRetry={() => void corpus.refetch()} />
          )}
          {corpus.data && (
            <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
              {view === 'list' ? (
                <ListView events={filtered} />
              ) : (
                <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                  <TimelineView corpus={corpus.data} events={filtered} />
                </Suspense>
              )}
            </ErrorBoundary>
          )}
        </main>
        {corpus.data && selected && (
          <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
            <EventDetails corpus={corpus.data} event={selected} events={filtered} />
          </ErrorBoundary>
        )}
        {corpus.data && article && (
          <ErrorBoundary resetKey={eventId} fallback={(reset) => <PanelError onRetry={reset} />}>
            <SourceReader corpus={corpus.data} article={article} />
          </ErrorBoundary>
        )}
        {/* After the view in reading order, so the timeline is a few Tabs away; the grid
            still draws the filters at the inline start. */}
        <aside
          id="filters"
          tabIndex={-1}
          className="filters-region"
          aria-label={t('filtersRegion')}
        >
          {corpus.data && (
            <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
              <FiltersPanel corpus={corpus.data} />
            </ErrorBoundary>
          )}
        </aside>
      </div>
      <PrintList />
    </div>
  );
}
