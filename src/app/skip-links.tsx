import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * "Skip to content" and "Skip to filters". They move focus without navigating to a fragment,
 * so no `#main` is left in the address a user copies or shares.
 */
export function SkipLinks() {
  const { t } = useTranslation();
  const jump = (id: string) => (e: MouseEvent<HTMLAnchorElement>) => {
    const target = document.getElementById(id);
    if (!target) return;
    e.preventDefault();
    target.focus();
    target.scrollIntoView({ block: 'start' });
  };
  return (
    <nav className="skip-links" aria-label={t('skipLinks')}>
      <a className="skip-link" href="#main" onClick={jump('main')}>
        {t('skipToContent')}
      </a>
      <a className="skip-link" href="#filters" onClick={jump('filters')}>
        {t('skipToFilters')}
      </a>
    </nav>
  );
}
