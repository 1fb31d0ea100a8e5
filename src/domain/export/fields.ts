import { isApproximate } from '../fuzzy-date';
import type { Corpus, Excerpt, FuzzyDate, Lang, Source } from '../types';

/** What every export reads from an event beyond its own fields: names, sources, approximate dates. */

/** Lookups built once per corpus and export call. */
export interface CorpusLookup {
  actorName: (id: string, lang: Lang) => string;
  source: (id: string) => Source | undefined;
}

/** Lookups over a corpus: an unknown id reads as itself, never as an exception. */
export function lookup(corpus: Corpus): CorpusLookup {
  const actors = new Map(corpus.actors.map((a) => [a.id, a]));
  const sources = new Map(corpus.sources.map((s) => [s.id, s]));
  return {
    actorName: (id, lang) => actors.get(id)?.name[lang] ?? id,
    source: (id) => sources.get(id),
  };
}

const LOCALES: Record<Lang, string> = {
  ar: 'ar-IQ-u-nu-latn-ca-gregory',
  en: 'en-GB-u-ca-gregory',
};
const formats = new Map<string, Intl.DateTimeFormat>();

function format(lang: Lang, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
    formats.set(key, f);
  }
  return f;
}

const utc = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
};

const DAY: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

/**
 * A fuzzy date as the app writes it ("15 شباط 2021", "February 2021", "2014", a range), with
 * "about" when approximate. The same locales as src/i18n/format.ts, which scripts cannot import.
 */
export function humanDate(lang: Lang, date: FuzzyDate): string {
  const text =
    date.precision === 'day'
      ? format(lang, DAY).format(utc(date.start))
      : date.precision === 'month'
        ? format(lang, { month: 'long', year: 'numeric' }).format(utc(date.start))
        : date.precision === 'year'
          ? format(lang, { year: 'numeric' }).format(utc(date.start))
          : format(lang, DAY).formatRange(utc(date.start), utc(date.end));
  if (!isApproximate(date)) return text;
  return lang === 'ar' ? `نحو ${text}` : `about ${text}`;
}

/** "Outlet, title, date" of the source an excerpt quotes, in one language. */
export function sourceLine(source: Source | undefined, excerpt: Excerpt, lang: Lang): string {
  if (!source) return excerpt.source;
  return [source.outlet[lang], source.title[lang], humanDate(lang, source.published)].join(
    lang === 'ar' ? '، ' : ', ',
  );
}

/** Words the exports write around the corpus text; scripts share the modules, so not i18next. */
export const WORDS = {
  kind: {
    withdrawal: { ar: 'انسحاب', en: 'Withdrawal' },
    attack: { ar: 'هجوم', en: 'Attack' },
    diplomacy: { ar: 'دبلوماسية', en: 'Diplomacy' },
  },
  status: {
    occurred: { ar: 'وقع', en: 'Occurred' },
    planned: { ar: 'مخطط له', en: 'Planned' },
    reported: { ar: 'مُبلَّغ عنه، غير مؤكد', en: 'Reported, unconfirmed' },
  },
  date: { ar: 'التاريخ', en: 'Date' },
  approximate: { ar: 'التاريخ تقريبي', en: 'The date is approximate' },
  actors: { ar: 'الأطراف', en: 'Actors' },
  place: { ar: 'المكان', en: 'Place' },
  excerpts: { ar: 'مقتطفات', en: 'Excerpts' },
  source: { ar: 'المصدر', en: 'Source' },
  unidentified: { ar: 'جماعة مسلحة مجهولة', en: 'Unidentified Armed Group (Iraq)' },
  timeline: { ar: 'خط — أحداث', en: 'Khatt — events' },
} as const;
