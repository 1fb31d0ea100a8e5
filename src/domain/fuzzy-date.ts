import type { FuzzyDate, IsoDay, Precision } from './types';

/** Calendar arithmetic on ISO days as UTC day numbers, so no local time zone can shift a day. */

const MS_PER_DAY = 86_400_000;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(iso: IsoDay): [number, number, number] {
  const m = ISO_DAY.exec(iso);
  if (!m) throw new RangeError(`not an ISO day: ${iso}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Days since 1970-01-01 (UTC) of an ISO day. */
export function dayNumber(iso: IsoDay): number {
  const [y, m, d] = parts(iso);
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** The ISO day `n` days after 1970-01-01. */
export function isoFromDayNumber(n: number): IsoDay {
  return new Date(n * MS_PER_DAY).toISOString().slice(0, 10);
}

/** Whether a string is a `YYYY-MM-DD` day that exists in the calendar (no 2021-02-30). */
export function isRealDay(iso: string): boolean {
  const m = ISO_DAY.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= lastDayOfMonth(y, mo);
}

/** The last day (28–31) of month `m` (1–12) in year `y`. */
export function lastDayOfMonth(y: number, m: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** Day of the week of an ISO day, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: IsoDay): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

/** The inclusive end implied by a start and a day, month or year precision. */
export function deriveEnd(start: IsoDay, precision: Exclude<Precision, 'range'>): IsoDay {
  const [y, m] = parts(start);
  if (precision === 'day') return start;
  if (precision === 'month') return `${pad(y, 4)}-${pad(m)}-${pad(lastDayOfMonth(y, m))}`;
  return `${pad(y, 4)}-12-31`;
}

/** Whether start/end are exactly what the precision claims: one day, one whole month or year, or a range. */
export function precisionFits(start: IsoDay, end: IsoDay, precision: Precision): boolean {
  if (precision === 'range') return start < end;
  if (precision === 'month' && !start.endsWith('-01')) return false;
  if (precision === 'year' && !start.endsWith('-01-01')) return false;
  return end === deriveEnd(start, precision);
}

/** The EDTF string of a date: `2021-07-26`, `2021-12`, `2014`, `a/b`; `~` after each part when approximate. */
export function toEdtf(
  start: IsoDay,
  end: IsoDay,
  precision: Precision,
  approximate = false,
): string {
  const mark = approximate ? '~' : '';
  if (precision === 'month') return `${start.slice(0, 7)}${mark}`;
  if (precision === 'year') return `${start.slice(0, 4)}${mark}`;
  if (precision === 'range') return `${start}${mark}/${end}${mark}`;
  return `${start}${mark}`;
}

/** Whether the text supports only an "about" date (EDTF `~`, `?` or `%`). */
export function isApproximate(date: FuzzyDate): boolean {
  return /[~?%]/.test(date.edtf);
}

/** The middle day of a date's span (the earlier one when the span has an even length). */
export function midpointDay(date: FuzzyDate): IsoDay {
  return isoFromDayNumber(Math.floor((dayNumber(date.start) + dayNumber(date.end)) / 2));
}

export const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

export const WEEKDAYS_AR = [
  'الأحد',
  'الاثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
] as const;

export const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** Month names used in Iraq and the Levant. */
export const MONTHS_AR_IRAQI = [
  'كانون الثاني',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'تشرين الأول',
  'تشرين الثاني',
  'كانون الأول',
] as const;

/** Month names used in Egypt and the Gulf. */
export const MONTHS_AR_EGYPTIAN = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
] as const;

/** Writers drop or vary the hamza on alef (الاثنين / الإثنين, أيار / ايار); compare without it. */
export function foldAlef(s: string): string {
  return s.replace(/[أإآ]/g, 'ا');
}

function indexIn(names: readonly string[], name: string): number | undefined {
  const folded = foldAlef(name.trim().replace(/\s+/g, ' '));
  const i = names.findIndex((n) => foldAlef(n) === folded);
  return i < 0 ? undefined : i;
}

/** The weekday (0 = Sunday) named in English or Arabic, or undefined. */
export function weekdayFromName(name: string): number | undefined {
  return indexIn(WEEKDAYS_EN, name) ?? indexIn(WEEKDAYS_AR, name);
}

/** The month (1–12) named in English, Iraqi or Egyptian Arabic, or undefined. */
export function monthFromName(name: string): number | undefined {
  const i =
    indexIn(MONTHS_EN, name) ?? indexIn(MONTHS_AR_IRAQI, name) ?? indexIn(MONTHS_AR_EGYPTIAN, name);
  return i === undefined ? undefined : i + 1;
}
