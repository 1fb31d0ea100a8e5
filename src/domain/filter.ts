import { dayParts } from './iso-day';
import { monthWord, queryTerms, searchForm } from './search-normalize';
import {
  KINDS,
  kindOfSubtype,
  type Corpus,
  type EventKind,
  type EventSubtype,
  type KhattEvent,
} from './types';
import type { ViewState } from './view-state';

/**
 * Filtering by actors, kinds, date window and text. Built for 100,000 events: the corpus is
 * sorted and indexed once (memoised per corpus object), text search scans one joined,
 * pre-normalised string, and the result of the non-actor filters is reused between
 * `filterEvents` and `actorCounts`.
 */

/** The filter fields of a ViewState. */
export type FilterState = Pick<
  ViewState,
  'actors' | 'match' | 'kinds' | 'subtypes' | 'source' | 'from' | 'to' | 'q'
>;

/** The patch that clears every filter (one history entry). */
export const CLEARED_FILTERS: FilterState = {
  actors: [],
  match: 'any',
  kinds: [],
  subtypes: [],
  source: null,
  from: null,
  to: null,
  q: '',
};

/** How many filter groups are narrowing the events (actors, kinds and subtypes, dates, text). */
export function activeFilterCount(state: FilterState): number {
  return (
    Number(state.actors.length > 0) +
    Number(state.kinds.length > 0 || state.subtypes.length > 0) +
    Number(state.source !== null) +
    Number(Boolean(state.from || state.to)) +
    Number(queryTerms(state.q).length > 0)
  );
}

interface TextIndex {
  /** Every event's normalised haystack, in sorted order, joined by '\n' (never inside a term). */
  text: string;
  /** offsets[i] is where event i starts in `text`; offsets[n] is text.length + 1. */
  offsets: Int32Array;
  /** Recent terms → which events contain them (1/0 per sorted event). */
  terms: Map<string, { hits: Uint8Array; count: number }>;
}

interface CorpusIndex {
  /** Events ordered by date.start, then id. */
  events: KhattEvent[];
  /** Distinct actor ids of each sorted event. */
  actorIds: string[][];
  /** Built on the first text search only. */
  text: TextIndex | null;
  /** Distinct sources each sorted event quotes; built on the first count by source. */
  sourceIds: string[][] | null;
  /** Recent non-actor filter results, shared by filterEvents, actorCounts and kindCounts. */
  bases: Map<string, Int32Array>;
  /** Recent filterEvents results: one filter state is one array, however often it is asked. */
  results: Map<string, readonly KhattEvent[]>;
}

const indexes = new WeakMap<Corpus, CorpusIndex>();
const MAX_CACHED_TERMS = 64;
const MAX_CACHED_BASES = 4;

