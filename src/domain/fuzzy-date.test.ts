import { describe, expect, it } from 'vitest';
import {
  deriveEnd,
  isApproximate,
  midpointDay,
  monthFromName,
  precisionFits,
  toEdtf,
  weekdayFromName,
} from './fuzzy-date';
import type { FuzzyDate } from './types';

const date = (start: string, end: string, edtf = start): FuzzyDate => ({
  start,
  end,
  precision: 'range',
  basis: 'printed',
  note: { ar: 'ملاحظة', en: 'note' },
  edtf,
});

describe('precision', () => {
  it('derives the end of a day, a month and a year', () => {
    expect(deriveEnd('2021-07-26', 'day')).toBe('2021-07-26');
    expect(deriveEnd('2021-02-01', 'month')).toBe('2021-02-28');
    expect(deriveEnd('2014-01-01', 'year')).toBe('2014-12-31');
  });

  it('accepts only spans that match the precision', () => {
    expect(precisionFits('2021-07-26', '2021-07-26', 'day')).toBe(true);
    expect(precisionFits('2021-07-26', '2021-07-27', 'day')).toBe(false);
    expect(precisionFits('2021-12-01', '2021-12-31', 'month')).toBe(true);
    expect(precisionFits('2021-12-02', '2021-12-31', 'month')).toBe(false);
    expect(precisionFits('2021-12-01', '2021-12-30', 'month')).toBe(false);
    expect(precisionFits('2014-01-01', '2014-12-31', 'year')).toBe(true);
    expect(precisionFits('2014-02-01', '2014-12-31', 'year')).toBe(false);
    expect(precisionFits('2014-01-01', '2015-12-31', 'year')).toBe(false);
    expect(precisionFits('2021-12-06', '2021-12-27', 'range')).toBe(true);
    expect(precisionFits('2021-12-06', '2021-12-06', 'range')).toBe(false);
  });
});

describe('toEdtf', () => {
  it('writes each precision the EDTF way', () => {
    expect(toEdtf('2021-07-26', '2021-07-26', 'day')).toBe('2021-07-26');
    expect(toEdtf('2021-12-01', '2021-12-31', 'month')).toBe('2021-12');
    expect(toEdtf('2014-01-01', '2014-12-31', 'year')).toBe('2014');
    expect(toEdtf('2021-12-06', '2021-12-27', 'range')).toBe('2021-12-06/2021-12-27');
  });

  it('marks every part of an approximate date with a tilde', () => {
    expect(toEdtf('2021-07-25', '2021-07-25', 'day', true)).toBe('2021-07-25~');
    expect(toEdtf('2021-12-01', '2021-12-31', 'month', true)).toBe('2021-12~');
    expect(toEdtf('2021-07-24', '2021-07-25', 'range', true)).toBe('2021-07-24~/2021-07-25~');
  });
});

describe('dates as values', () => {
  it('reads approximation from the EDTF string', () => {
    expect(isApproximate(date('2021-07-25', '2021-07-25', '2021-07-25~'))).toBe(true);
    expect(isApproximate(date('2021-07-25', '2021-07-25', '2021-07-25%'))).toBe(true);
    // `?` is EDTF's "uncertain", which is not "about".
    expect(isApproximate(date('2021-07-25', '2021-07-25', '2021-07-25?'))).toBe(false);
    expect(isApproximate(date('2021-07-25', '2021-07-25'))).toBe(false);
  });

  it('finds the middle day of a span, rounding down', () => {
    expect(midpointDay(date('2021-07-26', '2021-07-26'))).toBe('2021-07-26');
    expect(midpointDay(date('2021-12-06', '2021-12-27'))).toBe('2021-12-16');
    expect(midpointDay(date('2021-12-31', '2022-01-02'))).toBe('2022-01-01');
  });
});

describe('weekday and month names', () => {
  it('reads English and Arabic weekday names, with or without a hamza', () => {
    expect(weekdayFromName('Sunday')).toBe(0);
    expect(weekdayFromName('الأحد')).toBe(0);
    expect(weekdayFromName('الاحد')).toBe(0);
    expect(weekdayFromName('الاثنين')).toBe(1);
    expect(weekdayFromName('الإثنين')).toBe(1);
    expect(weekdayFromName('السبت')).toBe(6);
    expect(weekdayFromName('Someday')).toBeUndefined();
  });

  it('reads English, Iraqi and Egyptian month names', () => {
    expect(monthFromName('July')).toBe(7);
    expect(monthFromName('تموز')).toBe(7);
    expect(monthFromName('يوليو')).toBe(7);
    expect(monthFromName('كانون الثاني')).toBe(1);
    expect(monthFromName('تشرين الأول')).toBe(10);
    expect(monthFromName('تشرين الاول')).toBe(10);
    expect(monthFromName('ايار')).toBe(5);
    expect(monthFromName('ديسمبر')).toBe(12);
    expect(monthFromName('Juli')).toBeUndefined();
  });
});
