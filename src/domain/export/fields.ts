import { formatFuzzyDate } from '../date-format';
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

/**
 * A fuzzy date as the app writes it ("15 شباط 2021", "February 2021", "2014", a range), with
 * "about" when approximate.
 */
export function humanDate(lang: Lang, date: FuzzyDate): string {
  const text = formatFuzzyDate(lang, date);
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
