import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The tab's title names what is open: the selected event ("title · خط · Khatt"), else the app.
 * Screen readers announce it on load, and a bookmark or a history list says what it holds.
 */
export function useDocumentTitle(eventTitle: string | null): void {
  const { t } = useTranslation();
  const base = t('documentTitle');
  useEffect(() => {
    document.title = eventTitle ? t('documentTitleEvent', { title: eventTitle, base }) : base;
  }, [eventTitle, base, t]);
}
