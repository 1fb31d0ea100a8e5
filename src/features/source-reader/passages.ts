import { excerptId, parseExcerptId } from '../../domain/excerpt-id';
import type { KhattEvent } from '../../domain/types';

/** Pure passage navigation for the reader: which passage is marked, and where each step goes. */

/** A passage to go to: the excerpt id and the article that holds it. */
export interface PassageStep {
  excerpt: string;
  article: string;
}

/**
 * The index of the selected event's passage the reader marks in `article`: the linked one
 * (`excerpt`) when it belongs to the event and to this article, else the first this article
 * holds; -1 when the event quotes the article nowhere.
 */
export function chosenPassage(
  event: KhattEvent | null,
  article: string,
  excerpt: string | null,
): number {
  if (!event) return -1;
  const ref = excerpt === null ? null : parseExcerptId(excerpt);
  if (ref && ref.event === event.id && event.excerpts[ref.index]?.source === article) {
    return ref.index;
  }
  return event.excerpts.findIndex((x) => x.source === article);
}

/**
 * The passages before and after `index` among all of the event's excerpts, in the event's
 * order (the details panel's): a step may open another article that the event also quotes.
 */
export function passageSteps(
  event: KhattEvent,
  index: number,
): { previous: PassageStep | null; next: PassageStep | null } {
  const at = (i: number): PassageStep | null => {
    const excerpt = index < 0 ? undefined : event.excerpts[i];
    return excerpt ? { excerpt: excerptId(event.id, i), article: excerpt.source } : null;
  };
  return { previous: at(index - 1), next: at(index + 1) };
}
