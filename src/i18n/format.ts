import type { FuzzyDate, Lang } from '../domain/types';
import { dayStartMs } from '../domain/iso-day';

/**
 * Memoised Intl formatters. Arabic uses the Iraqi month names of `ar-IQ` (كانون الثاني، شباط …)
 * with Latin digits: the five articles print Latin digits, so UI dates read like the quotes.
 * Every date is a UTC calendar day, so no time zone can shift it.
 */
const LOCALES: Record<Lang, string> = {
  ar: 'ar-IQ-u-nu-latn-ca-gregory',
  en: 'en-GB-u-ca-gregory',
};

const cache = new Map<string, Intl.DateTimeFormat>();

/** A cached DateTimeFormat in UTC for the language and options. */
export function dateFormat(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

const numberFormats: Partial<Record<Lang, Intl.NumberFormat>> = {};

/** Formats an integer with the UI language's digits. */
export function formatNumber(lang: Lang, n: number): string {
  return (numberFormats[lang] ??= new Intl.NumberFormat(LOCALES[lang])).format(n);
}

const utc = (iso: string) => new Date(dayStartMs(iso));

/** One day as the page writes it: "15 شباط 2021", "15 February 2021". */
export function formatDay(lang: Lang, iso: string): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).format(utc(iso));
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
      return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
        utc(date.start),
        utc(date.end),
      );
  }
}

/** Two instants as a day range, collapsed where they share a month or year: "5–9 شباط 2021". */
export function formatDayRange(lang: Lang, start: Date, end: Date): string {
  return dateFormat(lang, { day: 'numeric', month: 'long', year: 'numeric' }).formatRange(
    start,
    end,
  );
}
