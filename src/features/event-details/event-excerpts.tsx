import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { excerptId } from '../../domain/excerpt-id';
import { isUnnamedOutlet } from '../../domain/sources';
import type { Corpus, FuzzyDate, KhattEvent, Lang } from '../../domain/types';
import { Highlighted } from '../../ui/highlighted';
import { viewActions } from '../../url-state/view-store';

/**
 * The event's excerpts as verbatim Arabic quotes (whatever the UI language), each captioned
 * with its outlet and publication date, with a button that opens the article in the reader
 * at that very passage.
 */
export function EventExcerpts({
  corpus,
  event,
  lang,
  formatDate,
  terms,
}: {
  corpus: Corpus;
  event: KhattEvent;
  lang: Lang;
  formatDate: (date: FuzzyDate) => string;
  /** The search's terms, marked in the quotes. */
  terms: readonly string[];
}) {
  const { t } = useTranslation('details');
  const headingId = useId();
  const sources = useMemo(() => new Map(corpus.sources.map((s) => [s.id, s])), [corpus.sources]);

  return (
    <>
      <h3 id={headingId} className="details-subheading">
        {t('excerpts', { count: event.excerpts.length })}
      </h3>
      <ul className="details-excerpts" aria-labelledby={headingId}>
        {event.excerpts.map((excerpt, i) => {
          const source = sources.get(excerpt.source);
          const outlet = !source
            ? t('unknownSource')
            : isUnnamedOutlet(source)
              ? t('unnamedOutlet')
              : source.outlet[lang];
          const date = source ? formatDate(source.published) : '';
          return (
            <li key={i}>
              <figure className="details-quote">
                <blockquote lang="ar" dir="rtl">
                  <p>
                    <Highlighted text={excerpt.quote} terms={terms} />
                  </p>
                </blockquote>
                <figcaption>{date ? t('quoteSource', { outlet, date }) : outlet}</figcaption>
              </figure>
              {source && (
                <button
                  type="button"
                  className="details-read"
                  aria-label={t('readInArticleNamed', { outlet, date })}
                  onClick={() =>
                    viewActions.openArticle(excerpt.source, { excerpt: excerptId(event.id, i) })
                  }
                >
                  {t('readInArticle')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
