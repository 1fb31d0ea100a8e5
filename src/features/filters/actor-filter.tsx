import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Corpus, Lang } from '../../domain/types';
import type { ViewState } from '../../domain/view-state';
import { viewActions } from '../../url-state/view-store';
import { CountedCheckbox } from './counted-checkbox';
import { groupActors } from './actor-groups';

/**
 * Actors as checkboxes, grouped, each with its live count (described, not named, so the
 * accessible name stays the actor's name), a search-as-you-type box over names and Arabic
 * aliases, and — once actors are chosen — the any-of / all-of choice, placed on the legend's
 * line so that its appearing never shifts the boxes under the pointer.
 */
export function ActorFilter({
  corpus,
  chosen,
  match: chosenMatch,
  lang,
  counts,
}: {
  corpus: Corpus;
  /** The actors chosen now. */
  chosen: readonly string[];
  match: ViewState['match'];
  lang: Lang;
  counts: ReadonlyMap<string, number>;
}) {
  const { t } = useTranslation('filters');
  const id = useId();
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const groups = useMemo(
    () => groupActors(corpus, lang, deferredSearch, chosen),
    [corpus, lang, deferredSearch, chosen],
  );

  const toggle = (actorId: string, checked: boolean) =>
    viewActions.setFilters({
      actors: checked ? [...chosen, actorId] : chosen.filter((other) => other !== actorId),
    });

  return (
    <fieldset className="filters-group filters-actors">
      <legend className="visually-hidden">{t('actors.legend')}</legend>
      {/* The legend is hidden and repeated here so the match choice can share its line. */}
      <div className="actors-head">
        <span className="filters-legend" aria-hidden="true">
          {t('actors.legend')}
        </span>
        {chosen.length > 0 && (
          <fieldset className="filters-match">
            <legend className="visually-hidden">{t('actors.match.legend')}</legend>
            {(['any', 'all'] as const).map((match) => (
              <label key={match} className="filters-radio">
                <input
                  type="radio"
                  name={`${id}-match`}
                  value={match}
                  checked={chosenMatch === match}
                  onChange={() => viewActions.setFilters({ match })}
                />
                {t(`actors.match.${match}`)}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <label htmlFor={`${id}-search`} className="filters-label">
        {t('actors.search')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={search}
        autoComplete="off"
        spellCheck={false}
        aria-controls={`${id}-list`}
        onChange={(e) => setSearch(e.target.value)}
      />
      <div id={`${id}-list`} className="actor-groups">
        {groups.length === 0 && (
          <p className="filters-hint" role="status">
            {t('actors.noMatch')}
          </p>
        )}
        {groups.map(({ group, actors }) => (
          <fieldset key={group?.id ?? ''} className="actor-group">
            <legend className="actor-group-name">
              {group ? group.name[lang] : t('actors.otherGroup')}
            </legend>
            <ul className="actor-list">
              {actors.map((actor) => (
                <CountedCheckbox
                  key={actor.id}
                  inputId={`${id}-actor-${actor.id}`}
                  name={actor.name[lang]}
                  count={counts.get(actor.id) ?? 0}
                  checked={chosen.includes(actor.id)}
                  lang={lang}
                  onChange={(checked) => toggle(actor.id, checked)}
                />
              ))}
            </ul>
          </fieldset>
        ))}
      </div>
    </fieldset>
  );
}
