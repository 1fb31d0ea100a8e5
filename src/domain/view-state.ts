import type { EventKind, EventSubtype, IsoDay, Lang } from './types';

/** Everything a shared link restores. The URL is its only owner (see src/url-state). */
export interface ViewState {
  lang: Lang;
  view: 'timeline' | 'list';
  /** Selected event id; the details panel is open while one is selected. */
  event: string | null;
  /** Source id open in the article reader, or null when the reader is closed. */
  article: string | null;
  /**
   * One excerpt of the selected event marked in the open article (see excerpt-id.ts); only
   * ever set together with its event.
   */
  excerpt: string | null;
  actors: string[];
  /** Whether an event must involve any of the chosen actors, or all of them. */
  match: 'any' | 'all';
  /** Kinds shown; empty means every kind. */
  kinds: EventKind[];
  /**
   * Subtypes shown, in codebook order; each narrows its own kind only (a kind none of whose
   * subtypes is chosen shows all its subtypes). Empty means every subtype.
   */
  subtypes: EventSubtype[];
  /** Only the events that quote this article (a source id), or every event when null. */
  source: string | null;
  /** Date filter (inclusive ISO days), independent of the zoom window. */
  from: IsoDay | null;
  to: IsoDay | null;
  q: string;
  /** The zoomed time window (inclusive ISO days); null means the default first view. */
  window: { start: IsoDay; end: IsoDay } | null;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  lang: 'ar',
  view: 'timeline',
  event: null,
  article: null,
  excerpt: null,
  actors: [],
  match: 'any',
  kinds: [],
  subtypes: [],
  source: null,
  from: null,
  to: null,
  q: '',
  window: null,
};
