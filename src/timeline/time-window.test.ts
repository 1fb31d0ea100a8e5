import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventKind } from '../domain/types';
import {
  DAY,
  MIN_SPAN,
  anyInView,
  fitSpan,
  clampWindow,
  corpusExtent,
  defaultWindow,
  eventSpan,
  isoDay,
  padSpan,
  revealSpan,
  shownDays,
  zoomAround,
  zoomFocus,
  spanFromView,
  utcDay,
  viewFromSpan,
  zoomWindow,
} from './time-window';
import { testEvent } from './test-event';

const ev = (id: string, start: string, end = start, kind: EventKind = 'attack') =>
  testEvent(id, start, { end, kind });

/** Shaped like the real corpus: background in 2011 and 2014, a quiet 2020, busy 2021 weeks. */
const corpus = [
  ev('withdrawal-2011', '2011-12-18'),
  ev('isis-2014', '2014-06-10'),
  ev('coalition-2014', '2014-09-10'),
  ev('vote-2020', '2020-01-05'),
  ...Array.from({ length: 8 }, (_, i) =>
    ev(`feb-${i}`, `2021-02-${String(10 + i).padStart(2, '0')}`),
  ),
  ...Array.from({ length: 6 }, (_, i) =>
    ev(`jul-${i}`, `2021-07-${String(20 + i).padStart(2, '0')}`),
  ),
  ...Array.from({ length: 6 }, (_, i) =>
    ev(`dec-${i}`, `2021-12-${String(1 + i * 3).padStart(2, '0')}`),
  ),
];

describe('days and spans', () => {
  it('reads ISO days as UTC days whatever the local time zone', () => {
    expect(utcDay('2021-02-15')).toBe(Date.UTC(2021, 1, 15));
    expect(isoDay(Date.UTC(2021, 1, 15, 23, 59))).toBe('2021-02-15');
  });

  it('reads back every day isoDay writes, 1900 to 2100', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_567, max: 47_482 }), (days) => {
        expect(utcDay(isoDay(days * DAY + DAY / 3))).toBe(days * DAY);
      }),
    );
  });

  it('counts every day from year 1 to 9999 as the calendar does, leap days and all', () => {
    // Date.UTC reads years 0–99 as 1900–1999; setUTCFullYear does not.
    const midnight = (y: number, m: number, d: number) => new Date(0).setUTCFullYear(y, m - 1, d);
    for (let t = midnight(1, 1, 1); t <= midnight(9999, 12, 31); t += 97 * DAY) {
      expect(utcDay(isoDay(t))).toBe(t);
    }
    for (const y of [4, 99, 100, 400, 1600, 1900, 2000, 2024]) {
      expect(utcDay(`${String(y).padStart(4, '0')}-02-29`)).toBe(midnight(y, 2, 29));
      expect(utcDay(`${String(y).padStart(4, '0')}-03-01`)).toBe(midnight(y, 3, 1));
    }
  });

  it('gives an event the whole of its last day', () => {
    expect(eventSpan(ev('a', '2021-02-01', '2021-02-28'))).toEqual([
      Date.UTC(2021, 1, 1),
      Date.UTC(2021, 2, 1),
    ]);
  });

  it('round-trips a URL window through a span', () => {
    const view = { start: '2021-02-01', end: '2021-02-28' };
    expect(viewFromSpan(spanFromView(view))).toEqual(view);
  });

  it('rounds a zoomed span to whole days for the URL, start before end', () => {
    const span = [Date.UTC(2021, 1, 1, 7), Date.UTC(2021, 1, 1, 9)] as const;
    const view = viewFromSpan(span);
    expect(view.start < view.end).toBe(true);
  });
});

describe('corpusExtent', () => {
  it('covers every event with a margin on both sides', () => {
    const [start, end] = corpusExtent(corpus);
    expect(start).toBeLessThan(utcDay('2011-12-18'));
    expect(end).toBeGreaterThan(utcDay('2021-12-16') + DAY);
  });
});

describe('clampWindow', () => {
  const extent = [Date.UTC(2011, 0, 1), Date.UTC(2022, 0, 1)] as const;

  it('shifts a window that sticks out back inside without shrinking it', () => {
    const w = [Date.UTC(2021, 11, 1), Date.UTC(2022, 1, 1)] as const;
    const clamped = clampWindow(w, extent);
    expect(clamped[1]).toBe(extent[1]);
    expect(clamped[1] - clamped[0]).toBe(w[1] - w[0]);
  });

  it('never shows more than the extent', () => {
    expect(clampWindow([Date.UTC(2000, 0, 1), Date.UTC(2030, 0, 1)], extent)).toEqual(extent);
  });

  it('never zooms narrower than the minimum window', () => {
    const t = Date.UTC(2021, 1, 15);
    const clamped = clampWindow([t, t + 3_600_000], extent);
    expect(clamped[1] - clamped[0]).toBe(MIN_SPAN);
  });
});

