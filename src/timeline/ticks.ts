import { utcDay, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import { readingAxis, type TimeScale } from './time-scale';
import { DAY, type Span } from './time-window';

/** One axis tick as plain data; JSX maps it to a line and a label. */
export interface Tick {
  value: Date;
  x: number;
  label: string;
  /** The first tick of a new year: its label carries the year. */
  major: boolean;
}

type Unit = 'day' | 'month' | 'year';

interface Level {
  unit: Unit;
  interval: TimeInterval;
  /** Typical time between ticks, to skip levels far too fine before formatting anything. */
  period: number;
}

const day = (test: (d: Date) => boolean) => utcDay.filter(test);
const month = (step: number) => utcMonth.filter((d) => d.getUTCMonth() % step === 0);
const year = (step: number) => utcYear.filter((d) => d.getUTCFullYear() % step === 0);

/** From finest to coarsest; the first whose labels do not collide wins. */
const LEVELS: readonly Level[] = [
  { unit: 'day', interval: utcDay, period: DAY },
  {
    unit: 'day',
    interval: day((d) => d.getUTCDate() % 2 === 1 && d.getUTCDate() < 31),
    period: 2 * DAY,
  },
  { unit: 'day', interval: day((d) => [1, 8, 15, 22].includes(d.getUTCDate())), period: 7 * DAY },
  {
    unit: 'day',
    interval: day((d) => d.getUTCDate() === 1 || d.getUTCDate() === 16),
    period: 15 * DAY,
  },
  { unit: 'month', interval: utcMonth, period: 30 * DAY },
  { unit: 'month', interval: month(2), period: 61 * DAY },
  { unit: 'month', interval: month(3), period: 91 * DAY },
  { unit: 'month', interval: month(6), period: 182 * DAY },
  { unit: 'year', interval: utcYear, period: 365 * DAY },
  { unit: 'year', interval: year(2), period: 730 * DAY },
  { unit: 'year', interval: year(5), period: 1826 * DAY },
  { unit: 'year', interval: year(10), period: 3652 * DAY },
];

const FORMATS: Record<Unit, [Intl.DateTimeFormatOptions, Intl.DateTimeFormatOptions]> = {
  day: [
    { day: 'numeric', month: 'short' },
    { day: 'numeric', month: 'short', year: 'numeric' },
  ],
  month: [{ month: 'long' }, { month: 'long', year: 'numeric' }],
  year: [{ year: 'numeric' }, { year: 'numeric' }],
};

/**
 * Gives the label format for a set of Intl options. The view passes its memoised, locale-bound
 * formatters (src/i18n/format), so this module stays maths and never picks a language.
 */
export type DateFormatter = (options: Intl.DateTimeFormatOptions) => { format(date: Date): string };

export interface TickOptions {
  /** Estimated width of one label character in pixels (labels are measured by length). */
  charWidth?: number;
  /** Free space required between neighbouring labels. */
  gap?: number;
  /** Stretches a broken axis compresses: no ticks inside them, nor their time counted. */
  skip?: readonly Span[];
}

/**
 * Ticks for a window: the finest calendar level (days, weeks, half-months, months, quarters,
 * years …) whose labels fit without colliding. Labels come from `format` (the view's memoised
 * Intl formatters) and carry the year where it changes. Ticks whose label would stick out of the
 * plot are dropped.
 */
export function timeTicks(
  scale: TimeScale,
  format: DateFormatter,
  options: TickOptions = {},
): Tick[] {
  const { charWidth = 7, gap = 16, skip = [] } = options;
  const [d0, d1] = ends(scale);
  const range = scale.range();
  const lo = Math.min(...range);
  const hi = Math.max(...range);
  const skipped = (t: number) => skip.some(([a, b]) => t > a && t < b);
  // The time the axis gives room to: the window less what its breaks compress.
  const shown =
    d1 - d0 - skip.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, d1) - Math.max(a, d0)), 0);
  let fallback: Tick[] = [];
  for (const level of LEVELS) {
    if (shown / level.period > (hi - lo) / 20) continue;
    // On a broken axis every second or fifth year means little (the breaks hide the rest):
    // label each year that has room instead, the earliest first.
    if (skip.length && level.unit === 'year' && level.interval === utcYear) {
      return thin(inside(label(scale, level, format, skipped), lo, hi, charWidth), charWidth, gap);
    }
    const ticks = inside(label(scale, level, format, skipped), lo, hi, charWidth);
    fallback = ticks;
    if (fits(ticks, charWidth, gap)) return ticks;
  }
  return fallback.slice(0, 1);
}

