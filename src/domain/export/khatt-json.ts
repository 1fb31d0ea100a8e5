import type { Corpus, KhattEvent } from '../types';

/**
 * A `khatt` v1 corpus holding the given events and only the sources, actors (with the actors
 * they are affiliated to, so every reference resolves) and groups those events reference.
 * Loads back into Khatt as it is; the order of each list follows the original corpus.
 */
export function subsetCorpus(corpus: Corpus, events: readonly KhattEvent[]): Corpus {
  const byId = new Map(corpus.actors.map((a) => [a.id, a]));
  const actorIds = new Set<string>();
  const sourceIds = new Set<string>();
  const addActor = (id: string | undefined) => {
    // An affiliation chain is followed to its end; the Set stops a cycle.
    while (id !== undefined && !actorIds.has(id)) {
      actorIds.add(id);
      id = byId.get(id)?.affiliation;
    }
  };
  for (const event of events) {
    for (const a of event.actors) addActor(a.id);
    for (const x of event.excerpts) sourceIds.add(x.source);
  }
  const actors = corpus.actors.filter((a) => actorIds.has(a.id));
  const groupIds = new Set(actors.map((a) => a.group));
  const eventIds = new Set(events.map((e) => e.id));
  return {
    format: corpus.format,
    version: corpus.version,
    groups: corpus.groups.filter((g) => groupIds.has(g.id)),
    sources: corpus.sources.filter((s) => sourceIds.has(s.id)),
    actors,
    events: corpus.events.filter((e) => eventIds.has(e.id)),
  };
}

/** The subset as pretty-printed JSON, the same layout the compiler writes. */
export function khattJson(corpus: Corpus, events: readonly KhattEvent[]): string {
  return `${JSON.stringify(subsetCorpus(corpus, events), null, 2)}\n`;
}
