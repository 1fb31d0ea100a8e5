import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KINDS, type EventKind, type Lang } from '../../domain/types';
import { formatNumber } from '../../i18n/format';
import { viewActions } from '../../url-state/view-store';
import { KindSwatch } from '../../ui/kind-swatch';

/**
 * One pressed-state button per kind. None pressed shows every kind; pressing narrows to the
 * pressed ones. Each shows how many events it would show under the other filters.
 */
export function KindToggles({
  kinds,
  counts,
  lang,
}: {
  kinds: readonly EventKind[];
  counts: ReadonlyMap<EventKind, number>;
  lang: Lang;
}) {
  const { t } = useTranslation(['filters', 'kinds']);
  const id = useId();
  return (
    <fieldset className="filters-group">
      <legend className="filters-legend">{t('kinds.legend')}</legend>
      <div className="kind-toggles">
        {KINDS.map((kind) => {
          const pressed = kinds.includes(kind);
          const count = counts.get(kind) ?? 0;
          return (
            <button
              key={kind}
              type="button"
              className="kind-toggle"
              aria-pressed={pressed}
              aria-describedby={`${id}-${kind}`}
              onClick={() =>
                viewActions.setFilters({
                  kinds: pressed
                    ? kinds.filter((k) => k !== kind)
                    : KINDS.filter((k) => k === kind || kinds.includes(k)),
                })
              }
            >
              <KindSwatch kind={kind} />
              <span>{t(`kinds:${kind}`)}</span>
              <span className="filters-count" aria-hidden="true">
                {formatNumber(lang, count)}
              </span>
              <span id={`${id}-${kind}`} hidden>
                {t('count', { count, n: formatNumber(lang, count) })}
              </span>
            </button>
          );
        })}
      </div>
    </fieldset>
  );
}
