import { parseExcerptId } from './excerpt-id';
import { ID_PATTERN } from './ids';
import { isBoundedDay } from './iso-day';
import { ALL_SUBTYPES, KINDS } from './types';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

/**
 * The one typed codec between the address bar and ViewState. Parsing is total: any string
 * gives a valid state plus a list of what was dropped, never an exception. Serialising any
 * state — even one built from garbage — gives a canonical query that parses back without a
 * single complaint and fits in a link (see LIMITS).
 */

/** Why a part of a link was not used; the UI phrases it in the user's language. */
export interface Ignored {
  param: string;
  /** `moved` and `removed`: an event id the corpus's redirects know (see reconcile.ts). */
  reason: 'unknown-param' | 'invalid' | 'unknown-id' | 'moved' | 'removed';
  value: string;
  /** For `moved`: the event the old id became, now selected instead. */
  to?: string;
}

export const LIMITS = {
  /** Search text, in code points (a user-perceived cap, not bytes). */
  q: 200,
  /** Chosen actors kept in a link. */
  actors: 24,
  /** Characters in an event, article or actor id. */
  id: 100,
  /**
   * Characters in the serialised query string: leaves 100 for origin and path, so the whole
   * link stays under 2,000 — the length every browser, chat app and mail client keeps intact.
   */
  query: 1900,
  /** Entries reported as ignored from one link. */
  ignored: 20,
  /** Characters of a dropped value echoed back in a report. */
  echo: 40,
} as const;

/** Every parameter a Khatt link may carry, in canonical order. */
export const PARAMS = [
  'lang',
  'view',
  'event',
  'article',
  'excerpt',
  'actors',
  'match',
  'kinds',
  'subtypes',
  'source',
  'from',
  'to',
  'q',
  'window',
] as const;
type Param = (typeof PARAMS)[number];
const isParam = (key: string): key is Param => (PARAMS as readonly string[]).includes(key);

const isId = (s: string) => s.length <= LIMITS.id && ID_PATTERN.test(s);
/** `<event id>.<place>`: the event's id within the id limit (see excerpt-id.ts). */
const isExcerptId = (s: string) => {
  const ref = s.length <= LIMITS.id + 4 ? parseExcerptId(s) : null;
  return ref !== null && isId(ref.event);
};
/** A real calendar day (no 2021-02-30) between 1900 and 2100. */
const isDay = isBoundedDay;

// Lone surrogates cannot be percent-encoded (encodeURIComponent throws on them).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// Controls (NUL …) and the bidi embeddings, overrides, isolates and marks that could reorder
// or hide text around the search box.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000E-\u001F\u007F-\u009F\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]/g;

/** The first `n` code points of a string (never splits a surrogate pair). */
function firstCodePoints(s: string, n: number): string {
  if (s.length <= n) return s;
  let end = 0;
  for (let count = 0; count < n && end < s.length; count++) {
    end += (s.codePointAt(end) ?? 0) > 0xffff ? 2 : 1;
  }
  return s.slice(0, end);
}

/** Text safe to show and to put in a link: well-formed, no controls or bidi overrides. */
function cleanText(s: string, max: number): string {
  // Cut a generous prefix first so a 100,000-character value costs nothing to clean.
  return firstCodePoints(
    firstCodePoints(s, max * 4)
      .replace(LONE_SURROGATE, '\uFFFD')
      .replace(LINE_BREAKS, ' ')
      .replace(INVISIBLE, ''),
    max,
  );
}

/** The search text a link may carry: cleaned, at most LIMITS.q code points, '' when blank. */
export function sanitizeQuery(q: string): string {
  const cleaned = cleanText(q, LIMITS.q);
  return cleaned.trim() ? cleaned : '';
}

const lowerTrim = (s: string) => s.trim().toLowerCase();

