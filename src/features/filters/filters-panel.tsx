import { useDeferredValue, useEffect, useId, useMemo, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { actorCounts, activeFilterCount, kindCounts, sourceCounts } from '../../domain/filter';
import type { Corpus } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { ownsKeys } from '../../ui/owns-keys';
import { selectFilters, shallowEqual, useView, viewActions } from '../../url-state/view-store';
import { ActorFilter } from './actor-filter';
import { DateWindow } from './date-window';
import { KindToggles } from './kind-toggles';
import { SearchBox } from './search-box';
import { SourceFilter } from './source-filter';
import { SubtypeFilter } from './subtype-filter';
import { DRAWER_SCREEN, useMediaQuery } from '../../ui/use-media-query';
import './filters.css';

/**
 * Text search, kinds, date window and actors; one "Clear all filters". On narrow screens the
 * panel is a drawer behind a "Filters" toggle; Escape closes it and returns focus to the toggle.
 * "/" anywhere outside a text field jumps to the search box.
 */
export function FiltersPanel({ corpus }: { corpus: Corpus }) {
  const { t } = useTranslation('filters');
  const filters = useView(selectFilters, shallowEqual);
  const lang = useView((s) => s.lang);
  const panelId = useId();
  const narrow = useMediaQuery(DRAWER_SCREEN);
  const [open, setOpen] = useState(false);
  // Wide screens: the whole column can be put away so the timeline gets the width.
  const [hidden, setHidden] = useState(false);
  const collapsed = hidden && !narrow;
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // The counts follow a change a moment later, in a render of their own (concurrent, in slices):
  // the pressed control and the timeline answer first. At 100,000 events the counts are a pass
  // over the corpus each.
  const counted = useDeferredValue(filters);
  const counts = useMemo(() => actorCounts(corpus, counted), [corpus, counted]);
  const perKind = useMemo(() => kindCounts(corpus, counted), [corpus, counted]);
  const perSource = useMemo(() => sourceCounts(corpus, counted), [corpus, counted]);
  const active = activeFilterCount(filters);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // The physical key too: on an Arabic layout the "/" key types "ظ".
      const slash = e.key === '/' || (e.code === 'Slash' && !e.shiftKey);
      if (!slash || e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
      if (e.isComposing || ownsKeys(e.target)) return;
      e.preventDefault();
      // The drawer (or the hidden column) must be open before its search box can take focus.
      flushSync(() => {
        if (window.matchMedia(DRAWER_SCREEN).matches) setOpen(true);
        else setHidden(false);
      });
      searchRef.current?.focus();
      searchRef.current?.select();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel || !narrow || !open) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      e.preventDefault();
      setOpen(false);
      toggleRef.current?.focus();
    };
    panel.addEventListener('keydown', onKey);
    return () => panel.removeEventListener('keydown', onKey);
  }, [narrow, open]);

  const activeText = t('active', { count: active, n: formatNumber(lang, active) });

  return (
    <div className="filters" data-collapsed={collapsed}>
      {!narrow && (
        <button
          type="button"
          className="filters-hide"
          aria-expanded={!collapsed}
          aria-controls={panelId}
          onClick={() => setHidden((h) => !h)}
        >
          {collapsed ? t('show') : t('hide')}
        </button>
      )}
      <div className="filters-head">
        <h2 className="filters-title">
          <span className="filters-title-text">{t('toggle')}</span>
          <button
            ref={toggleRef}
            type="button"
            className="filters-toggle"
            aria-expanded={open}
            aria-controls={panelId}
            aria-describedby={`${panelId}-active`}
            onClick={() => setOpen((o) => !o)}
          >
            <svg className="filters-toggle-icon" viewBox="0 0 12 12" aria-hidden="true">
              <path d="M2 4.5 L6 8.5 L10 4.5" />
            </svg>
            {t('toggle')}
            {active > 0 && (
              <span className="filters-badge" aria-hidden="true">
                {formatNumber(lang, active)}
              </span>
            )}
          </button>
        </h2>
        <span id={`${panelId}-active`} hidden>
          {activeText}
        </span>
        <button
          type="button"
          className="filters-clear"
          // aria-disabled, not disabled: a button that disables itself on click drops focus.
          aria-disabled={active === 0 ? true : undefined}
          onClick={() => {
            if (active > 0) viewActions.clearFilters();
          }}
        >
          {t('clearAll')}
        </button>
      </div>
      <div id={panelId} ref={panelRef} className="filters-panel" data-open={open}>
        <SearchBox corpus={corpus} q={filters.q} inputRef={searchRef} />
        <KindToggles kinds={filters.kinds} counts={perKind} lang={lang} />
        <SubtypeFilter corpus={corpus} filters={filters} counted={counted} lang={lang} />
        <DateWindow from={filters.from} to={filters.to} lang={lang} />
        <SourceFilter corpus={corpus} chosen={filters.source} lang={lang} counts={perSource} />
        <ActorFilter
          corpus={corpus}
          chosen={filters.actors}
          match={filters.match}
          lang={lang}
          counts={counts}
        />
      </div>
    </div>
  );
}
