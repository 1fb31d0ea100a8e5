import { dayStartMs } from './iso-day';
import type { FuzzyDate, Lang } from './types';

/**
 * Dates as Khatt writes them, shared by the app (through src/i18n/format.ts) and the build
 * scripts (the no-JS list, the link-preview pages and images): one implementation, plain Intl.
 * Arabic uses the Iraqi month names of `ar-IQ` (كانون الثاني، شباط …) with Latin digits: the five
 * articles print Latin digits, so UI dates read like the quotes. Every date is a UTC calendar
 * day, so no time zone can shift it.
 */
export const DATE_LOCALES: Record<Lang, string> = {
  ar: 'ar-IQ-u-nu-latn-ca-gregory',
  en: 'en-GB-u-ca-gregory',
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached DateTimeFormat in UTC for the language and options. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(DATE_LOCALES[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

const utc = (iso: string) => new Date(dayStartMs(iso));

const LONG_DAY = { day: 'numeric', month: 'long', year: 'numeric' } as const;

/** One day as the page writes it: "15 شباط 2021", "15 February 2021". */
export function formatDay(lang: Lang, iso: string): string {
  return dateFormat(lang, LONG_DAY).format(utc(iso));
}

/** A fuzzy date written as precisely as it is known: "15 شباط 2021", "شباط 2021", "2014". */
export function formatFuzzyDate(lang: Lang, date: FuzzyDate): string {
  switch (date.precision) {
    case 'day':
      return formatDay(lang, date.start);
    case 'month':
      return dateFormat(lang, { month: 'long', year: 'numeric' }).format(utc(date.start));
    case 'year':
      return dateFormat(lang, { year: 'numeric' }).format(utc(date.start));
    case 'range':
      return dateFormat(lang, LONG_DAY).formatRange(utc(date.start), utc(date.end));
  }
}