/** Parses a query string into a ViewState; never throws; reports what it dropped. */
export function parseViewState(search: string): { state: ViewState; ignored: Ignored[] } {
  const state: ViewState = { ...DEFAULT_VIEW_STATE, actors: [], kinds: [], subtypes: [] };
  const ignored: Ignored[] = [];
  const report = (param: string, reason: Ignored['reason'], value: string) => {
    if (ignored.length < LIMITS.ignored) {
      ignored.push({
        param: cleanText(param, LIMITS.echo),
        reason,
        value: cleanText(value, LIMITS.echo),
      });
    }
  };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(typeof search === 'string' ? search : '');
  } catch {
    return { state, ignored: [{ param: '?', reason: 'invalid', value: '' }] };
  }

  const seen = new Set<Param>();
  for (const [rawKey, value] of params) {
    const key = lowerTrim(rawKey);
    if (!isParam(key)) {
      report(rawKey, 'unknown-param', value);
      continue;
    }
    // The first occurrence wins, whatever its case: later ones are reported, never merged.
    if (seen.has(key)) {
      report(rawKey, 'invalid', value);
      continue;
    }
    seen.add(key);
    const token = lowerTrim(value);
    switch (key) {
      case 'lang':
        if (token === 'ar' || token === 'en') state.lang = token;
        else report(key, 'invalid', value);
        break;
      case 'view':
        if (token === 'timeline' || token === 'list') state.view = token;
        else report(key, 'invalid', value);
        break;
      case 'match':
        if (token === 'any' || token === 'all') state.match = token;
        else report(key, 'invalid', value);
        break;
      case 'event':
      case 'article':
      case 'source':
        if (isId(token)) state[key] = token;
        else report(key, 'invalid', value);
        break;
      case 'excerpt':
        if (isExcerptId(token)) state.excerpt = token;
        else report(key, 'invalid', value);
        break;
      case 'actors':
        for (const item of value.split(',')) {
          const id = lowerTrim(item);
          if (id === '' || state.actors.includes(id)) continue;
          if (!isId(id)) report(key, 'invalid', item);
          else if (state.actors.length >= LIMITS.actors) report(key, 'invalid', item);
          else state.actors.push(id);
        }
        break;
      case 'kinds': {
        const chosen = new Set<string>();
        for (const item of value.split(',')) {
          const kind = lowerTrim(item);
          if (kind === '') continue;
          if ((KINDS as readonly string[]).includes(kind)) chosen.add(kind);
          else report(key, 'invalid', item);
        }
        state.kinds = KINDS.filter((k) => chosen.has(k));
        break;
      }
      case 'subtypes': {
        const chosen = new Set<string>();
        for (const item of value.split(',')) {
          const subtype = lowerTrim(item);
          if (subtype === '') continue;
          if ((ALL_SUBTYPES as readonly string[]).includes(subtype)) chosen.add(subtype);
          else report(key, 'invalid', item);
        }
        state.subtypes = ALL_SUBTYPES.filter((s) => chosen.has(s));
        break;
      }
      case 'from':
      case 'to':
        if (isDay(token)) state[key] = token;
        else report(key, 'invalid', value);
        break;
      case 'q':
        state.q = sanitizeQuery(value);
        // Cut short or stripped of controls/bidi overrides: used, but the notice says so.
        if ([...value].length > LIMITS.q || new RegExp(INVISIBLE.source).test(value)) {
          report(key, 'invalid', value);
        }
        break;
      case 'window': {
        const [start = '', end = '', ...rest] = token.split(token.includes('..') ? '..' : '/');
        if (rest.length === 0 && isDay(start) && isDay(end) && start <= end) {
          state.window = { start, end };
        } else report(key, 'invalid', value);
        break;
      }
    }
  }
  // An excerpt names its event: it selects it, and a link naming another event keeps that one.
  const excerptOf = state.excerpt === null ? null : parseExcerptId(state.excerpt);
  if (excerptOf && state.event === null) state.event = excerptOf.event;
  else if (excerptOf && state.event !== excerptOf.event) {
    report('excerpt', 'invalid', state.excerpt ?? '');
    state.excerpt = null;
  }
  if (state.from && state.to && state.from > state.to) {
    report('to', 'invalid', state.to);
    state.to = null;
  }
  return { state, ignored };
}

