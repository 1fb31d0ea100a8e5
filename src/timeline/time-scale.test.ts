import { describe, expect, it } from 'vitest';
import { createTimeScale, orientRange, readingAxis, timeStepForKey } from './time-scale';

const jan = Date.UTC(2021, 0, 1);
const dec = Date.UTC(2022, 0, 1);

describe('createTimeScale', () => {
  it('puts the earliest time on the left in left-to-right', () => {
    const scale = createTimeScale([jan, dec], 1000, 'ltr', 10);
    expect(scale(jan)).toBe(10);
    expect(scale(dec)).toBe(990);
  });

  it('puts the earliest time on the right in right-to-left', () => {
    const scale = createTimeScale([jan, dec], 1000, 'rtl', 10);
    expect(scale(jan)).toBe(990);
    expect(scale(dec)).toBe(10);
  });

  it('mirrors every instant between the two directions', () => {
    const ltr = createTimeScale([jan, dec], 800, 'ltr');
    const rtl = createTimeScale([jan, dec], 800, 'rtl');
    const july = Date.UTC(2021, 6, 1);
    expect(ltr(july) + rtl(july)).toBeCloseTo(800);
  });

  it('inverts screen positions back to the same instant in both directions', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const scale = createTimeScale([jan, dec], 800, dir);
      expect(+scale.invert(scale(Date.UTC(2021, 3, 5)))).toBe(Date.UTC(2021, 3, 5));
    }
  });
});

describe('orientRange', () => {
  it('maps reading-order fractions onto pixels inside the insets', () => {
    expect(orientRange([0, 0.5, 1], 100, 'ltr', 10)).toEqual([10, 50, 90]);
    expect(orientRange([0, 0.5, 1], 100, 'rtl', 10)).toEqual([90, 50, 10]);
  });
});

describe('readingAxis and arrow keys', () => {
  it('reports that later time is to the right in left-to-right', () => {
    const scale = createTimeScale([jan, dec], 500, 'ltr');
    expect(readingAxis(scale)).toMatchObject({ startX: 0, endX: 500, sign: 1, lo: 0, hi: 500 });
    expect(timeStepForKey(scale, 'ArrowRight')).toBe(1);
    expect(timeStepForKey(scale, 'ArrowLeft')).toBe(-1);
  });

  it('reports that later time is to the left in right-to-left, so → goes earlier', () => {
    const scale = createTimeScale([jan, dec], 500, 'rtl');
    expect(readingAxis(scale)).toMatchObject({ startX: 500, endX: 0, sign: -1, lo: -500, hi: 0 });
    expect(timeStepForKey(scale, 'ArrowRight')).toBe(-1);
    expect(timeStepForKey(scale, 'ArrowLeft')).toBe(1);
  });
});

describe('reading units', () => {
  it('grow with time in both directions, and map back to the same pixel', () => {
    for (const dir of ['ltr', 'rtl'] as const) {
      const axis = readingAxis(createTimeScale([jan, dec], 500, dir));
      expect(axis.at(Date.UTC(2021, 6, 1))).toBeGreaterThan(axis.at(Date.UTC(2021, 1, 1)));
      expect(axis.u(axis.u(123))).toBe(123);
    }
  });
});
