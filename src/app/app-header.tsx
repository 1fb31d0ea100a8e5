import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DownloadMenu } from '../features/export/download-menu';
import { formatNumber } from '../i18n/format';
import { useView, viewActions } from '../url-state/view-store';

/** Title, result count (announced politely), view and language switches, and copy link. */
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
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const other = lang === 'ar' ? 'en' : 'ar';

  const copyLink = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
  };

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
        <button type="button" onClick={() => void copyLink()}>
          {t('copyLink')}
        </button>
        <span role="status" className="copy-status">
          {copied === 'idle' ? '' : t(copied === 'copied' ? 'linkCopied' : 'linkCopyFailed')}
        </span>
        <button
          type="button"
          lang={other}
          onClick={() => {
            setCopied('idle');
            viewActions.setLanguage(other);
          }}
        >
          {t('switchLanguage')}
        </button>
      </div>
    </header>
  );
}
