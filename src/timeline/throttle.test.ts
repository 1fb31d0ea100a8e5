import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { throttle } from './throttle';

describe('throttle', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());
  const clock = () => Date.now();

  it('delivers the first call at once', () => {
    const fn = vi.fn();
    throttle(fn, 250, clock).call(1);
    expect(fn).toHaveBeenCalledWith(1);
  });

  it('delivers at most one call per interval, the latest value last', () => {
    const fn = vi.fn();
    const t = throttle(fn, 250, clock);
    t.call(1);
    t.call(2);
    t.call(3);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(249);
    expect(fn).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(fn).toHaveBeenCalledTimes(2);
    expect(fn).toHaveBeenLastCalledWith(3);
  });

  it('never exceeds four calls a second under a stream of calls', () => {
    const fn = vi.fn();
    const t = throttle(fn, 250, clock);
    for (let ms = 0; ms < 1000; ms += 10) {
      t.call(ms);
      vi.advanceTimersByTime(10);
    }
    expect(fn.mock.calls.length).toBeLessThanOrEqual(5);
  });

  it('flushes a pending value at once and cancels one without delivering it', () => {
    const fn = vi.fn();
    const t = throttle(fn, 250, clock);
    t.call(1);
    t.call(2);
    t.flush();
    expect(fn).toHaveBeenLastCalledWith(2);
    t.call(3);
    t.cancel();
    vi.advanceTimersByTime(1000);
    expect(fn).toHaveBeenCalledTimes(2);
  });
});
