import { describe, expect, it } from 'vitest';
import { formatFuzzyDate } from './date-format';
import type { FuzzyDate } from './types';

const date = (start: string, end: string, precision: FuzzyDate['precision']): FuzzyDate => ({
  start,
  end,
  precision,
  basis: 'printed',
  note: { ar: '', en: '' },
  edtf: start,
});

describe('formatFuzzyDate', () => {
  it('writes a day with Iraqi month names and Latin digits in Arabic', () => {
    expect(formatFuzzyDate('ar', date('2021-02-15', '2021-02-15', 'day'))).toBe('15 شباط 2021');
    expect(formatFuzzyDate('en', date('2021-02-15', '2021-02-15', 'day'))).toBe('15 February 2021');
  });

  it('writes only what is known of a month or a year', () => {
    expect(formatFuzzyDate('ar', date('2021-12-01', '2021-12-31', 'month'))).toBe(
      'كانون الأول 2021',
    );
    expect(formatFuzzyDate('en', date('2014-01-01', '2014-12-31', 'year'))).toBe('2014');
  });

  it('collapses a range that stays within one month', () => {
    expect(formatFuzzyDate('en', date('2021-12-06', '2021-12-27', 'range'))).toMatch(
      /^6\s?–\s?27 December 2021$/,
    );
  });
});
