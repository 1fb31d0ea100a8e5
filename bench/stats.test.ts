import { describe, expect, it } from 'vitest';
import { frameStats, median, percentile } from './stats';

describe('stats', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('takes nearest-rank percentiles: values that occurred', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(twenty, 95)).toBe(19);
    expect(percentile(twenty, 50)).toBe(10);
    expect(percentile(twenty, 100)).toBe(20);
    expect(percentile(twenty, 0)).toBe(1);
    expect(percentile([7], 95)).toBe(7);
    expect(percentile([], 95)).toBeUndefined();
  });

  it('turns rAF timestamps into frame intervals: p50, p95, max, and frames over 25 ms', () => {
    // 18 frames at 60 Hz, one of 100 ms and one of 33.3 ms: the 19th of 20 intervals is p95.
    const times = [0];
    const gaps = [...Array<number>(9).fill(16.7), 100, ...Array<number>(9).fill(16.7), 33.3];
    for (const gap of gaps) times.push((times.at(-1) ?? 0) + gap);
    expect(frameStats(times)).toEqual({ p50: 16.7, p95: 33.3, max: 100, over25: 2, intervals: 20 });
    expect(frameStats([5])).toBeUndefined();
    expect(frameStats([])).toBeUndefined();
  });
});
