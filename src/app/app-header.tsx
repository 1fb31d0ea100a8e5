import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../features/export/download-menu';
import { ShareMenu } from '../features/share/share-menu';
import { formatNumber } from '../i18n/format';
import { useView, viewActions } from '../url-state/view-store';

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
  const lang = useView((s) => s.lang);
  const view = useView((s) => s.view);
  const other = lang === 'ar' ? 'en' : 'ar';

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
              shown: formatNumber(lang, shown),
              total: formatNumber(lang, total),
            })}
      </p>
      <div className="header-actions">
        {viewSwitch && (
          <div role="group" aria-label={t('viewSwitch')} className="segmented">
            {(['timeline', 'list'] as const).map((option) => (
              <button
                key={option}
                type="button"
                aria-pressed={view === option}
                onClick={() => viewActions.setView(option)}
              >
                {t(`view.${option}`)}
              </button>
            ))}
          </div>
        )}
        <DownloadMenu />
        <ShareMenu />
        <button type="button" lang={other} onClick={() => viewActions.setLanguage(other)}>
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
