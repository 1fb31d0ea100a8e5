import type { Lang } from '../domain/types';
import { DATE_LOCALES, dateFormat } from '../domain/date-format';

// Dates are written by src/domain/date-format.ts, shared with the build scripts.
export { dateFormat, formatDay, formatFuzzyDate } from '../domain/date-format';

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Formats an integer with the UI language's digits. */
export function formatNumber(lang: Lang, n: number): string {
  return (numberFormats[lang] ??= new Intl.NumberFormat(DATE_LOCALES[lang])).format(n);
}

/** Two instants as a day range, collapsed where they share a month or year: "5–9 شباط 2021". */
export function formatDayRange(lang: Lang, start: Date, end: Date): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    start,
    end,
  );
}
