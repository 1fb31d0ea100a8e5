import { scaleUtc } from 'd3-scale';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { utcScale } from './time-scale';

/** d3-scale's scaleUtc is the oracle: the same stops must give the very same numbers. */
const d3Scale = (domain: number[], range: number[]) =>
  scaleUtc()
    .domain(domain.map((t) => new Date(t)))
    .range(range);

const instant = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 0, 1) });
const pixel = fc.double({ min: -2000, max: 4000, noNaN: true });

describe('utcScale', () => {
  it('maps and inverts exactly as d3 scaleUtc, linear or polylinear, either direction', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.array(instant, { minLength: 6, maxLength: 6 }),
        fc.array(pixel, { minLength: 6, maxLength: 6 }),
        fc.boolean(),
        fc.array(instant, { minLength: 1, maxLength: 5 }),
        fc.array(pixel, { minLength: 1, maxLength: 5 }),
        (stops, times, pixels, reversed, probesT, probesX) => {
          const domain = [...new Set(times)].sort((a, b) => a - b).slice(0, stops);
          if (domain.length < 2) return;
          const range = pixels.slice(0, domain.length).sort((a, b) => (reversed ? b - a : a - b));
          const ours = utcScale(domain, range);
          const theirs = d3Scale(domain, range);
          for (const t of [...probesT, ...domain]) expect(ours(t)).toBe(theirs(new Date(t)));
          for (const x of [...probesX, ...range]) {
            expect(ours.invert(x).getTime()).toBe(theirs.invert(x).getTime());
          }
          expect(ours.domain()).toEqual(theirs.domain());
          expect(ours.range()).toEqual(theirs.range());
        },
      ),
    );
  });

  it('puts an empty window in the middle of the range, as d3 does', () => {
    const t = Date.UTC(2021, 1, 15);
    expect(utcScale([t, t], [0, 100])(t)).toBe(d3Scale([t, t], [0, 100])(new Date(t)));
  });

  it('extrapolates beyond its stops (the plot queries a little past the window)', () => {
    const s = utcScale([0, 100], [0, 10]);
    expect(s(200)).toBe(20);
    expect(s.invert(-10).getTime()).toBe(-100);
  });
});
