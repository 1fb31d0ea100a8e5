import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApproximate } from '../domain/fuzzy-date';
import type { FuzzyDate, KhattEvent, Lang } from '../domain/types';
import { formatFuzzyDate } from './format';

/**
 * One accessible name for an event wherever it appears (timeline mark, list item):
 * "title, date, kind" in the UI language, the date prefixed "about"/"نحو" when approximate.
 */

/** → (date) => the date as precisely as known, "about …" when the text only supports that. */
export function useDateText(lang: Lang): (date: FuzzyDate) => string {
  const { t } = useTranslation('kinds');
  return useCallback(
    (date: FuzzyDate) => {
      const text = formatFuzzyDate(lang, date);
      return isApproximate(date) ? t('approximate', { date: text }) : text;
    },
    [lang, t],
  );
}

/** → (event) => "title, date, kind", the accessible name of the event's mark or list item. */
export function useEventLabel(lang: Lang): (event: KhattEvent) => string {
  const { t } = useTranslation('kinds');
  const dateText = useDateText(lang);
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
