import type { KhattEvent } from '../../domain/types';

/** Where an event sits in the time-ordered list the filters let through. */
export interface Position {
  /** Index in the list, or -1 when the filters hide the event. */
  index: number;
  previous: KhattEvent | null;
  next: KhattEvent | null;
}

/** The filter's order: by start day, then id. */
const after = (a: KhattEvent, b: KhattEvent) =>
  a.date.start !== b.date.start ? a.date.start > b.date.start : a.id > b.id;

/**
 * The events before and after `event` in `events` (time order). An event the filters hide
 * still gets neighbours: the shown events just before and after its date.
 */
export function positionOf(events: readonly KhattEvent[], event: KhattEvent): Position {
  const index = events.findIndex((e) => e.id === event.id);
  if (index >= 0) {
    return { index, previous: events[index - 1] ?? null, next: events[index + 1] ?? null };
  }
  const later = events.findIndex((e) => after(e, event));
  const cut = later < 0 ? events.length : later;
  return { index: -1, previous: events[cut - 1] ?? null, next: events[cut] ?? null };
}
