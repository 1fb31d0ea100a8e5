import type { EventKind, IsoDay, KhattEvent } from '../domain/types';

/** A minimal valid event for tests and benchmarks: a day (or a range to `end`), named by its id. */
export function testEvent(
  id: string,
  start: IsoDay,
  options: { end?: IsoDay; kind?: EventKind } & Partial<Omit<KhattEvent, 'id' | 'kind'>> = {},
): KhattEvent {
  const { end = start, kind = 'attack', ...rest } = options;
  return {
    id,
    kind,
    status: 'occurred',
    title: { ar: id, en: id },
    summary: { ar: id, en: id },
    date: {
      start,
      end,
      precision: start === end ? 'day' : 'range',
      basis: 'printed',
      note: { ar: '', en: '' },
      edtf: start === end ? start : `${start}/${end}`,
    },
    actors: [],
    excerpts: [],
    ...rest,
  };
}
