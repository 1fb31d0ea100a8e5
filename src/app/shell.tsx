import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../api/corpus';
import { LoadError } from '../api/fetch-checked';
import { filterEvents } from '../domain/filter';
import { EventDetails } from '../features/event-details/event-details';
import { FiltersPanel } from '../features/filters/filters-panel';
import { ListView } from '../features/list-view/list-view';
import { PrintList } from '../features/print/print-list';
import { SourceReader } from '../features/source-reader/source-reader';
import { applyLanguage } from '../i18n/i18n';
import { NARROW_SCREEN, useMediaQuery } from '../ui/use-media-query';
import { useUrlSnapshot } from '../url-state/url-store';
import { AppHeader } from './app-header';
import { ErrorBoundary } from './error-boundary';
import { LinkNotice } from './link-notice';
import { PanelError } from './panel-error';

// The timeline (and d3's gesture code) loads on demand: phones show the list and never need it.
const TimelineView = lazy(() =>
  import('../features/timeline-view/timeline-view').then((m) => ({ default: m.TimelineView })),
);

/** The page layout: header, filters, the timeline or list, and the details/article panels. */
export function Shell() {
  const { t } = useTranslation();
  const { state, ignored } = useUrlSnapshot();
  const corpus = useQuery(corpusQuery);
  // On a phone the list is the layout: a time axis needs more room than 40rem gives it.
  const narrow = useMediaQuery(NARROW_SCREEN);
  const view = narrow ? 'list' : state.view;

  useLayoutEffect(() => applyLanguage(state.lang), [state.lang]);

  const filtered = useMemo(
    () => (corpus.data ? filterEvents(corpus.data, state) : []),
    [corpus.data, state],
  );
  const selected = corpus.data?.events.find((e) => e.id === state.event) ?? null;

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppHeader
        shown={filtered.length}
        total={corpus.data?.events.length ?? null}
        viewSwitch={!narrow}
      />
      {corpus.data && <LinkNotice corpus={corpus.data} state={state} ignored={ignored} />}
      <div className={`workspace${selected || state.article ? ' workspace--panel' : ''}`}>
        <aside className="filters-region" aria-label={t('filtersRegion')}>
          {corpus.data && (
            <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
              <FiltersPanel corpus={corpus.data} state={state} />
            </ErrorBoundary>
          )}
        </aside>
        <main id="main" className="main-region" aria-busy={corpus.isPending}>
          {corpus.isPending && <p className="loading">{t('loading')}</p>}
          {corpus.isError && (
            <div role="alert" className="load-error">
              <p>
                {corpus.error instanceof LoadError && corpus.error.reason === 'corrupt'
                  ? t('corpusCorrupt')
                  : t('corpusLoadFailed')}
              </p>
              <button type="button" onClick={() => void corpus.refetch()}>
                {t('retry')}
              </button>
            </div>
          )}
          {corpus.data && (
            <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
              {view === 'list' ? (
                <ListView corpus={corpus.data} events={filtered} state={state} />
              ) : (
                <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                  <TimelineView corpus={corpus.data} events={filtered} state={state} />
                </Suspense>
              )}
            </ErrorBoundary>
          )}
        </main>
        {corpus.data && selected && (
          <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
            <EventDetails corpus={corpus.data} event={selected} events={filtered} state={state} />
          </ErrorBoundary>
        )}
        {corpus.data && state.article && (
          <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
            <SourceReader corpus={corpus.data} state={state} />
          </ErrorBoundary>
        )}
      </div>
      <PrintList />
    </div>
  );
}