/** The one time order of events: by first day, then by id (the list, the time index). */
export function byDateThenId(a: KhattEvent, b: KhattEvent): number {
  if (a.date.start !== b.date.start) return a.date.start < b.date.start ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function corpusIndex(corpus: Corpus): CorpusIndex {
  let index = indexes.get(corpus);
  if (!index) {
    const events = [...corpus.events].sort(byDateThenId);
    index = {
      events,
      actorIds: events.map((e) => [...new Set(e.actors.map((a) => a.id))]),
      text: null,
      sourceIds: null,
      bases: new Map(),
      results: new Map(),
    };
    indexes.set(corpus, index);
  }
  return index;
}

/** The month and year words of a date ("شباط 2021"), so a month name finds what happened then. */
function dateWords(event: KhattEvent): string {
  const { start, end, precision } = event.date;
  if (precision === 'year') return start.slice(0, 4);
  const [y1, m1] = dayParts(start);
  const [y2, m2] = dayParts(end);
  const first = `${monthWord(m1)} ${y1}`;
  return y1 === y2 && m1 === m2 ? first : `${first} ${monthWord(m2)} ${y2}`;
}

/**
 * The text an event is found by: titles, summaries, places, quotes, its actors' names, and the
 * month and year it happened in.
 */
function haystack(event: KhattEvent, actorText: Map<string, string>): string {
  const parts = [event.title.ar, event.title.en, event.summary.ar, event.summary.en];
  if (event.place) parts.push(event.place.ar, event.place.en);
  for (const excerpt of event.excerpts) parts.push(excerpt.quote);
  const own = `${searchForm(parts.join(' '))} ${dateWords(event)}`;
  const names = [...new Set(event.actors.map((a) => actorText.get(a.id) ?? ''))].join(' ');
  return `${own} ${names}`;
}

function textIndex(corpus: Corpus, index: CorpusIndex): TextIndex {
  if (!index.text) {
    const actorText = new Map(
      corpus.actors.map((a) => [
        a.id,
        searchForm([a.name.ar, a.name.en, ...(a.aliases ?? [])].join(' ')),
      ]),
    );
    const offsets = new Int32Array(index.events.length + 1);
    const chunks: string[] = [];
    let at = 0;
    index.events.forEach((event, i) => {
      offsets[i] = at;
      const chunk = haystack(event, actorText);
      chunks.push(chunk);
      at += chunk.length + 1;
    });
    offsets[index.events.length] = at;
    index.text = { text: chunks.join('\n'), offsets, terms: new Map() };
  }
  return index.text;
}

/** The sorted event whose haystack contains position `pos` (offsets ascend). */
function eventAt(offsets: Int32Array, pos: number, low: number): number {
  let high = offsets.length - 2;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((offsets[mid] ?? 0) <= pos) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Which events contain a term: narrowed from a cached shorter term when one is inside it. */
function termHits(ti: TextIndex, term: string): Uint8Array {
  const cached = ti.terms.get(term);
  if (cached) {
    ti.terms.delete(term);
    ti.terms.set(term, cached);
    return cached.hits;
  }
  const n = ti.offsets.length - 1;
  const hits = new Uint8Array(n);
  let count = 0;
  let narrowFrom: { hits: Uint8Array; count: number } | undefined;
  for (const [other, entry] of ti.terms) {
    if (term.includes(other) && (!narrowFrom || entry.count < narrowFrom.count)) narrowFrom = entry;
  }
  if (narrowFrom) {
    // Typing one more letter: only events holding the shorter term can hold the longer one.
    for (let i = 0; i < n; i++) {
      if (!narrowFrom.hits[i]) continue;
      const slice = ti.text.slice(ti.offsets[i], (ti.offsets[i + 1] ?? 0) - 1);
      if (slice.includes(term)) {
        hits[i] = 1;
        count++;
      }
    }
  } else {
    let pos = ti.text.indexOf(term);
    let i = 0;
    while (pos >= 0) {
      i = eventAt(ti.offsets, pos, i);
      hits[i] = 1;
      count++;
      pos = ti.text.indexOf(term, ti.offsets[i + 1]);
    }
  }
  ti.terms.set(term, { hits, count });
  if (ti.terms.size > MAX_CACHED_TERMS) {
    const oldest = ti.terms.keys().next().value;
    if (oldest !== undefined) ti.terms.delete(oldest);
  }
  return hits;
}

/**
 * Builds the text index ahead of the first search (a few hundred ms at 100,000 events), e.g.
 * when the search box gets focus, so the first keystrokes do not pay for it.
 */
export function prepareSearch(corpus: Corpus): void {
  textIndex(corpus, corpusIndex(corpus));
}

/**
 * The subtype rule: chosen subtypes narrow their own kind only. Per kind, the chosen subtypes of
 * that kind, or null when none of its subtypes is chosen (the kind shows all its subtypes).
 */
function subtypesByKind(subtypes: readonly EventSubtype[] = []): Map<EventKind, Set<string>> {
  const byKind = new Map<EventKind, Set<string>>();
  for (const subtype of subtypes) {
    const kind = kindOfSubtype(subtype);
    if (kind) byKind.set(kind, (byKind.get(kind) ?? new Set()).add(subtype));
  }
  return byKind;
}

/** Whether an event passes the subtype rule (an event without a subtype passes a narrowed kind only when none is chosen). */
function passesSubtypes(event: KhattEvent, byKind: Map<EventKind, Set<string>>): boolean {
  const chosen = byKind.get(event.kind);
  return !chosen || (event.subtype !== undefined && chosen.has(event.subtype));
}

/** Indices (in sorted order) of the events passing kinds, subtypes, dates and text — every filter but actors. */
function baseIndices(corpus: Corpus, state: FilterState): Int32Array {
  const index = corpusIndex(corpus);
  const terms = queryTerms(state.q);
  const kinds = state.kinds.length ? new Set<string>(state.kinds) : null;
  const subtypes = subtypesByKind(state.subtypes);
  const { source } = state;
  const key = baseKey(state, terms);
  const cached = index.bases.get(key);
  if (cached) return cached;

  const termSets = terms.length
    ? (() => {
        const ti = textIndex(corpus, index);
        return terms.map((term) => termHits(ti, term));
      })()
    : [];
  const { from, to } = state;
  const out: number[] = [];
  index.events.forEach((event, i) => {
    if (kinds && !kinds.has(event.kind)) return;
    if (!passesSubtypes(event, subtypes)) return;
    if (source && !event.excerpts.some((x) => x.source === source)) return;
    // A date range passes when it overlaps [from, to] at all.
    if (from && event.date.end < from) return;
    if (to && event.date.start > to) return;
    for (const hits of termSets) if (!hits[i]) return;
    out.push(i);
  });
  return remember(index.bases, key, Int32Array.from(out));
}

/** What baseIndices' result depends on, as a key (the order of chosen values does not count). */
function baseKey(state: FilterState, terms: readonly string[] = queryTerms(state.q)): string {
  return JSON.stringify([
    [...state.kinds].sort(),
    [...state.subtypes].sort(),
    state.source,
    state.from,
    state.to,
    terms,
  ]);
}

/** Keeps `value` under `key` among the last MAX_CACHED_BASES, and returns it. */
function remember<T>(cache: Map<string, T>, key: string, value: T): T {
  cache.set(key, value);
  if (cache.size > MAX_CACHED_BASES) {
    const oldest = cache.keys().next().value;
    if (oldest !== undefined) cache.delete(oldest);
  }
  return value;
}

function passesActors(ids: readonly string[], chosen: readonly string[], match: 'any' | 'all') {
  if (chosen.length === 0) return true;
  return match === 'all'
    ? chosen.every((id) => ids.includes(id))
    : chosen.some((id) => ids.includes(id));
}

/** Every event of the corpus in the one time order (byDateThenId): one array per corpus. */
export const eventsInTimeOrder = (corpus: Corpus): readonly KhattEvent[] =>
  corpusIndex(corpus).events;

/** Where each result of filterEvents was picked from: the corpus in time order, and positions. */
const picks = new WeakMap<readonly KhattEvent[], Picked>();

export interface Picked {
  /** The whole corpus, ordered by byDateThenId (one array per corpus). */
  from: readonly KhattEvent[];
  /** The position in `from` of each picked event, ascending. */
  at: Int32Array;
}

/**
 * The events the current filters let through, ordered by date.start, then id. The same filter
 * state gives the same array (the last few are kept), so what is derived from it downstream —
 * the time index, the density, the list — is not built again for a state seen a moment ago.
 */
export function filterEvents(corpus: Corpus, state: FilterState): readonly KhattEvent[] {
  const index = corpusIndex(corpus);
  const key = JSON.stringify([baseKey(state), [...state.actors].sort(), state.match]);
  const cached = index.results.get(key);
  if (cached) return cached;
  const out: KhattEvent[] = [];
  const at: number[] = [];
  for (const i of baseIndices(corpus, state)) {
    if (passesActors(index.actorIds[i] ?? [], state.actors, state.match)) {
      const event = index.events[i];
      if (event) {
        out.push(event);
        at.push(i);
      }
    }
  }
  picks.set(out, { from: index.events, at: Int32Array.from(at) });
  return remember(index.results, key, out);
}

/**
 * For an array filterEvents returned, the sorted corpus it was picked from and where, so what
 * is derived per event once for the corpus (the time index's instants) is reused, not redone.
 */
export function pickedFrom(events: readonly KhattEvent[]): Picked | undefined {
  return picks.get(events);
}

/**
 * For each actor, how many events checking it would show under the other active filters: kinds,
 * dates and text always; in `all` mode also the other chosen actors (in `any` mode choosing more
 * actors only widens, so they do not narrow each other's counts). Actors with no event are absent.
 */
export function actorCounts(corpus: Corpus, state: FilterState): Map<string, number> {
  const index = corpusIndex(corpus);
  const counts = new Map<string, number>();
  const required = state.match === 'all' ? state.actors : [];
  for (const i of baseIndices(corpus, state)) {
    const ids = index.actorIds[i] ?? [];
    // With A among the chosen, "the others and A" is all of them; with A not chosen, it is
    // the chosen plus A — either way the event must hold every chosen actor, and A.
    if (!required.every((id) => ids.includes(id))) continue;
    for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}

/** For each kind, how many events pressing it alone would show under every other filter. */
export function kindCounts(corpus: Corpus, state: FilterState): Map<EventKind, number> {
  const index = corpusIndex(corpus);
  const counts = new Map<EventKind, number>(KINDS.map((k) => [k, 0]));
  // Subtypes narrow within a kind, so pressing a kind alone keeps them.
  for (const i of baseIndices(corpus, { ...state, kinds: [] })) {
    const event = index.events[i];
    if (event && passesActors(index.actorIds[i] ?? [], state.actors, state.match)) {
      counts.set(event.kind, (counts.get(event.kind) ?? 0) + 1);
    }
  }
  return counts;
}

/**
 * For each subtype that some event has, how many events it covers under every filter except
 * kinds and subtypes (the count stays put as subtypes are ticked, like the kinds' counts).
 */
export function subtypeCounts(corpus: Corpus, state: FilterState): Map<EventSubtype, number> {
  const index = corpusIndex(corpus);
  const counts = new Map<EventSubtype, number>();
  for (const i of baseIndices(corpus, { ...state, kinds: [], subtypes: [] })) {
    const event = index.events[i];
    if (event?.subtype && passesActors(index.actorIds[i] ?? [], state.actors, state.match)) {
      counts.set(event.subtype, (counts.get(event.subtype) ?? 0) + 1);
    }
  }
  return counts;
}

/** For each article, how many events choosing it would show under every other filter. */
export function sourceCounts(corpus: Corpus, state: FilterState): Map<string, number> {
  const index = corpusIndex(corpus);
  index.sourceIds ??= index.events.map((e) => [...new Set(e.excerpts.map((x) => x.source))]);
  const counts = new Map<string, number>(corpus.sources.map((s) => [s.id, 0]));
  for (const i of baseIndices(corpus, { ...state, source: null })) {
    if (!passesActors(index.actorIds[i] ?? [], state.actors, state.match)) continue;
    for (const id of index.sourceIds[i] ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  return counts;
}
