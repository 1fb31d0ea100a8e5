import { ID_PATTERN } from './ids';

/**
 * An excerpt's id: its event's id, a dot and its 1-based place among the event's excerpts
 * (`erbil-rocket-attack-2021-02-15.2` is that event's second passage). The dot never occurs in
 * an event id, so the split is unambiguous; it needs no escaping in a URL.
 */
export interface ExcerptRef {
  event: string;
  /** 0-based index into the event's `excerpts`. */
  index: number;
}

/** The most passages one event may cite in a link (far above any real event). */
const MAX_PLACE = 999;

/** The id of an event's excerpt at 0-based `index`. */
export const excerptId = (event: string, index: number): string => `${event}.${index + 1}`;

/** Reads an excerpt id, or null when it is not of that form (a corpus-free check). */
export function parseExcerptId(id: string): ExcerptRef | null {
  const m = /^(.+)\.([1-9][0-9]{0,2})$/.exec(id);
  if (!m || !ID_PATTERN.test(m[1] as string)) return null;
  const place = Number(m[2]);
  return place <= MAX_PLACE ? { event: m[1] as string, index: place - 1 } : null;
}
