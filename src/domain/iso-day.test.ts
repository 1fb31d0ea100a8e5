import { describe, expect, it } from 'vitest';
import {
  dayNumber,
  dayStartMs,
  isBoundedDay,
  isoFromDayNumber,
  isRealDay,
  lastDayOfMonth,
  parseIsoDay,
  weekdayOf,
} from './iso-day';

describe('day numbers', () => {
  it('counts days from 1970-01-01 in UTC whatever the local zone', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1970-01-02')).toBe(1);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2021-07-26')).toBe(18834);
  });

  it('turns a day number back into the same ISO day', () => {
    for (const iso of ['1969-12-31', '2000-02-29', '2021-07-26', '2021-12-31']) {
      expect(isoFromDayNumber(dayNumber(iso))).toBe(iso);
    }
  });

  it('rejects strings that are not ISO days', () => {
    expect(() => dayNumber('2021-7-26')).toThrow(RangeError);
  });
});

describe('dayStartMs', () => {
  it('is midnight UTC of the day, and refuses a string of another shape', () => {
    expect(dayStartMs('2021-07-26')).toBe(Date.UTC(2021, 6, 26));
    expect(dayStartMs('1900-03-01')).toBe(Date.UTC(1900, 2, 1));
    for (const bad of ['2021-7-26', '2021/07/26', '2021-07-2x', 'abcd-ef-gh', '2021-07-26T00']) {
      expect(() => dayStartMs(bad), bad).toThrow(RangeError);
    }
  });
});

describe('isRealDay', () => {
  it('accepts days that exist, including leap days', () => {
    expect(isRealDay('2021-07-26')).toBe(true);
    expect(isRealDay('2020-02-29')).toBe(true);
    expect(isRealDay('2000-02-29')).toBe(true);
  });

  it('rejects days the calendar does not have and malformed strings', () => {
    expect(isRealDay('2021-02-30')).toBe(false);
    expect(isRealDay('2021-02-29')).toBe(false);
    expect(isRealDay('1900-02-29')).toBe(false);
    expect(isRealDay('2021-13-01')).toBe(false);
    expect(isRealDay('2021-04-31')).toBe(false);
    expect(isRealDay('2021-00-10')).toBe(false);
    expect(isRealDay('2021-07-00')).toBe(false);
    expect(isRealDay('2021-7-26')).toBe(false);
    expect(isRealDay('2021-07-26T00:00')).toBe(false);
    expect(isRealDay('2021-07-2x')).toBe(false);
    expect(isRealDay('2021/07/26')).toBe(false);
    expect(isRealDay('+021-07-26')).toBe(false);
  });

  it("agrees with the calendar's own arithmetic on every month and day of sampled years", () => {
    // The proleptic Gregorian calendar, as Date computes it (setUTCFullYear: no 1900 + y quirk).
    const exists = (y: number, m: number, d: number) => {
      const date = new Date(0);
      date.setUTCFullYear(y, m - 1, d);
      return date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    };
    const pad = (n: number, width: number) => String(n).padStart(width, '0');
    for (const y of [
      0, 1, 4, 100, 400, 1600, 1700, 1900, 1999, 2000, 2020, 2021, 2024, 2100, 9999,
    ]) {
      for (let m = 0; m <= 13; m++) {
        for (let d = 0; d <= 32; d++) {
          const real = m >= 1 && m <= 12 && d >= 1 && exists(y, m, d);
          expect(isRealDay(`${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`), `${y}-${m}-${d}`).toBe(real);
        }
      }
    }
  });
});

describe('calendar facts', () => {
  it('knows the last day of each month, leap Februaries included', () => {
    expect(lastDayOfMonth(2021, 2)).toBe(28);
    expect(lastDayOfMonth(2020, 2)).toBe(29);
    expect(lastDayOfMonth(2021, 4)).toBe(30);
    expect(lastDayOfMonth(2021, 12)).toBe(31);
  });

  it('names the weekday of a day with Sunday as 0', () => {
    expect(weekdayOf('2021-07-25')).toBe(0);
    expect(weekdayOf('2021-07-26')).toBe(1);
    expect(weekdayOf('1970-01-01')).toBe(4);
    expect(weekdayOf('1969-12-28')).toBe(0);
  });
});

describe('parseIsoDay and isBoundedDay', () => {
  it('reads only the YYYY-MM-DD shape', () => {
    expect(parseIsoDay('2021-07-26')).toEqual([2021, 7, 26]);
    expect(parseIsoDay('2021-7-26')).toBeNull();
    expect(parseIsoDay('2021-07-26T00:00')).toBeNull();
  });

  it('keeps links and typed dates within 1900–2100', () => {
    expect(isBoundedDay('1900-01-01')).toBe(true);
    expect(isBoundedDay('2100-12-31')).toBe(true);
    expect(isBoundedDay('1899-12-31')).toBe(false);
    expect(isBoundedDay('2101-01-01')).toBe(false);
    expect(isBoundedDay('2021-02-29')).toBe(false);
  });
});
