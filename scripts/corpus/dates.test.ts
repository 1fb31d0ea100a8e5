import { describe, expect, it } from 'vitest';
import { compileDate, weekdayClaims, weekdaysNamed } from './dates';
import type { Path } from './problems';

describe('weekdayClaims', () => {
  it('finds English claims, with or without a comma after the weekday', () => {
    expect(weekdayClaims('published Sunday 25 July 2021 → Monday, 26 July 2021')).toEqual([
      { text: 'Sunday 25 July 2021', weekday: 0, day: 25, month: 7, year: 2021 },
      { text: 'Monday, 26 July 2021', weekday: 1, day: 26, month: 7, year: 2021 },
    ]);
  });

  it('finds Arabic claims with Iraqi or Egyptian months, paired names and Arabic-Indic digits', () => {
    const claims = weekdayClaims(
      'نُشر الأحد 25 تموز 2021، والاثنين ٢٦ يوليو ٢٠٢١، والإثنين 26 تموز/يوليو 2021، والخميس 18 كانون الثاني 2021',
    );
    expect(claims.map((c) => [c.weekday, c.day, c.month, c.year])).toEqual([
      [0, 25, 7, 2021],
      [1, 26, 7, 2021],
      [1, 26, 7, 2021],
      [4, 18, 1, 2021],
    ]);
  });

  it('ignores weekdays and dates that are not written together', () => {
    expect(weekdayClaims('on Monday, a week after 25 July 2021')).toEqual([]);
  });
});

describe('weekdaysNamed', () => {
  it('lists each weekday an English note names, once, Sunday first', () => {
    expect(
      weekdaysNamed('"Tomorrow, Monday" in an article published Sunday; Monday again'),
    ).toEqual([0, 1]);
    expect(weekdaysNamed('Mondays and sundays do not count')).toEqual([]);
  });
});

describe('compileDate', () => {
  const note = { ar: 'مطبوع', en: 'Printed' };
  const run = (raw: unknown) => {
    const problems: string[] = [];
    const date = compileDate(raw, ['date'], (path: Path, message) =>
      problems.push(`${path.join('.')}: ${message}`),
    );
    return { date, problems };
  };

  it('derives the end and the EDTF, marking approximate dates', () => {
    expect(
      run({ start: '2014-01-01', precision: 'year', basis: 'printed', note }).date,
    ).toMatchObject({
      end: '2014-12-31',
      edtf: '2014',
    });
    const range = { start: '2021-07-24', end: '2021-07-25', precision: 'range', basis: 'inferred' };
    expect(run({ ...range, approximate: true, note }).date?.edtf).toBe('2021-07-24~/2021-07-25~');
  });

  it('rejects a year that does not start on 1 January', () => {
    expect(run({ start: '2014-03-01', precision: 'year', basis: 'printed', note })).toEqual({
      date: undefined,
      problems: ['date.start: must be 1 January for year precision (got 2014-03-01)'],
    });
  });

  it('rejects a weekday claim about a day that does not exist', () => {
    const bad = { ar: 'مطبوع', en: 'Published Monday 31 June 2021' };
    expect(
      run({ start: '2021-06-30', precision: 'day', basis: 'printed', note: bad }).problems,
    ).toEqual([
      'date.note.en: "Monday 31 June 2021": 2021-06-31 is not a real calendar day',
      'date.start: 2021-06-30 is a Wednesday, but the English note names only Monday',
    ]);
  });
});