/**
 * Any ViewState-shaped value made valid field by field: unknown or malformed values fall back
 * to the default, ids, kinds and subtypes are deduplicated, lists capped and q cleaned.
 */
export function validViewState(state: ViewState): ViewState {
  const id = (s: unknown) => (typeof s === 'string' && isId(s) ? s : null);
  const day = (s: unknown) => (typeof s === 'string' && isDay(s) ? s : null);
  const list = (xs: unknown): unknown[] => (Array.isArray(xs) ? xs : []);
  const from = day(state.from);
  let to = day(state.to);
  if (from && to && from > to) to = null;
  const start = day(state.window?.start);
  const end = day(state.window?.end);
  const event = id(state.event);
  const excerpt =
    typeof state.excerpt === 'string' &&
    isExcerptId(state.excerpt) &&
    parseExcerptId(state.excerpt)?.event === event
      ? state.excerpt
      : null;
  return {
    lang: state.lang === 'en' ? 'en' : 'ar',
    view: state.view === 'list' ? 'list' : 'timeline',
    event,
    article: id(state.article),
    excerpt,
    actors: [...new Set(list(state.actors).filter((a): a is string => id(a) !== null))].slice(
      0,
      LIMITS.actors,
    ),
    match: state.match === 'all' ? 'all' : 'any',
    kinds: KINDS.filter((k) => list(state.kinds).includes(k)),
    subtypes: ALL_SUBTYPES.filter((s) => list(state.subtypes).includes(s)),
    source: id(state.source),
    from,
    to,
    q: typeof state.q === 'string' ? sanitizeQuery(state.q) : '',
    window: start && end && start <= end ? { start, end } : null,
  };
}

/** Percent-encoding that keeps commas (list separators) and spaces (as '+') readable. */
const encode = (value: string) =>
  encodeURIComponent(value).replace(/%20/g, '+').replace(/%2C/g, ',');

/** Serialises a ViewState to a canonical query string (defaults omitted, stable order). */
export function serializeViewState(input: ViewState): string {
  const state = validViewState(input);
  const fields: [Param, string][] = [];
  if (state.lang !== DEFAULT_VIEW_STATE.lang) fields.push(['lang', state.lang]);
  if (state.view !== DEFAULT_VIEW_STATE.view) fields.push(['view', state.view]);
  if (state.event) fields.push(['event', state.event]);
  if (state.article) fields.push(['article', state.article]);
  if (state.excerpt) fields.push(['excerpt', state.excerpt]);
  const actorsAt = fields.length;
  if (state.match !== 'any') fields.push(['match', state.match]);
  if (state.kinds.length) fields.push(['kinds', state.kinds.join(',')]);
  if (state.subtypes.length) fields.push(['subtypes', state.subtypes.join(',')]);
  if (state.source) fields.push(['source', state.source]);
  if (state.from) fields.push(['from', state.from]);
  if (state.to) fields.push(['to', state.to]);
  if (state.window) fields.push(['window', `${state.window.start}..${state.window.end}`]);

  const join = (list: [Param, string][]) => list.map(([k, v]) => `${k}=${encode(v)}`).join('&');
  // Everything but actors and q fits in about 350 characters; they share the rest.
  const fixed = join(fields).length + 1;
  let actors = state.actors;
  const actorsLength = () => (actors.length ? `&actors=${encode(actors.join(','))}`.length : 0);
  while (actors.length && fixed + actorsLength() > LIMITS.query) actors = actors.slice(0, -1);
  if (actors.length) fields.splice(actorsAt, 0, ['actors', actors.join(',')]);

  let q = state.q;
  const room = LIMITS.query - fixed - actorsLength() - '&q='.length;
  while (q && encode(q).length > room) {
    q = firstCodePoints(
      q,
      Math.max(0, [...q].length - 1 - Math.floor((encode(q).length - room) / 12)),
    );
  }
  if (q.trim()) fields.push(['q', q]);
  const query = join(fields);
  return query ? `?${query}` : '';
}
