import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../api/corpus';
import { shareLink } from '../domain/entry-paths';
import { filterEvents } from '../domain/filter';
import { formatNumber } from '../i18n/format';
import { NARROW_SCREEN, useMediaQuery } from '../ui/use-media-query';
import { appRootUrl, selectFilters, shallowEqual, useView } from '../url-state/view-store';
import { CorpusError } from './corpus-error';
import { usePreloadAfterFirstView } from './deferred-panels';
import { EventsView, SidePanels } from './view-panels';
import './embed-shell.css';

/**
 * "Open in Khatt": the same view, the window included, in the full app. The one part of the
 * embed that follows every field of the view, so a kept window re-renders this link only.
 */
function OpenInKhatt() {
  const { t } = useTranslation('share');
  const view = useView((s) => s);
  return (
    <a href={shareLink(appRootUrl(), view)} target="_blank" rel="noopener">
      {t('openInKhatt')} <span className="embed-new-tab">{t('newTab')}</span>
    </a>
  );
}

/**
 * The embed entry's layout: the timeline (the list below 40rem) and the details, filling the
 * frame without page chrome — no filters column, no header controls — and a link that opens
 * the same view in the full Khatt. It honours the same URL state as the full view.
 */
export function EmbedShell() {
  const { t } = useTranslation(['common', 'share']);
  const corpus = useQuery(corpusQuery);
  usePreloadAfterFirstView(corpus.isSuccess);
  const filters = useView(selectFilters, shallowEqual);
  const lang = useView((s) => s.lang);
  const eventId = useView((s) => s.event);
  const article = useView((s) => s.article);
  const chosenView = useView((s) => s.view);
  const narrow = useMediaQuery(NARROW_SCREEN);
  const view = narrow ? 'list' : chosenView;

  const filtered = useMemo(
    () => (corpus.data ? filterEvents(corpus.data, filters) : []),
    [corpus.data, filters],
  );
  const selected = corpus.data?.events.find((e) => e.id === eventId) ?? null;
  const panel = Boolean(selected || article);
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
                  shown: formatNumber(lang, filtered.length),
                  total: formatNumber(lang, total),
                })}
          </span>
        </p>
        {view === 'timeline' && <p className="embed-hint">{t('share:zoomHint')}</p>}
        <OpenInKhatt />
      </header>
      <div className={`embed-body${panel ? ' embed-body--panel' : ''}`}>
        <main id="main" className="main-region" aria-busy={corpus.isPending}>
          {corpus.isPending && <p className="loading">{t('loading')}</p>}
          {corpus.isError && (
            <CorpusError error={corpus.error} onRetry={() => void corpus.refetch()} />
          )}
          {corpus.data && (
            <EventsView
              corpus={corpus.data}
              events={filtered}
              view={view}
              eventId={eventId}
              wheelNeedsModifier
            />
          )}
        </main>
        {corpus.data && (
          <SidePanels
            corpus={corpus.data}
            selected={selected}
            events={filtered}
            article={article}
          />
        )}
      </div>
    </div>
  );
}
