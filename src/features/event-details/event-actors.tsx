import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus, KhattEvent, Lang } from '../../domain/types';
import { shallowEqual, useView, viewActions } from '../../url-state/view-store';

/** The event's actors with their roles; each name filters the timeline to that actor. */
export function EventActors({
  corpus,
  event,
  lang,
}: {
  corpus: Corpus;
  event: KhattEvent;
  lang: Lang;
}) {
  const { t } = useTranslation(['details', 'kinds']);
  const chosen = useView((s) => s.actors, shallowEqual);
  const headingId = useId();
  const names = useMemo(() => new Map(corpus.actors.map((a) => [a.id, a.name])), [corpus.actors]);
  if (event.actors.length === 0) return null;

  return (
    <>
      <h3 id={headingId} className="details-subheading">
        {t('details:actors')}
      </h3>
      <ul className="details-actors" aria-labelledby={headingId}>
        {event.actors.map(({ id, role }) => {
          const name = names.get(id)?.[lang] ?? id;
          // Pressed when the timeline shows exactly this actor; pressing again lifts the filter.
          const only = chosen.length === 1 && chosen[0] === id;
          return (
            <li key={`${id}:${role}`}>
              <button
                type="button"
                className="details-actor"
                aria-pressed={only}
                aria-label={t('details:filterBy', { name })}
                title={t('details:filterBy', { name })}
                onClick={() => viewActions.setFilters({ actors: only ? [] : [id] })}
              >
                {name}
              </button>
              <span className="details-role">{t(`kinds:role.${role}`)}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}
