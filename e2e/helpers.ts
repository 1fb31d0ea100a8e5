import type { Locator } from '@playwright/test';
import type { Actor, Corpus, KhattEvent } from '../src/domain/types';

/** The event with this id; fails loudly when the corpus lacks it. */
export function eventById(corpus: Corpus, id: string): KhattEvent {
  const event = corpus.events.find((e) => e.id === id);
  if (!event) throw new Error(`the corpus has no event ${id}`);
  return event;
}

/** Events in the time order the app uses (start day, then id). */
export function inTimeOrder(events: KhattEvent[]): KhattEvent[] {
  return [...events].sort(
    (a, b) => a.date.start.localeCompare(b.date.start) || a.id.localeCompare(b.id),
  );
}

/** The actor with this id; fails loudly when the corpus lacks it. */
export function actorById(corpus: Corpus, id: string): Actor {
  const actor = corpus.actors.find((a) => a.id === id);
  if (!actor) throw new Error(`the corpus has no actor ${id}`);
  return actor;
}

/** The item at an index (negative counts from the end); fails loudly when there is none. */
export function at<T>(items: readonly T[], index: number): T {
  const item = items.at(index);
  if (item === undefined) throw new Error(`no item at ${index} of ${items.length}`);
  return item;
}

/** A visible element's box on the page; fails loudly when it has none. */
export async function boxOf(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${locator.toString()} has no box`);
  return box;
}
