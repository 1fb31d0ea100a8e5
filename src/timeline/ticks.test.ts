import { describe, expect, it } from 'vitest';
import { createOverviewScale } from './overview-scale';
import { timeTicks, yearTicks } from './ticks';
import { quietWarp } from './quiet-warp';
import { createTimeScale } from './time-scale';

/** The formatters the view passes in (src/i18n/format): Iraqi month names, Latin digits, UTC. */
const LOCALES = { ar: 'ar-IQ-u-nu-latn-ca-gregory', en: 'en-GB-u-ca-gregory' } as const;
const formats = (lang: keyof typeof LOCALES) => (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALES[lang], { ...options, timeZone: 'UTC' });
const ar = formats('ar');
const en = formats('en');

const utc = (y: number, m: number, d = 1) => Date.UTC(y, m - 1, d);
const at = <T>(list: readonly T[], i: number): T => {
  const value = list[i];
  if (value === undefined) throw new Error(`no item ${i}`);
  return value;
};

/** Events through 2011, 2014 and 2020–2021: 2012–2013 and 2015–2019 are breaks. */
const STORY_EXTENT = [utc(2010, 9), utc(2022, 5)] as const;
const warp = quietWarp(
  [utc(2011, 1), utc(2014, 1), utc(2020, 1), utc(2021, 2)],
  [utc(2012, 1), utc(2015, 1), utc(2020, 12), utc(2022, 1)],
  STORY_EXTENT,
);

describe('timeTicks', () => {
  it('on a broken axis puts no tick inside a break, and labels the years it keeps', () => {
    const scale = createTimeScale(STORY_EXTENT, 960, 'ltr', 0, warp);
    const ticks = timeTicks(scale, en, { skip: warp.gaps });
    for (const tick of ticks) {
      for (const [a, b] of warp.gaps) expect(+tick.value > a && +tick.value < b).toBe(false);
    }
    // Each kept year labelled; 2013 and 2016–2019 fall inside the breaks.
    expect(ticks.map((t) => t.label)).toEqual([
      '2011',
      '2012',
      '2014',
      '2015',
      '2020',
      '2021',
      '2022',
    ]);
  });

  it('on a narrow broken axis labels each year that has room, not every fifth', () => {
    const scale = createTimeScale(STORY_EXTENT, 360, 'rtl', 0, warp);
    const ticks = timeTicks(scale, ar, { skip: warp.gaps });
    // The year after each break (a whole year of room) before the one just ahead of it.
    expect(ticks.map((t) => t.label)).toEqual(['2011', '2014', '2020', '2021', '2022']);
    for (let i = 1; i < ticks.length; i++) {
      const [a, b] = [at(ticks, i - 1), at(ticks, i)];
      expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(
        ((a.label.length + b.label.length) / 2) * 7 + 16,
      );
    }
  });

  it('labels months with Iraqi month names and Latin digits in Arabic', () => {
    const scale = createTimeScale([utc(2020, 11, 20), utc(2021, 4, 20)], 600, 'rtl');
    const labels = timeTicks(scale, ar).map((t) => t.label);
    expect(labels).toEqual(['كانون الأول', 'كانون الثاني 2021', 'شباط', 'آذار', 'نيسان']);
  });

  it('labels the same months in English (en-GB)', () => {
    const scale = createTimeScale([utc(2020, 11, 20), utc(2021, 4, 20)], 600, 'ltr');
    const labels = timeTicks(scale, en).map((t) => t.label);
    expect(labels).toEqual(['December', 'January 2021', 'February', 'March', 'April']);
  });

  it('labels days with day and month when zoomed in', () => {
    const span = [utc(2021, 1, 31), utc(2021, 2, 14)] as const;
    const english = timeTicks(createTimeScale(span, 900, 'ltr'), en);
    expect(english[0]?.label).toBe('1 Feb');
    const arabic = timeTicks(createTimeScale(span, 900, 'rtl'), ar);
    expect(arabic[0]?.label).toBe('1 شباط');
    expect(arabic.every((t) => /^[0-9]+ شباط$/.test(t.label))).toBe(true);
  });

  it('labels years when zoomed out over a decade', () => {
    const scale = createTimeScale([utc(2010, 6), utc(2022, 2)], 900, 'ltr');
    const labels = timeTicks(scale, ar).map((t) => t.label);
    expect(labels[0]).toBe('2011');
    expect(labels).toContain('2021');
  });

  it('places ticks by the scale: mirrored between right-to-left and left-to-right', () => {
    const span = [utc(2021, 1), utc(2021, 7)] as const;
    const rtl = timeTicks(createTimeScale(span, 900, 'rtl'), ar);
    const ltr = timeTicks(createTimeScale(span, 900, 'ltr'), ar);
    expect(rtl.map((t) => t.value)).toEqual(ltr.map((t) => t.value));
    for (let i = 0; i < rtl.length; i++)
      expect((rtl[i]?.x ?? 0) + (ltr[i]?.x ?? 0)).toBeCloseTo(900);
    expect(at(rtl, 1).x).toBeLessThan(at(rtl, 0).x);
  });

  it('keeps labels from colliding on a narrow plot', () => {
    const scale = createTimeScale([utc(2020, 1), utc(2022, 1)], 320, 'ltr');
    const ticks = timeTicks(scale, en);
    for (let i = 1; i < ticks.length; i++) {
      const gap = at(ticks, i).x - at(ticks, i - 1).x;
      expect(gap).toBeGreaterThanOrEqual(
        ((at(ticks, i).label.length + at(ticks, i - 1).label.length) * 7) / 2,
      );
    }
  });

  it('does not depend on the local time zone (ticks fall on UTC midnights)', () => {
    const scale = createTimeScale([utc(2021, 2, 1), utc(2021, 2, 8)], 900, 'ltr');
    for (const tick of timeTicks(scale, en)) expect(+tick.value % 86_400_000).toBe(0);
  });
});

describe('yearTicks', () => {
  it('labels the busy years first, where the overview gives them room', () => {
    const anchors = Array.from({ length: 50 }, (_, i) => utc(i % 2 ? 2021 : 2020, 2, 1 + (i % 20)));
    const { scale } = createOverviewScale(anchors, [utc(2011, 1), utc(2022, 1)], 400, 'rtl');
    const labels = yearTicks(scale, ar).map((t) => t.label);
    expect(labels).toContain('2020');
    expect(labels).toContain('2021');
  });

  it('starts each label at its year boundary, inside the strip', () => {
    const { scale } = createOverviewScale([], [utc(2011, 1), utc(2022, 1)], 600, 'rtl');
    for (const tick of yearTicks(scale, en)) {
      expect(tick.x - tick.label.length * 7).toBeGreaterThanOrEqual(0);
      expect(tick.x).toBeLessThanOrEqual(600);
    }
  });

  it('thins year labels where the overview compresses quiet years', () => {
    const anchors = Array.from({ length: 50 }, (_, i) => utc(2021, 2, 1 + (i % 20)));
    const { scale } = createOverviewScale(anchors, [utc(2011, 1), utc(2022, 1)], 600, 'ltr');
    const ticks = yearTicks(scale, en);
    expect(ticks.length).toBeGreaterThan(1);
    for (let i = 1; i < ticks.length; i++) {
      expect(Math.abs(at(ticks, i).x - at(ticks, i - 1).x)).toBeGreaterThanOrEqual(4 * 7 + 12);
    }
  });
});
