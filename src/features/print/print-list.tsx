import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { corpusQuery } from '../../api/corpus';
import { filterEvents } from '../../domain/filter';
import type { Corpus, KhattEvent, Lang } from '../../domain/types';
import { useDateText } from '../../i18n/event-label';
import { formatNumber } from '../../i18n/format';
import { selectFilters, shallowEqual, useView } from '../../url-state/view-store';
import { usePrinting } from './use-printing';
import './print-list.css';

/**
 * What the page prints: the filtered events in time order with date, kind, status, actors,
 * place, summary and every excerpt with its source. Rendered only while printing, so a large
 * corpus costs nothing on screen; the print stylesheet hides the rest of the app.
 */
export function PrintList() {
  const printing = usePrinting();
  const filters = useView(selectFilters, shallowEqual);
  const lang = useView((s) => s.lang);
  const corpus = useQuery(corpusQuery);
  if (!printing || !corpus.data) return null;
  return (
    <PrintedEvents corpus={corpus.data} lang={lang} events={filterEvents(corpus.data, filters)} />
  );
}

function PrintedEvents({
  corpus,
  lang,
  events,
}: {
  corpus: Corpus;
  lang: Lang;
  events: readonly KhattEvent[];
}) {
  const { t } = useTranslation(['print', 'kinds', 'details', 'common']);
  const dateText = useDateText(lang);
  const actors = useMemo(() => new Map(corpus.actors.map((a) => [a.id, a.name])), [corpus]);
  const sources = useMemo(() => new Map(corpus.sources.map((s) => [s.id, s])), [corpus]);

  return (
    <section className="print-list" aria-label={t('print:label')}>
      <h1>
        <span lang="ar">خط</span> — {t('common:tagline')}
      </h1>
      <p className="print-count">
        {t('common:shownCount', {
          count: events.length,
          shown: formatNumber(lang, events.length),
          total: formatNumber(lang, corpus.events.length),
        })}
      </p>
      <ol className="print-events">
        {events.map((event) => (
          <li key={event.id} className="print-event">
            <h2>{event.title[lang]}</h2>
            <p className="print-meta">
              {dateText(event.date)} · {t(`kinds:${event.kind}`)} ·{' '}
              {t(`kinds:status.${event.status}`)}
              {event.place && ` · ${event.place[lang]}`}
            </p>
            <p>{event.summary[lang]}</p>
            {event.actors.length > 0 && (
              <p>
                <strong>{t('details:actors')}:</strong>{' '}
                {event.actors
                  .map((a) => `${actors.get(a.id)?.[lang] ?? a.id} (${t(`kinds:role.${a.role}`)})`)
                  .join(t('common:listSeparator'))}
              </p>
            )}
            {event.excerpts.map((excerpt, i) => {
              const source = sources.get(excerpt.source);
              return (
                <figure key={i} className="print-quote">
                  <blockquote lang="ar" dir="rtl">
                    <p>{excerpt.quote}</p>
                  </blockquote>
                  <figcaption>
                    {source
                      ? t('print:source', {
                          // The compiler writes "unknown" when an article names no outlet.
                          outlet:
                            source.outlet.en.trim().toLowerCase() === 'unknown'
                              ? t('details:unnamedOutlet')
                              : source.outlet[lang],
                          title: source.title[lang],
                          date: dateText(source.published),
                        })
                      : excerpt.source}
                  </figcaption>
                </figure>
              );
            })}
          </li>
        ))}
      </ol>
    </section>
  );
}
