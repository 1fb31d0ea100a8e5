import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { syntheticCorpus } from '../../bench/synthetic';
import { CLEARED_FILTERS, filterEvents } from '../domain/filter';
import type { KhattEvent } from '../domain/types';
import { testEvent } from './test-event';
import { corpusExtent, DAY, defaultWindow, eventSpan, isoDay } from './time-window';
import {
  countWindow,
  createTimeIndex,
  firstFrom,
  indexExtent,
  indexFirstWindow,
  lastBefore,
  queryWindow,
} from './window-query';

const ev = (id: string, startDay: number, days = 1): KhattEvent =>
  testEvent(id, isoDay(startDay * DAY), {
    end: isoDay((startDay + days - 1) * DAY),
    kind: 'diplomacy',
  });

const base = 18_600; // days since 1970: late 2020

describe('queryWindow', () => {
  it('finds the events that overlap a window, including a long one that began before it', () => {
    const events = [
      ev('year', base - 200, 365),
      ev('a', base),
      ev('b', base + 10),
      ev('c', base + 40),
    ];
    const index = createTimeIndex(events);
    const ids = queryWindow(index, [(base + 5) * DAY, (base + 20) * DAY]).map((e) => e.id);
    expect(ids).toEqual(['year', 'b']);
  });

  it('treats the window as half-open: an event on the end day is outside', () => {
    const index = createTimeIndex([ev('edge', base + 10)]);
    expect(queryWindow(index, [base * DAY, (base + 10) * DAY])).toEqual([]);
    expect(queryWindow(index, [base * DAY, (base + 10) * DAY + 1]).length).toBe(1);
  });

  it('sorts unsorted input by start', () => {
    const index = createTimeIndex([ev('late', base + 9), ev('early', base)]);
    expect(index.events.map((e) => e.id)).toEqual(['early', 'late']);
  });

  it('sorts by id where starts tie, and keeps input already in that order as it is', () => {
    const unsorted = [ev('b', base), ev('a', base), ev('c', base + 1)];
    expect(createTimeIndex(unsorted).events.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    const sorted = [ev('a', base), ev('b', base), ev('c', base + 1)];
    expect(createTimeIndex(sorted).events).toBe(sorted);
  });

  it('builds one index per list of events, and another for another list', () => {
    const events = [ev('a', base), ev('b', base + 3)];
    expect(createTimeIndex(events)).toBe(createTimeIndex(events));
    expect(createTimeIndex([...events])).not.toBe(createTimeIndex(events));
  });

  it('indexes a filter result from the corpus index as a fresh build would', () => {
    const { corpus } = syntheticCorpus(400, 3);
    const kinds = fc.subarray(['attack', 'diplomacy', 'withdrawal'] as const);
    fc.assert(
      fc.property(kinds, fc.subarray(corpus.actors.map((a) => a.id).slice(0, 8)), (k, actors) => {
        const shown = filterEvents(corpus, { ...CLEARED_FILTERS, kinds: k, actors });
        const picked = createTimeIndex(shown);
        const built = createTimeIndex([...shown]); // a copy: not a filter result, built anew
        expect(picked.events).toBe(shown);
        expect([...picked.starts]).toEqual([...built.starts]);
        expect([...picked.ends]).toEqual([...built.ends]);
        expect(picked.longest).toBe(built.longest);
      }),
      { numRuns: 30 },
    );
  });

  it('agrees with a linear scan for any events and window', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 400 }), fc.integer({ min: 1, max: 60 })), {
          maxLength: 60,
        }),
        fc.integer({ min: -20, max: 420 }),
        fc.integer({ min: 1, max: 120 }),
        (specs, from, length) => {
          const events = specs.map(([day, days], i) => ev(`e${i}`, base + day, days));
          const window = [(base + from) * DAY, (base + from + length) * DAY] as const;
          const expected = events
            .filter((e) => eventSpan(e)[0] < window[1] && eventSpan(e)[1] > window[0])
            .map((e) => e.id)
            .sort();
          const index = createTimeIndex(events);
          const got = queryWindow(index, window)
            .map((e) => e.id)
            .sort();
          expect(got).toEqual(expected);
          expect(countWindow(index, window)).toBe(expected.length);
        },
      ),
    );
  });
});

describe('firstFrom and lastBefore', () => {
  const index = createTimeIndex([ev('a', base), ev('b', base + 10), ev('c', base + 20)]);

  it('finds the next event at or after an instant', () => {
    expect(firstFrom(index, (base + 5) * DAY)?.id).toBe('b');
    expect(firstFrom(index, (base + 21) * DAY)).toBeNull();
  });

  it('finds the last event before an instant', () => {
    expect(lastBefore(index, (base + 15) * DAY)?.id).toBe('b');
    expect(lastBefore(index, base * DAY)).toBeNull();
  });
});

describe('the extent and the first view from a time index', () => {
  it('are the ones read from the events themselves, for any corpus', () => {
    const kinds = ['attack', 'diplomacy', 'withdrawal'] as const;
    const day = fc
      .integer({ min: 0, max: 4000 })
      .map((n) => isoDay(Date.UTC(2010, 0, 1) + n * DAY));
    const event = fc
      .tuple(day, fc.integer({ min: 0, max: 40 }), fc.constantFrom(...kinds))
      .map(([start, days, kind]) => ({ start, end: isoDay(Date.parse(start) + days * DAY), kind }));
    fc.assert(
      fc.property(fc.array(event, { maxLength: 60 }), (drawn) => {
        const events: KhattEvent[] = drawn.map((d, i) =>
          testEvent(`e${i}`, d.start, { end: d.end, kind: d.kind }),
        );
        const index = createTimeIndex(events);
        const extent = corpusExtent(events);
        expect(indexExtent(index)).toEqual(extent);
        expect(indexFirstWindow(index, extent)).toEqual(defaultWindow(events, extent));
      }),
      { numRuns: 300 },
    );
  });

  it('match at 10,000 synthetic events (busy periods, every precision)', () => {
    const { corpus } = syntheticCorpus(10_000, 7);
    const index = createTimeIndex(filterEvents(corpus, CLEARED_FILTERS));
    const extent = corpusExtent(corpus.events);
    expect(indexExtent(index)).toEqual(extent);
    expect(indexFirstWindow(index, extent)).toEqual(defaultWindow(corpus.events, extent));
  });
});
