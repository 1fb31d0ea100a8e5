import { parseExcerptId } from './excerpt-id';
import type { Ignored } from './url-codec';
import type { Corpus } from './types';
import type { ViewState } from './view-state';

/**
 * Drops ids a link names that this corpus does not have, and says which. An event id the
 * corpus's redirects list opens the event it became (`moved`) or is dropped as `removed`.
 * An excerpt opens its article; one the corpus lacks is dropped and keeps the rest of the link.
 */
export function reconcileWithCorpus(
  state: ViewState,
  corpus: Corpus,
): { state: ViewState; ignored: Ignored[] } {
  const ignored: Ignored[] = [];
  // A link names one event at most: a search for it, not a set of every id (100,000 of them).
  const hasEvent = (id: string) => corpus.events.some((e) => e.id === id);
  const actors = new Set(corpus.actors.map((a) => a.id));
  const sources = new Set(corpus.sources.map((s) => s.id));
  const next = { ...state };
  let changed = false;
  if (next.excerpt) {
    const value = next.excerpt;
    const ref = parseExcerptId(value);
    const event = ref && corpus.events.find((e) => e.id === ref.event);
    const excerpt = ref && event?.excerpts[ref.index];
    if (!excerpt) {
      ignored.push({ param: 'excerpt', reason: 'unknown-id', value });
      // The excerpt named a missing event: one notice says so, not a second for the event.
      const redirected = corpus.redirects?.some((r) => r.from === ref?.event);
      if (!event && !redirected && next.event === ref?.event) next.event = null;
      next.excerpt = null;
    } else if (next.article === null) {
      next.article = excerpt.source;
      changed = true;
    } else if (next.article !== excerpt.source) {
      ignored.push({ param: 'excerpt', reason: 'invalid', value });
      next.excerpt = null;
    }
  }
  if (next.event && !hasEvent(next.event)) {
    const value = next.event;
    const redirect = corpus.redirects?.find((r) => r.from === value);
    if (redirect?.to !== undefined && hasEvent(redirect.to)) {
      ignored.push({ param: 'event', reason: 'moved', value, to: redirect.to });
      next.event = redirect.to;
    } else {
      ignored.push({ param: 'event', reason: redirect ? 'removed' : 'unknown-id', value });
      next.event = null;
    }
  }
  if (next.article && !sources.has(next.article)) {
    ignored.push({ param: 'article', reason: 'unknown-id', value: next.article });
    next.article = null;
  }
  if (next.source && !sources.has(next.source)) {
    ignored.push({ param: 'source', reason: 'unknown-id', value: next.source });
    next.source = null;
  }
  const known = next.actors.filter((id) => actors.has(id));
  for (const id of next.actors) {
    if (!actors.has(id)) ignored.push({ param: 'actors', reason: 'unknown-id', value: id });
  }
  if (known.length !== next.actors.length) next.actors = known;
  return { state: ignored.length || changed ? next : state, ignored };
}
