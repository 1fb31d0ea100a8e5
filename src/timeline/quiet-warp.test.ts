import { describe, expect, it } from 'vitest';
import type { IsoDay } from '../domain/types';
import { quietWarp, unwarpTime, warpedWidth, warpTime } from './quiet-warp';
import { testEvent } from './test-event';
import { createTimeScale } from './time-scale';
import { corpusExtent, DAY, utcDay, type Span } from './time-window';
import { createTimeIndex } from './window-query';

/** The warp for events given as [start, end] days, over their extent. */
function warpFor(days: [IsoDay, (IsoDay | undefined)?][]) {
  const events = days.map(([start, end], i) => testEvent(`e${i}`, start, end ? { end } : {}));
  const index = createTimeIndex(events);
  const extent = corpusExtent(events);
  return { warp: quietWarp(index.starts, index.ends, extent), extent, index };
}

describe('quietWarp', () => {
  it('leaves time linear when no silence lasts a year', () => {
    const { warp, extent } = warpFor([['2020-01-01'], ['2020-11-20'], ['2021-10-01']]);
    expect(warp.gaps).toEqual([]);
    expect(warp.times).toEqual([...extent]);
    const t = utcDay('2020-06-01');
    expect(warpTime(warp, t)).toBe(t);
  });

  it('shrinks a five-year silence to a break far shorter than its time, padded on both sides', () => {
    const { warp } = warpFor([['2014-07-01'], ['2019-12-01'], ['2020-01-15']]);
    expect(warp.gaps).toHaveLength(1);
    const [a, b] = warp.gaps[0] as Span;
    // The break starts a month after the last event before it and ends a month before the next.
    expect(a).toBe(utcDay('2014-07-01') + DAY + 30 * DAY);
    expect(b).toBe(utcDay('2019-12-01') - 30 * DAY);
    const shrunk = warpedWidth(warp, [a, b]);
    expect(shrunk).toBeGreaterThan(0);
    expect(shrunk).toBeLessThan((b - a) / 10);
    // Outside the break a day is a day, on both sides of it.
    const before = warpedWidth(warp, [utcDay('2014-07-01'), utcDay('2014-07-02')]);
    const after = warpedWidth(warp, [utcDay('2019-12-01'), utcDay('2019-12-02')]);
    expect(before).toBeCloseTo(DAY, 3);
    expect(after).toBeCloseTo(DAY, 3);
  });

  it('gives a longer silence a longer break', () => {
    const two = warpFor([['2011-06-01'], ['2013-06-01']]).warp;
    const five = warpFor([['2011-06-01'], ['2016-06-01']]).warp;
    const width = (w: typeof two) => warpedWidth(w, w.gaps[0] as Span);
    expect(width(five)).toBeGreaterThan(width(two));
  });

  it('never compresses time an event covers: a long event bridges the silence around it', () => {
    const { warp } = warpFor([['2011-01-01', '2014-12-31'], ['2012-03-01'], ['2015-02-01']]);
    expect(warp.gaps).toEqual([]);
  });

  it('keeps every event outside every break, and maps back exactly (random corpora)', () => {
    let seed = 42;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let run = 0; run < 50; run++) {
      const days: [IsoDay, (IsoDay | undefined)?][] = Array.from(
        { length: 3 + Math.floor(random() * 12) },
        () => {
          const start = Date.UTC(2005, 0, 1) + Math.floor(random() * 15 * 365) * DAY;
          const end = random() < 0.3 ? start + Math.floor(random() * 400) * DAY : undefined;
          const iso = (t: number) => new Date(t).toISOString().slice(0, 10) as IsoDay;
          return [iso(start), end === undefined ? undefined : iso(end)];
        },
      );
      const { warp, index, extent } = warpFor(days);
      for (let i = 0; i < index.events.length; i++) {
        for (const [a, b] of warp.gaps) {
          expect((index.ends[i] ?? 0) <= a || (index.starts[i] ?? 0) >= b).toBe(true);
        }
      }
      for (let k = 1; k < warp.warped.length; k++) {
        expect(warp.warped[k]).toBeGreaterThan(warp.warped[k - 1] ?? -Infinity);
      }
      for (const t of [extent[0], (extent[0] + extent[1]) / 2, extent[1] - DAY]) {
        expect(unwarpTime(warp, warpTime(warp, t))).toBeCloseTo(t, -1);
      }
    }
  });

  it('“show all” on the corpus’s shape gives 2020–2021 twice the width a linear axis does', () => {
    const { warp, extent } = warpFor([
      ['2011-01-01', '2011-12-31'],
      ['2014-01-01', '2014-12-31'],
      ['2020-01-05'],
      ['2020-09-01'],
      ['2021-02-15'],
      ['2021-07-26'],
      ['2021-12-31'],
    ]);
    const share = (scale: ReturnType<typeof createTimeScale>) =>
      (1000 - scale(utcDay('2020-01-01'))) / 1000;
    const linear = share(createTimeScale(extent, 1000, 'ltr'));
    const broken = share(createTimeScale(extent, 1000, 'ltr', 0, warp));
    expect(linear).toBeLessThan(0.25);
    expect(broken).toBeGreaterThan(2 * linear);
  });
});
