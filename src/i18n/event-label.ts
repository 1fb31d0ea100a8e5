import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FuzzyDate, KhattEvent, Lang } from '../domain/types';
import { formatFuzzyDate } from './format';

/**
 * One accessible name for an event wherever it appears (timeline mark, list item):
 * "title, date, kind" in the UI language, the date prefixed "about"/"نحو" when approximate.
 */

/** EDTF marks an approximate date with `~` (or `%`, approximate and uncertain). */
const isApproximate = (date: FuzzyDate) => /[~%]/.test(date.edtf);

/** The UI language i18next is showing. */
function uiLang(language: string | undefined): Lang {
  return language === 'en' ? 'en' : 'ar';
}

/** → (date) => the date as precisely as known, "about …" when the text only supports that. */
export function useDateText(): (date: FuzzyDate) => string {
  const { t, i18n } = useTranslation('kinds');
  const lang = uiLang(i18n.resolvedLanguage ?? i18n.language);
  return useCallback(
    (date: FuzzyDate) => {
      const text = formatFuzzyDate(lang, date);
      return isApproximate(date) ? t('approximate', { date: text }) : text;
    },
    [lang, t],
  );
}

/** → (event) => "title, date, kind", the accessible name of the event's mark or list item. */
export function useEventLabel(): (event: KhattEvent) => string {
  const { t, i18n } = useTranslation('kinds');
  const lang = uiLang(i18n.resolvedLanguage ?? i18n.language);
  const dateText = useDateText();
  return useCallback(
    (event: KhattEvent) =>
      t('eventLabel', {
        title: event.title[lang],
        date: dateText(event.date),
        kind: t(event.kind),
      }),
    [lang, t, dateText],
  );
}
