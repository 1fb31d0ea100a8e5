import { describe, expect, it } from 'vitest';
import { brushSpan, createOverviewScale, yearAt } from './overview-scale';
import { createTimeScale } from './time-scale';

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const extent = [utc(2011, 1), utc(2022, 1)] as const;
/** Like the corpus: a few background events, then dense weeks in 2021. */
const anchors = [
  utc(2011, 12, 18),
  utc(2014, 6, 10),
  utc(2020, 1, 5),
  ...Array.from({ length: 30 }, (_, i) => utc(2021, 2, 1 + (i % 25))),
  ...Array.from({ length: 20 }, (_, i) => utc(2021, 7, 1 + i)),
];

describe('createOverviewScale', () => {
  const { scale, gaps } = createOverviewScale(anchors, extent, 1000, 'ltr');
  const px = (a: number, b: number) => Math.abs(scale(b) - scale(a));

  it('spans the whole extent across the strip', () => {
    expect(scale(extent[0])).toBeCloseTo(0);
    expect(scale(extent[1])).toBeCloseTo(1000);
  });

  it('is monotonic, so the brush can invert it', () => {
    let previous = -Infinity;
    for (let t = extent[0]; t <= extent[1]; t += 7 * 86_400_000) {
      expect(scale(t)).toBeGreaterThanOrEqual(previous);
      previous = scale(t);
    }
    const t = utc(2021, 2, 14);
    expect(Math.abs(+scale.invert(scale(t)) - t)).toBeLessThan(60_000);
  });

  it('gives a busy month more room than a whole empty year', () => {
    expect(px(utc(2021, 2), utc(2021, 3))).toBeGreaterThan(px(utc(2016, 1), utc(2017, 1)));
  });

  it('gives the busy months far more room than a linear scale would', () => {
    const linear = createTimeScale(extent, 1000, 'ltr');
    expect(px(utc(2021, 2), utc(2021, 3))).toBeGreaterThan(
      5 * Math.abs(linear(utc(2021, 3)) - linear(utc(2021, 2))),
    );
  });

  it('keeps quiet years in proportion to each other', () => {
    expect(px(utc(2016, 1), utc(2017, 1))).toBeCloseTo(px(utc(2017, 1), utc(2018, 1)), 0);
  });

  it('reports the long empty stretches it compresses', () => {
    expect(gaps.some(([a, b]) => a <= utc(2016, 1) && b >= utc(2019, 1))).toBe(true);
  });

  it('mirrors in right-to-left', () => {
    const rtl = createOverviewScale(anchors, extent, 1000, 'rtl').scale;
    const t = utc(2021, 7, 10);
    expect(rtl(t)).toBeCloseTo(1000 - scale(t));
  });

  it('is linear when there are no events', () => {
    const empty = createOverviewScale([], extent, 1000, 'ltr').scale;
    const linear = createTimeScale(extent, 1000, 'ltr');
    expect(empty(utc(2016, 5, 5))).toBeCloseTo(linear(utc(2016, 5, 5)));
  });
});

describe('the brush on the overview', () => {
  for (const dir of ['ltr', 'rtl'] as const) {
    const { scale } = createOverviewScale(anchors, extent, 1000, dir);

    it(`keeps a dragged selection's pixels wherever it lands (${dir})`, () => {
      // 80 px across the quiet years, then across the busy weeks of 2021: no resize, no drift.
      for (const x of [100, 400, 880]) {
        const span = brushSpan(scale, [x, x + 80]);
        const px = [scale(span[0]), scale(span[1])].sort((a, b) => a - b);
        expect(px[0]).toBeCloseTo(x, 6);
        expect(px[1]).toBeCloseTo(x + 80, 6);
      }
    });

    it(`shows the whole year under a click (${dir})`, () => {
      const x = scale(utc(2014, 6, 10));
      expect(yearAt(scale, x, extent)).toEqual([utc(2014, 1), utc(2015, 1)]);
    });
  }

  it('keeps a clicked year inside the extent', () => {
    const narrow = [utc(2011, 6), utc(2021, 9)] as const;
    const { scale } = createOverviewScale(anchors, narrow, 1000, 'ltr');
    expect(yearAt(scale, 999, narrow)).toEqual([utc(2021, 1), utc(2021, 9)]);
  });
});
