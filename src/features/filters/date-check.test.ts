import { describe, expect, it } from 'vitest';
import { checkDates, fieldProblem } from './date-check';

const field = (value: string, badInput = false) => ({ value, badInput });

describe('fieldProblem', () => {
  it('accepts an empty field and a real day in 1900–2100', () => {
    expect(fieldProblem(field(''))).toBeNull();
    expect(fieldProblem(field('2020-02-29'))).toBeNull();
  });

  it('calls half-typed input and impossible days invalid', () => {
    expect(fieldProblem(field('', true))).toBe('invalid');
    expect(fieldProblem(field('2021-02-30'))).toBe('invalid');
  });

  it('calls years outside 1900–2100 out of range', () => {
    expect(fieldProblem(field('1899-12-31'))).toBe('outOfRange');
    expect(fieldProblem(field('2101-01-01'))).toBe('outOfRange');
  });
});

describe('checkDates', () => {
  it('commits empty fields as null', () => {
    expect(checkDates(field(''), field('2021-01-01'), 'to')).toEqual({
      ok: true,
      from: null,
      to: '2021-01-01',
    });
  });

  it('blames an inverted range on the field just edited', () => {
    expect(checkDates(field('2021-05-01'), field('2021-01-01'), 'to')).toEqual({
      ok: false,
      field: 'to',
      problem: 'inverted',
    });
    expect(checkDates(field('2021-05-01'), field('2021-01-01'), 'from')).toMatchObject({
      field: 'from',
    });
  });

  it('accepts a one-day range', () => {
    expect(checkDates(field('2021-01-01'), field('2021-01-01'), 'from')).toMatchObject({
      ok: true,
    });
  });
});
