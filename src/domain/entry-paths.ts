import { serializeViewState } from './url-codec';
import type { Lang } from './types';
import type { ViewState } from './view-state';

/**
 * The static entries the build writes beside the app root: one page per event (`e/<id>/`, and
 * `en/e/<id>/` for English) so a pasted link gets a preview, and the embed (`embed/`). All of
 * them load the same app; these pure functions map between their paths and the view state.
 */

const EVENT_PATH = /^(.*?\/)(?:(en)\/)?e\/([a-z0-9][a-z0-9-]{0,99})\/(?:index\.html)?$/;
const EMBED_PATH = /^(.*\/)embed\/(?:index\.html)?$/;

/** The event (and the language, for `en/e/<id>/`) a per-event entry path opens, or null. */
export function eventFromPath(pathname: string): { event: string; lang: Lang | null } | null {
  const m = EVENT_PATH.exec(pathname);
  if (!m) return null;
  return { event: m[3] ?? '', lang: m[2] === 'en' ? 'en' : null };
}

/** Whether a path is the embed entry. */
export function isEmbedPath(pathname: string): boolean {
  return EMBED_PATH.test(pathname);
}

/**
 * The app root (ending in `/`) that an entry path lives under: `/khatt/e/x/` → `/khatt/`.
 * Leading slashes collapse to one: `//index.html` must not become a protocol-relative `//`.
 */
export function appRootPath(pathname: string): string {
  const path = pathname.replace(/^\/+/, '/');
  const m = EVENT_PATH.exec(path) ?? EMBED_PATH.exec(path);
  if (m) return m[1] ?? '/';
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '/' : path.slice(0, slash + 1);
}

/** The per-event entry of an event, relative to the app root: `e/<id>/` or `en/e/<id>/`. */
export function eventPagePath(id: string, lang: Lang): string {
  return `${lang === 'en' ? 'en/' : ''}e/${id}/`;
}

/**
 * The address to share for a view, under `root` (an absolute URL ending in `/`): a selected
 * event's own entry (which gives the link preview) carrying the rest of the state in the query,
 * or the app root with the whole state.
 */
export function shareLink(root: string, state: ViewState): string {
  if (!state.event) return `${root}${serializeViewState(state)}`;
  // The entry names the event, and the English entry the language: the query says the rest.
  // The event leaves the query only now: serialised without it, its excerpt would be dropped.
  const rest = serializeViewState({ ...state, lang: 'ar' })
    .replace(/([?&])event=[^&]*(&|$)/, (_, lead: string, tail: string) => (tail ? lead : ''))
    .replace(/^\?$/, '');
  return `${root}${eventPagePath(state.event, state.lang)}${rest}`;
}

/** The embed's address for a view, under `root`. */
export function embedLink(root: string, state: ViewState): string {
  return `${root}embed/${serializeViewState(state)}`;
}

/** Escapes text for a double-quoted HTML attribute. */
const attribute = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

/** The `<iframe>` markup a host page pastes to embed a view (height fixed, width fluid). */
export function embedSnippet(src: string, title: string): string {
  return (
    `<iframe src="${attribute(src)}" title="${attribute(title)}" width="100%" height="480" ` +
    `loading="lazy" referrerpolicy="no-referrer" style="border: 0; max-width: 100%"></iframe>`
  );
}
