import { scaleUtc } from 'd3-scale';
import { describe, expect, it } from 'vitest';
import { utcFormat } from './time-format-stub';

describe('the d3-time-format stand-in', () => {
  it('lets d3-scale build a UTC scale that maps and inverts as before', () => {
    const scale = scaleUtc()
      .domain([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)])
      .range([0, 100]);
    expect(scale(Date.UTC(2020, 6, 2))).toBeCloseTo(50, 0);
    expect(+scale.invert(100)).toBe(Date.UTC(2021, 0, 1));
  });

  it('fails loudly where d3 would format a date in its English locale', () => {
    expect(() => utcFormat('%Y')()).toThrow(/Intl/);
  });
});
