import { describe, expect, it } from 'vitest';
import type { EventKind } from '../domain/types';
import fc from 'fast-check';
import { densityBins, indexDensity } from './density';
import { createOverviewScale } from './overview-scale';
import { createTimeScale } from './time-scale';
import { testEvent } from './test-event';
import { DAY, eventAnchor, isoDay, utcDay } from './time-window';
import { createTimeIndex } from './window-query';

const ev = (id: string, day: number, kind: EventKind) =>
  testEvent(id, isoDay(utcDay('2021-02-01') + day * DAY), { kind });

const span = [utcDay('2021-02-01'), utcDay('2021-03-03')] as const; // 30 days
const kinds = ['withdrawal', 'attack', 'diplomacy'] as const;

describe('densityBins', () => {
  const events = [
    ...Array.from({ length: 40 }, (_, i) => ev(`a${i}`, 2, 'attack')),
    ...Array.from({ length: 10 }, (_, i) => ev(`b${i}`, 20, 'attack')),
    ev('d', 10, 'diplomacy'),
  ];

  it('counts every event once, in its own lane', () => {
    const lanes = densityBins(events, createTimeScale(span, 600, 'ltr'), kinds, 20);
    const total = (k: EventKind) =>
      lanes.find((l) => l.kind === k)?.bins.reduce((n, b) => n + b.count, 0);
    expect([total('withdrawal'), total('attack'), total('diplomacy')]).toEqual([0, 50, 1]);
  });

  it('leaves out events anchored outside the window', () => {
    const outside = [ev('before', -3, 'attack'), ev('after', 40, 'attack'), ev('in', 5, 'attack')];
    const lanes = densityBins(outside, createTimeScale(span, 600, 'ltr'), kinds, 20);
    expect(lanes.find((l) => l.kind === 'attack')?.bins.map((b) => b.count)).toEqual([1]);
  });

  it('reports the busiest column, to scale the bars', () => {
    const lanes = densityBins(events, createTimeScale(span, 600, 'ltr'), kinds, 20);
    expect(lanes.find((l) => l.kind === 'attack')?.max).toBe(40);
  });

  it('works on a piecewise scale such as the overview', () => {
    const { scale } = createOverviewScale(
      events.map(eventAnchor),
      [utcDay('2020-01-01'), utcDay('2022-01-01')],
      600,
      'rtl',
    );
    const attack = densityBins(events, scale, kinds, 3).find((l) => l.kind === 'attack');
    expect(attack?.bins.map((b) => b.count)).toEqual([40, 10]);
  });

  it('puts each column where its time is, in either direction', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const scale = createTimeScale(span, 600, dir);
      const bins = densityBins(events, scale, kinds, 20).find((l) => l.kind === 'attack')?.bins;
      const busiest = bins?.find((b) => b.count === 40);
      const x = scale(utcDay('2021-02-03') + DAY / 2);
      expect(busiest && x >= busiest.x0 && x <= busiest.x1).toBe(true);
      expect(busiest && busiest.start <= utcDay('2021-02-03') + DAY / 2).toBe(true);
    }
  });
});

describe('indexDensity', () => {
  it('bins the indexed events as densityBins bins them, read from the index', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.integer({ min: -10, max: 40 }),
            fc.integer({ min: 1, max: 20 }),
            fc.constantFrom(...kinds),
          ),
          { maxLength: 80 },
        ),
        fc.constantFrom('ltr', 'rtl'),
        (specs, dir) => {
          const events = specs.map(([day, days, kind], i) =>
            testEvent(`e${i}`, isoDay(span[0] + day * DAY), {
              kind,
              end: isoDay(span[0] + (day + days - 1) * DAY),
            }),
          );
          const scale = createTimeScale(span, 600, dir as 'ltr' | 'rtl');
          expect(indexDensity(createTimeIndex(events), scale, kinds, 20)).toEqual(
            densityBins(events, scale, kinds, 20),
          );
        },
      ),
    );
  });
});
