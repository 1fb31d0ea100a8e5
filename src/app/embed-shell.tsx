import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useLayoutEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../api/corpus';
import { shareLink } from '../domain/entry-paths';
import { filterEvents } from '../domain/filter';
import { EventDetails } from '../features/event-details/event-details';
import { ListView } from '../features/list-view/list-view';
import { SourceReader } from '../features/source-reader/source-reader';
import { applyLanguage } from '../i18n/i18n';
import { formatNumber } from '../i18n/format';
import { NARROW_SCREEN, useMediaQuery } from '../ui/use-media-query';
import { appRootUrl, useUrlSnapshot } from '../url-state/url-store';
import { ErrorBoundary } from './error-boundary';
import { PanelError } from './panel-error';
import './embed-shell.css';

const TimelineView = lazy(() =>
  import('../features/timeline-view/timeline-view').then((m) => ({ default: m.TimelineView })),
);

/**
 * The embed entry's layout: the timeline (the list below 40rem) and the details, filling the
 * frame without page chrome — no filters column, no header controls — and a link that opens
 * the same view in the full Khatt. It honours the same URL state as the full view.
 */
export function EmbedShell() {
  const { t } = useTranslation();
  const { state } = useUrlSnapshot();
  const corpus = useQuery(corpusQuery);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const view = narrow ? 'list' : state.view;

  useLayoutEffect(() => applyLanguage(state.lang), [state.lang]);

  const filtered = useMemo(
    () => (corpus.data ? filterEvents(corpus.data, state) : []),
    [corpus.data, state],
  );
  const selected = corpus.data?.events.find((e) => e.id === state.event) ?? null;
  const panel = Boolean(selected || state.article);
  const total = corpus.data?.events.length;

  return (
    <div className="embed-shell">
      <header className="embed-bar">
        <p className="embed-brand">
          <span lang="ar">خط</span>{' '}
          <span className="embed-count">
            {total === undefined
              ? ''
              : t('shownCount', {
                  count: filtered.length,
                  shown: formatNumber(state.lang, filtered.length),
                  total: formatNumber(state.lang, total),
                })}
          </span>
        </p>
        {view === 'timeline' && <p className="embed-hint">{t('share:zoomHint')}</p>}
        <a href={shareLink(appRootUrl(), state)} target="_blank" rel="noopener">
          {t('share:openInKhatt')} <span className="embed-new-tab">{t('share:newTab')}</span>
        </a>
      </header>
      <div className={`embed-body${panel ? ' embed-body--panel' : ''}`}>
        <main id="main" className="main-region" aria-busy={corpus.isPending}>
          {corpus.isPending && <p className="loading">{t('loading')}</p>}
          {corpus.isError && (
            <div role="alert" className="load-error">
              <p>{t('corpusLoadFailed')}</p>
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
                  <TimelineView
                    corpus={corpus.data}
                    events={filtered}
                    state={state}
                    wheelNeedsModifier
                  />
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
    </div>
  );
}
