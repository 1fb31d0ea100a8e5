import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../api/corpus';
import { filterEvents } from '../domain/filter';
import { FiltersPanel } from '../features/filters/filters-panel';
import { PrintList } from '../features/print/print-list';
import { NARROW_SCREEN, useMediaQuery } from '../ui/use-media-query';
import { selectFilters, shallowEqual, useView } from '../url-state/view-store';
import { AppHeader } from './app-header';
import { CorpusError } from './corpus-error';
import { usePreloadAfterFirstView } from './deferred-panels';
import { ErrorBoundary } from './error-boundary';
import { useDocumentTitle } from './use-document-title';
import { LinkNotice } from './link-notice';
import { PanelError } from './panel-error';
import { SkipLinks } from './skip-links';
import { EventsView, SidePanels } from './view-panels';

/** The page layout: header, filters, the timeline or list, and the details/article panels. */
export function Shell() {
  const { t } = useTranslation();
  const corpus = useQuery(corpusQuery);
  // The corpus's arrival renders the whole page; as a deferred value that render is concurrent,
  // in slices that let input and painting through, not one long task (Lighthouse's TBT).
  const data = useDeferredValue(corpus.data);
  const pending = data === undefined && !corpus.isError;
  usePreloadAfterFirstView(corpus.isSuccess);
  const filters = useView(selectFilters, shallowEqual);
  const eventId = useView((s) => s.event);
  const article = useView((s) => s.article);
  // On a phone the list is the layout, under a compact timeline (the window, swipe to pan).
  const narrow = useMediaQuery(NARROW_SCREEN);
  const chosenView = useView((s) => s.view);
  const view = narrow ? 'list' : chosenView;

  // Keyed on the filter fields only: a zoom commit or a selection does not re-filter.
  const filtered = useMemo(() => (data ? filterEvents(data, filters) : []), [data, filters]);
  // One lookup per selection, not a map of the whole corpus on the way to the first view.
  const selected = useMemo(
    () => (eventId === null ? null : (data?.events.find((e) => e.id === eventId) ?? null)),
    [data, eventId],
  );
  const lang = useView((s) => s.lang);
  useDocumentTitle(selected ? selected.title[lang] : null);

  return (
    <div className="shell">
      <SkipLinks />
      <AppHeader shown={filtered.length} total={data?.events.length ?? null} viewSwitch={!narrow} />
      {data && <LinkNotice corpus={data} />}
      {/* Said politely once per selection, so a screen reader hears what opened without a move
          of focus (selecting never moves focus into the details). */}
      <p className="visually-hidden" role="status">
        {selected ? t('detailsOpened', { title: selected.title[lang] }) : ''}
      </p>
      <div className={`workspace${selected || article ? ' workspace--panel' : ''}`}>
        <main id="main" tabIndex={-1} className="main-region" aria-busy={pending}>
          {pending && <p className="loading">{t('loading')}</p>}
          {corpus.isError && (
            <CorpusError error={corpus.error} onRetry={() => void corpus.refetch()} />
          )}
          {data && (
            <EventsView
              corpus={data}
              events={filtered}
              view={view}
              eventId={eventId}
              compactTimeline={narrow}
            />
          )}
        </main>
        {data && (
          <SidePanels corpus={data} selected={selected} events={filtered} article={article} />
        )}
        {/* After the view in reading order, so the timeline is a few Tabs away; the grid
            still draws the filters at the inline start. */}
        <aside
          id="filters"
          tabIndex={-1}
          className="filters-region"
          aria-label={t('filtersRegion')}
        >
          {data && (
            <ErrorBoundary fallback={(reset) => <PanelError onRetry={reset} />}>
              <FiltersPanel corpus={data} />
            </ErrorBoundary>
          )}
        </aside>
      </div>
      <PrintList />
    </div>
  );
}