describe('zoomWindow', () => {
  it('halves the window around a fixed point when zooming in by 2', () => {
    const w = [0, 100 * DAY] as const;
    expect(zoomWindow(w, 2, 20 * DAY)).toEqual([10 * DAY, 60 * DAY]);
    expect(zoomWindow(w, 0.5)).toEqual([-50 * DAY, 150 * DAY]);
  });

  it('pads a span on both sides', () => {
    expect(padSpan([0, 10 * DAY], 0.1)).toEqual([-DAY, 11 * DAY]);
  });
});

describe('defaultWindow', () => {
  const day = (iso: string, kind: EventKind, n: number) =>
    Array.from({ length: n }, (_, i) => ev(`${iso}-${kind}-${i}`, iso, iso, kind));
  /** Like the real corpus: background in 2011, 2014 and 2020, then a dense fortnight. */
  const dense = [
    ...corpus.slice(0, 4),
    ...day('2021-02-15', 'diplomacy', 3),
    ...day('2021-02-16', 'diplomacy', 3),
    ...day('2021-02-16', 'attack', 2),
    ...day('2021-02-22', 'attack', 2),
    ...day('2021-02-27', 'diplomacy', 3),
    ...day('2021-07-23', 'diplomacy', 3),
    ...day('2021-12-01', 'withdrawal', 3),
  ];

  it('opens on the stretch that holds most events when they are spread out legibly', () => {
    const spread = [
      ev('withdrawal-2011', '2011-12-18'),
      ev('isis-2014', '2014-06-10'),
      ...Array.from({ length: 12 }, (_, i) =>
        ev(`m${i}`, `2021-${String(i + 1).padStart(2, '0')}-10`),
      ),
    ];
    const [start, end] = defaultWindow(spread, corpusExtent(spread));
    const inside = spread.filter((e) => eventSpan(e)[0] >= start && eventSpan(e)[1] <= end);
    expect(inside.length / spread.length).toBeGreaterThanOrEqual(0.8);
    expect(start).toBeGreaterThan(utcDay('2020-06-01'));
  });

  it('narrows to the dense weeks that a wider window would crush into clusters', () => {
    const [start, end] = defaultWindow(dense, corpusExtent(dense));
    expect(start).toBeLessThan(utcDay('2021-02-15'));
    expect(end).toBeGreaterThan(utcDay('2021-02-28'));
    expect(end - start).toBeLessThan(45 * DAY);
  });

  it('keeps a margin around the first and last events it shows', () => {
    const [start, end] = defaultWindow(dense, corpusExtent(dense));
    expect(start).toBeLessThan(utcDay('2021-02-15') - DAY);
    expect(end).toBeGreaterThan(utcDay('2021-02-28') + DAY);
  });

  it('opens a huge corpus, legible nowhere, on the stretch holding most events', () => {
    const huge = [...day('2021-02-15', 'attack', 400), ...day('2021-06-15', 'attack', 400)];
    const [start, end] = defaultWindow(huge, corpusExtent(huge));
    expect(start).toBeLessThan(utcDay('2021-02-15'));
    expect(end).toBeGreaterThan(utcDay('2021-06-16'));
  });

  it('is a legible minimum width even for one event', () => {
    const one = [ev('only', '2021-02-15')];
    const [s, e] = defaultWindow(one, corpusExtent(one));
    expect(e - s).toBeGreaterThanOrEqual(14 * DAY);
    expect(s).toBeLessThan(utcDay('2021-02-15'));
    expect(e).toBeGreaterThan(utcDay('2021-02-16'));
  });

  it('falls back to the extent when there are no events', () => {
    const extent = corpusExtent(corpus);
    expect(defaultWindow([], extent)).toEqual(extent);
  });
});

describe('revealSpan', () => {
  const span = [Date.UTC(2021, 0, 1), Date.UTC(2021, 0, 1) + 100 * DAY] as const;

  it('leaves the window alone when the instant is comfortably inside', () => {
    expect(revealSpan(span, span[0] + 50 * DAY)).toBeUndefined();
    expect(revealSpan(span, span[0] + 5 * DAY)).toBeUndefined();
  });

  it('centres the same-width window on an instant outside the window', () => {
    const at = span[1] + 30 * DAY;
    expect(revealSpan(span, at)).toEqual([at - 50 * DAY, at + 50 * DAY]);
    expect(revealSpan(span, span[0] - DAY)).toEqual([span[0] - 51 * DAY, span[0] + 49 * DAY]);
  });

  it('also moves for an instant inside but within 4 % of an edge, where it would be cut', () => {
    expect(revealSpan(span, span[0] + 3 * DAY)).toEqual([span[0] - 47 * DAY, span[0] + 53 * DAY]);
    expect(revealSpan(span, span[1] - 3 * DAY)).toBeDefined();
  });
});

