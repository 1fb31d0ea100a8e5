import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { isUnnamedOutlet } from '../../domain/sources';
import type { Corpus, Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { PublishedDate } from '../../ui/published-date';
import { viewActions } from '../../url-state/view-store';

/**
 * The articles the events rest on: outlet, title, when each was published and how that is
 * known, how many events each would show; a toggle shows only one article's events, and each
 * can be opened in the reader.
 */
export function SourceFilter({
  corpus,
  chosen,
  lang,
  counts,
}: {
  corpus: Corpus;
  /** The article whose events alone are shown, if any. */
  chosen: string | null;
  lang: Lang;
  counts: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <fieldset className="filters-group source-filter">
      <legend className="filters-legend">{t('sources.legend')}</legend>
      <ul className="source-list">
        {corpus.sources.map((source) => {
          const pressed = chosen === source.id;
          const count = counts.get(source.id) ?? 0;
          const outlet = isUnnamedOutlet(source) ? null : source.outlet[lang];
          const title = source.title[lang];
          const named = outlet ? `${outlet} — ${title}` : title;
          return (
            <li key={source.id} className="source-item">
              <p className="source-title">
                {outlet && <span className="source-outlet">{outlet}</span>} <bdi>{title}</bdi>
              </p>
              <p className="source-published" id={`${id}-${source.id}`}>
                <PublishedDate source={source} lang={lang} reasoning={false} />
              </p>
              <div className="source-actions">
                <button
                  type="button"
                  aria-pressed={pressed}
                  aria-label={t('sources.showNamed', { title: named })}
                  aria-describedby={`${id}-${source.id}-count`}
                  onClick={() => viewActions.setFilters({ source: pressed ? null : source.id })}
                >
                  {t('sources.show')}
                  <span className="filters-count" aria-hidden="true">
                    {formatNumber(lang, count)}
                  </span>
                </button>
                <span id={`${id}-${source.id}-count`} hidden>
                  {t('sources.count', { count, n: formatNumber(lang, count) })}
                </span>
                <button
                  type="button"
                  aria-label={t('sources.readNamed', { title: named })}
                  onClick={() => viewActions.openArticle(source.id)}
                >
                  {t('sources.read')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
