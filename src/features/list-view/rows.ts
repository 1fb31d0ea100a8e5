import type { KhattEvent } from '../../domain/types';

/**
 * The list's rows: a heading per group, then its events, in time order. Day-, month- and
 * range-precise events group under the month they start in (a range keeps its full dates on
 * the item); year-precise events, which no month can honestly hold, get a group of their own
 * for that year, placed before the year's months.
 */

export type GroupKey =
  { kind: 'month'; year: string; month: string } | { kind: 'year'; year: string };

export type Row =
  | { type: 'heading'; id: string; group: GroupKey; count: number }
  | { type: 'event'; id: string; event: KhattEvent; position: number };

function groupOf(event: KhattEvent): GroupKey {
  const [year = '', month = ''] = event.date.start.split('-');
  return event.date.precision === 'year' ? { kind: 'year', year } : { kind: 'month', year, month };
}

const keyOf = (g: GroupKey) => (g.kind === 'year' ? g.year : `${g.year}-${g.month}`);

/** Groups time-ordered events into heading and event rows; `position` counts events from 1. */
export function buildRows(events: readonly KhattEvent[]): Row[] {
  const groups = new Map<string, { group: GroupKey; events: KhattEvent[] }>();
  for (const event of events) {
    const group = groupOf(event);
    const key = keyOf(group);
    let entry = groups.get(key);
    if (!entry) {
      entry = { group, events: [] };
      groups.set(key, entry);
    }
    entry.events.push(event);
  }
  // A year group sorts before its months ("2014" < "2014-01"), whatever the ties in between.
  const ordered = [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const rows: Row[] = [];
  let position = 0;
  for (const [key, { group, events: inGroup }] of ordered) {
    rows.push({ type: 'heading', id: `group-${key}`, group, count: inGroup.length });
    for (const event of inGroup)
      rows.push({ type: 'event', id: event.id, event, position: ++position });
  }
  return rows;
}