describe('fitSpan and anyInView', () => {
  const results = [ev('a', '2014-06-10'), ev('b', '2014-09-10')];
  it('fits the results with a margin on both sides', () => {
    const span = fitSpan(results);
    expect(span).toBeDefined();
    const [start, end] = span ?? [0, 0];
    expect(start).toBeLessThan(utcDay('2014-06-10'));
    expect(end).toBeGreaterThan(utcDay('2014-09-11'));
    expect(anyInView(results, span ?? [0, 0])).toBe(true);
    expect(fitSpan([])).toBeUndefined();
  });
  it('fits a single day no narrower than the narrowest zoom', () => {
    const [start, end] = fitSpan([ev('a', '2021-02-15')]) ?? [0, 0];
    expect(end - start).toBeGreaterThanOrEqual(MIN_SPAN);
  });
  it('says whether any result is drawn in a window', () => {
    const feb2021 = spanFromView({ start: '2021-02-01', end: '2021-02-28' });
    expect(anyInView(results, feb2021)).toBe(false);
    expect(anyInView([...results, ev('c', '2021-02-15')], feb2021)).toBe(true);
    expect(anyInView([ev('y', '2020-01-01', '2021-12-31')], feb2021)).toBe(true);
  });
});

describe('the days a window shows', () => {
  const at = (d: number, h = 0) => Date.UTC(2021, 7, d, h);

  it('reads the same days in the readout as the link keeps', () => {
    // 3 Aug 14:00 → 7 Aug 10:00: most of 4 Aug to most of 6 Aug; 7 Aug is under half shown.
    const span = [at(3, 14), at(7, 10)] as const;
    const [first, last] = shownDays(span);
    expect(viewFromSpan(span)).toEqual({ start: isoDay(first), end: isoDay(last) });
    expect([isoDay(first), isoDay(last)]).toEqual(['2021-08-04', '2021-08-06']);
  });

  it('counts a day more than half in the window as shown', () => {
    expect(shownDays([at(3, 11), at(7, 13)]).map(isoDay)).toEqual(['2021-08-03', '2021-08-07']);
  });

  it('gives whole days back unchanged', () => {
    expect(shownDays(spanFromView({ start: '2021-08-01', end: '2021-08-07' })).map(isoDay)).toEqual(
      ['2021-08-01', '2021-08-07'],
    );
  });
});

describe('zooming around the events', () => {
  const span = [Date.UTC(2012, 0, 1), Date.UTC(2022, 0, 1)] as const;
  const anchors = [
    Date.UTC(2013, 0, 1),
    Date.UTC(2021, 1, 10),
    Date.UTC(2021, 1, 12),
    Date.UTC(2021, 6, 1),
  ];

  it('focuses on the median event in view, not the middle of the window', () => {
    expect(zoomFocus(span, anchors)).toBe(Date.UTC(2021, 1, 10));
  });

  it('focuses on the selected event when it is in view', () => {
    expect(zoomFocus(span, anchors, Date.UTC(2013, 0, 1))).toBe(Date.UTC(2013, 0, 1));
    expect(zoomFocus(span, anchors, Date.UTC(2030, 0, 1))).toBe(Date.UTC(2021, 1, 10));
  });

  it('falls back to the centre of an empty window', () => {
    expect(zoomFocus([0, 10 * DAY], anchors)).toBe(5 * DAY);
  });

  it('keeps the events in view when zooming in, if they fit', () => {
    const busy = anchors.slice(1);
    const next = zoomAround(span, 2, busy, zoomFocus(span, busy));
    expect(next[1] - next[0]).toBeCloseTo((span[1] - span[0]) / 2);
    for (const a of busy) {
      expect(a).toBeGreaterThan(next[0]);
      expect(a).toBeLessThan(next[1]);
    }
    // A plain zoom around the window's centre would have lost them all.
    const plain = zoomWindow(span, 2);
    expect(busy.every((a) => a >= plain[1])).toBe(true);
  });

  it('keeps the events near the focus when they cannot all fit', () => {
    const focus = zoomFocus(span, anchors);
    const next = zoomAround(span, 4, anchors, focus);
    expect(next[1] - next[0]).toBeCloseTo((span[1] - span[0]) / 4);
    // A plain zoom around the focus cuts July 2021; this one keeps February to July.
    expect(zoomWindow(span, 4, focus)[1]).toBeLessThan(Date.UTC(2021, 6, 1));
    for (const a of anchors.slice(1)) {
      expect(a).toBeGreaterThan(next[0]);
      expect(a).toBeLessThan(next[1]);
    }
    expect(anchors[0]).toBeLessThan(next[0]);
  });

  it('zooms out around the focus without shifting', () => {
    const focus = zoomFocus(span, anchors);
    expect(zoomAround(span, 0.5, anchors, focus)).toEqual(zoomWindow(span, 0.5, focus));
  });
});
