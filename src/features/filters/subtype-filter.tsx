import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { subtypeCounts, type FilterState } from '../../domain/filter';
import { KINDS, SUBTYPES, type Corpus, type EventSubtype, type Lang } from '../../domain/types';
import { viewActions } from '../../url-state/view-store';
import { CountedCheckbox } from './counted-checkbox';
import { KindSwatch } from '../../ui/kind-swatch';

/**
 * The subtypes of each kind (data/CODEBOOK.md) as checkboxes behind a disclosure, each with its
 * live count. A chosen subtype narrows its own kind only. Only subtypes some event has are
 * offered; the disclosure starts open when the link already chose some.
 */
export function SubtypeFilter({
  corpus,
  filters,
  counted,
  lang,
}: {
  corpus: Corpus;
  filters: FilterState;
  /** The state the counts are for: the panel's deferred copy, a moment behind `filters`. */
  counted: FilterState;
  lang: Lang;
}) {
  const { t } = useTranslation(['filters', 'kinds']);
  const id = useId();
  const { subtypes } = filters;
  const [open, setOpen] = useState(subtypes.length > 0);
  const present = useMemo(
    () => new Set(corpus.events.flatMap((e) => (e.subtype ? [e.subtype] : []))),
    [corpus],
  );
  const counts = useMemo(() => subtypeCounts(corpus, counted), [corpus, counted]);
  if (present.size === 0) return null;

  const toggle = (subtype: EventSubtype, checked: boolean) =>
    viewActions.setFilters({
      subtypes: checked ? [...subtypes, subtype] : subtypes.filter((s) => s !== subtype),
    });

  return (
    <details
      className="filters-group filters-subtypes"
      open={open}
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="filters-legend">{t('subtypes.summary')}</summary>
      <p className="filters-hint">{t('subtypes.hint')}</p>
      {KINDS.map((kind) => {
        const offered = SUBTYPES[kind].filter((s) => present.has(s));
        if (offered.length === 0) return null;
        return (
          <fieldset key={kind} className="actor-group">
            <legend className="actor-group-name">
              <KindSwatch kind={kind} />
              {t(`kinds:${kind}`)}
            </legend>
            <ul className="actor-list">
              {offered.map((subtype) => (
                <CountedCheckbox
                  key={subtype}
                  inputId={`${id}-${subtype}`}
                  name={t(`kinds:subtype.${subtype}`)}
                  count={counts.get(subtype) ?? 0}
                  checked={subtypes.includes(subtype)}
                  lang={lang}
                  onChange={(checked) => toggle(subtype, checked)}
                />
              ))}
            </ul>
          </fieldset>
        );
      })}
    </details>
  );
}
