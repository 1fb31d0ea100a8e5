import { queryTerms, searchForm } from '../../domain/search-normalize';
import type { Actor, Corpus, Group, Lang } from '../../domain/types';

/** The actor list of the filter panel: grouped in `corpus.groups` order, searchable by name. */

export interface ActorGroup {
  /** Null for actors whose group the corpus does not list. */
  group: Group | null;
  actors: Actor[];
}

const searchText = new WeakMap<Corpus, Map<string, string>>();

/** Each actor's names in both languages and its Arabic aliases, normalised once per corpus. */
function namesOf(corpus: Corpus): Map<string, string> {
  let names = searchText.get(corpus);
  if (!names) {
    names = new Map(
      corpus.actors.map((a) => [
        a.id,
        searchForm([a.name.ar, a.name.en, ...(a.aliases ?? [])].join(' ')),
      ]),
    );
    searchText.set(corpus, names);
  }
  return names;
}

const collators: Partial<Record<Lang, Intl.Collator>> = {};

/**
 * Actors matching the search (every term in a name or alias), plus every chosen actor so a
 * search never hides a ticked box; grouped in the corpus's group order and sorted by name.
 * Groups left empty are dropped.
 */
export function groupActors(
  corpus: Corpus,
  lang: Lang,
  search: string,
  chosen: readonly string[],
): ActorGroup[] {
  const terms = queryTerms(search);
  const names = namesOf(corpus);
  const collator = (collators[lang] ??= new Intl.Collator(lang));
  const shown = corpus.actors
    .filter(
      (a) => chosen.includes(a.id) || terms.every((term) => (names.get(a.id) ?? '').includes(term)),
    )
    .sort((a, b) => collator.compare(a.name[lang], b.name[lang]));
  const known = new Set(corpus.groups.map((g) => g.id));
  const groups: ActorGroup[] = corpus.groups.map((group) => ({
    group,
    actors: shown.filter((a) => a.group === group.id),
  }));
  groups.push({ group: null, actors: shown.filter((a) => !known.has(a.group)) });
  return groups.filter((g) => g.actors.length > 0);
}
