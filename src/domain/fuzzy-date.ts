import type { FuzzyDate, IsoDay, Precision } from './types';

import { dayNumber, dayParts, isoFromDayNumber, lastDayOfMonth } from './iso-day';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The inclusive end implied by a start and a day, month or year precision. */
export function deriveEnd(start: IsoDay, precision: Exclude<Precision, 'range'>): IsoDay {
  const [y, m] = dayParts(start);
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

/**
 * Whether the text supports only an "about" date: EDTF `~` (approximate) or `%` (approximate
 * and uncertain). `?` alone is uncertain, not approximate. The one rule for "about …".
 */
export function isApproximate(date: FuzzyDate): boolean {
  return /[~%]/.test(date.edtf);
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
