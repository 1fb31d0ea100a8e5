import type { Corpus, KhattEvent } from '../src/domain/types';

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