/**
 * Year ticks for a scale that may be piecewise (the overview): a tick at every year boundary
 * whose label fits. Years that get more room (the busy ones, where the overview expands) are
 * labelled first; compressed quiet years only where space is left. A label runs from its
 * boundary in reading order, so it sits inside its own year (draw with text-anchor `start`).
 */
export function yearTicks(
  scale: TimeScale,
  format: DateFormatter,
  options: TickOptions = {},
): Tick[] {
  const { charWidth = 7, gap = 10 } = options;
  const { startX, endX, u } = readingAxis(scale);
  const [, end] = ends(scale);
  const all = label(scale, { unit: 'year', interval: utcYear, period: 365 * DAY }, format);
  const room = (i: number) => Math.abs((all[i + 1]?.x ?? scale(end)) - (all[i]?.x ?? 0));
  const kept: Tick[] = [];
  for (const i of all.map((_, i) => i).sort((a, b) => room(b) - room(a))) {
    const tick = all[i];
    if (!tick) continue;
    const w = labelWidth(tick, charWidth);
    if (u(tick.x) < u(startX) || u(tick.x) + w > u(endX)) continue;
    if (kept.every((k) => Math.abs(k.x - tick.x) >= w + gap)) kept.push(tick);
  }
  return kept.sort((a, b) => +a.value - +b.value).map((t) => ({ ...t, major: false }));
}

function label(
  scale: TimeScale,
  level: Level,
  format: DateFormatter,
  skipped: (t: number) => boolean = () => false,
): Tick[] {
  const [start, end] = ends(scale);
  const [plain, withYear] = FORMATS[level.unit];
  let previousYear: number | null = null;
  const values = level.interval.range(new Date(start), new Date(end + 1));
  return values
    .filter((value) => !skipped(+value))
    .map((value) => {
      const y = value.getUTCFullYear();
      const major = previousYear !== null && y !== previousYear;
      previousYear = y;
      const options = major ? withYear : plain;
      return { value, x: scale(value), label: format(options).format(value), major };
    });
}

/** First and last instant of a scale's domain (a piecewise scale has more breakpoints). */
function ends(scale: TimeScale): [number, number] {
  const domain = scale.domain();
  return [+(domain[0] ?? 0), +(domain[domain.length - 1] ?? 0)];
}

const labelWidth = (tick: Tick, charWidth: number) => tick.label.length * charWidth;

function inside(ticks: Tick[], lo: number, hi: number, charWidth: number): Tick[] {
  return ticks.filter((t) => {
    const half = labelWidth(t, charWidth) / 2;
    return t.x - half >= lo && t.x + half <= hi;
  });
}

/**
 * The ticks whose labels do not collide, the years with the most room after them kept first
 * (as `yearTicks` does): a year just before a break has little, the one after it a whole year.
 */
function thin(ticks: readonly Tick[], charWidth: number, gap: number): Tick[] {
  const room = (i: number) => Math.abs((ticks[i + 1]?.x ?? Infinity) - (ticks[i]?.x ?? 0));
  const kept: Tick[] = [];
  for (const i of ticks.map((_, i) => i).sort((a, b) => room(b) - room(a) || a - b)) {
    const tick = ticks[i];
    if (!tick) continue;
    const clear = (k: Tick) =>
      Math.abs(k.x - tick.x) >= (labelWidth(k, charWidth) + labelWidth(tick, charWidth)) / 2 + gap;
    if (kept.every(clear)) kept.push(tick);
  }
  return kept.sort((a, b) => +a.value - +b.value);
}

function fits(ticks: readonly Tick[], charWidth: number, gap: number): boolean {
  for (let i = 1; i < ticks.length; i++) {
    const a = ticks[i - 1];
    const b = ticks[i];
    if (!a || !b) continue;
    const need = (labelWidth(a, charWidth) + labelWidth(b, charWidth)) / 2 + gap;
    if (Math.abs(b.x - a.x) < need) return false;
  }
  return true;
}
