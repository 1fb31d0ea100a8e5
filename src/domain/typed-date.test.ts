import { describe, expect, it } from 'vitest';
import { parseTypedDay } from './typed-date';

describe('parseTypedDay', () => {
  it('reads a day written the way the page writes it, in Arabic and English', () => {
    expect(parseTypedDay('1 تموز 2021')).toBe('2021-07-01');
    expect(parseTypedDay('15 كانون الثاني 2020')).toBe('2020-01-15');
    expect(parseTypedDay('1 يوليو 2021')).toBe('2021-07-01');
    expect(parseTypedDay('٢٦ تموز ٢٠٢١')).toBe('2021-07-26');
    expect(parseTypedDay('1 July 2021')).toBe('2021-07-01');
    expect(parseTypedDay('1 jul 2021')).toBe('2021-07-01');
    expect(parseTypedDay('July 26, 2021')).toBe('2021-07-26');
  });

  it('reads numbers day first, as Iraqi and British readers do', () => {
    expect(parseTypedDay('1/7/2021')).toBe('2021-07-01');
    expect(parseTypedDay('07/01/2021')).toBe('2021-01-07');
    expect(parseTypedDay('2021-07-01')).toBe('2021-07-01');
  });

  it('names no day for impossible or unreadable text', () => {
    expect(parseTypedDay('')).toBeNull();
    expect(parseTypedDay('30 شباط 2021')).toBeNull();
    expect(parseTypedDay('13/13/2021')).toBeNull();
    expect(parseTypedDay('1 Smarch 2021')).toBeNull();
    expect(parseTypedDay('tomorrow')).toBeNull();
  });
});
