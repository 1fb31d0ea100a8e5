import { KINDS, type EventKind } from './types';
import { DEFAULT_VIEW_STATE, type ViewState } from './view-state';

/** Why a part of a link was not used; the UI phrases it in the user's language. */
export interface Ignored {
  param: string;
  reason: 'unknown-param' | 'invalid' | 'unknown-id';
  value: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const isRealDay = (s: string) => {
  if (!ISO.test(s)) return false;
  const [y, m, d] = s.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  return t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
};
const ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/** Parses a query string into a ViewState; never throws; reports what it dropped. */
export function parseViewState(search: string): { state: ViewState; ignored: Ignored[] } {
  const state: ViewState = { ...DEFAULT_VIEW_STATE };
  const ignored: Ignored[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state, ignored: [{ param: '?', reason: 'invalid', value: search.slice(0, 40) }] };
  }
  const bad = (param: string, value: string) =>
    ignored.push({ param, reason: 'invalid', value: value.slice(0, 40) });
  for (const [rawKey, value] of params) {
    const key = rawKey.toLowerCase();
    switch (key) {
      case 'lang':
        if (value === 'ar' || value === 'en') state.lang = value;
        else bad(key, value);
        break;
      case 'view':
        if (value === 'timeline' || value === 'list') state.view = value;
        else bad(key, value);
        break;
      case 'event':
      case 'article':
        if (ID.test(value)) state[key] = value;
        else bad(key, value);
        break;
      case 'actors':
        for (const id of value.split(',').filter(Boolean)) {
          if (ID.test(id) && !state.actors.includes(id)) state.actors.push(id);
          else if (!ID.test(id)) bad(key, id);
        }
        break;
      case 'match':
        if (value === 'any' || value === 'all') state.match = value;
        else bad(key, value);
        break;
      case 'kinds':
        for (const kind of value.split(',').filter(Boolean)) {
          if ((KINDS as readonly string[]).includes(kind)) {
            if (!state.kinds.includes(kind as EventKind)) state.kinds.push(kind as EventKind);
          } else bad(key, kind);
        }
        break;
      case 'from':
      case 'to':
        if (isRealDay(value)) state[key] = value;
        else bad(key, value);
        break;
      case 'q':
        state.q = value.slice(0, 200);
        break;
      case 'window': {
        const [start = '', end = ''] = value.split('..');
        if (isRealDay(start) && isRealDay(end) && start < end) state.window = { start, end };
        else bad(key, value);
        break;
      }
      default:
        ignored.push({
          param: rawKey.slice(0, 40),
          reason: 'unknown-param',
          value: value.slice(0, 40),
        });
    }
  }
  if (state.from && state.to && state.from > state.to) {
    bad('to', state.to);
    state.to = null;
  }
  return { state, ignored };
}

/** Serialises a ViewState to a canonical query string (defaults omitted, stable order). */
export function serializeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.lang !== DEFAULT_VIEW_STATE.lang) params.set('lang', state.lang);
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (state.event) params.set('event', state.event);
  if (state.article) params.set('article', state.article);
  if (state.actors.length) params.set('actors', state.actors.join(','));
  if (state.match !== 'any') params.set('match', state.match);
  if (state.kinds.length) params.set('kinds', [...state.kinds].sort().join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.q) params.set('q', state.q);
  if (state.window) params.set('window', `${state.window.start}..${state.window.end}`);
  const query = params.toString();
  return query ? `?${query}` : '';
}
