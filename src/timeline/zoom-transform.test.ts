import { describe, expect, it } from 'vitest';
import { createTimeScale } from './time-scale';
import { DAY } from './time-window';
import { maxZoom, transformForWindow, windowForTransform } from './zoom-transform';

const extent = [Date.UTC(2011, 0, 1), Date.UTC(2022, 0, 1)] as const;
const feb = [Date.UTC(2021, 1, 1), Date.UTC(2021, 2, 1)] as const;

describe('zoom transform ↔ window', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    const base = createTimeScale(extent, 1000, dir, 12);

    it(`shows the whole extent at the identity transform (${dir})`, () => {
      expect(windowForTransform(base, { k: 1, x: 0 })).toEqual(extent);
    });

    it(`finds the transform that shows a window, and back (${dir})`, () => {
      const t = transformForWindow(base, feb);
      expect(t.k).toBeGreaterThan(1);
      const [a, b] = windowForTransform(base, t);
      expect(Math.abs(a - feb[0])).toBeLessThan(1000);
      expect(Math.abs(b - feb[1])).toBeLessThan(1000);
    });

    it(`puts the window's first instant at the reading start of the plot (${dir})`, () => {
      const t = transformForWindow(base, feb);
      const [r0] = base.range() as [number];
      expect(t.k * base(feb[0]) + t.x).toBeCloseTo(r0);
    });
  }

  it('allows zooming in until the narrowest window', () => {
    expect(maxZoom([0, 300 * DAY], 3 * DAY)).toBe(100);
    expect(maxZoom([0, DAY], 3 * DAY)).toBe(1);
  });
});
