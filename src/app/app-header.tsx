import { useTranslation } from 'react-i18next';
import { ShareMenu } from '../features/share/share-menu';
import { formatNumber } from '../i18n/format';
import { useViewState } from '../url-state/url-store';

/** Title, result count (announced politely), view and language switches, and sharing. */
export function AppHeader({
  shown,
  total,
  viewSwitch,
}: {
  shown: number;
  total: number | null;
  /** Offer the timeline/list switch (not on narrow screens, where the list is the layout). */
  viewSwitch: boolean;
}) {
  const { t } = useTranslation();
  const [state, update] = useViewState();
  const other = state.lang === 'ar' ? 'en' : 'ar';

  return (
    <header className="app-header">
      <h1 className="brand">
        <span lang="ar">خط</span> <span className="brand-sub">{t('tagline')}</span>
      </h1>
      <p className="result-count" role="status" aria-live="polite">
        {total === null
          ? ''
          : t('shownCount', {
              count: shown,
              shown: formatNumber(state.lang, shown),
              total: formatNumber(state.lang, total),
            })}
      </p>
      <div className="header-actions">
        {viewSwitch && (
          <div role="group" aria-label={t('viewSwitch')} className="segmented">
            {(['timeline', 'list'] as const).map((view) => (
              <button
                key={view}
                type="button"
                aria-pressed={state.view === view}
                onClick={() => update({ view })}
              >
                {t(`view.${view}`)}
              </button>
            ))}
          </div>
        )}
        <ShareMenu />
        <button type="button" lang={other} onClick={() => update({ lang: other })}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
