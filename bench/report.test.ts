import { describe, expect, it } from 'vitest';
import type { RunResult } from './measure';
import { median, medians, ratioBounds, ratios, table, type SizeSummary } from './report';

const ok = (run: number, load: number): RunResult => ({
  app: 'khatt',
  n: 10,
  run,
  status: 'ok',
  load,
  zoom: { input: 100, drawn: 300, painted: 310, quiet: 400, frames: 11 },
});

describe('report', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('summarises completed runs only and lists why others failed', () => {
    const m = medians([
      ok(1, 100),
      ok(2, 300),
      ok(3, 200),
      { app: 'khatt', n: 10, run: 4, status: 'error', note: 'boom' },
    ]);
    expect(m).toMatchObject({ ok: 3, runs: 4, load: 200, zoom: 300, zoomAfterInput: 200 });
    expect(m.failures).toEqual(['error: boom']);
  });

  it('gives Khatt ÷ peer, or an upper bound when the peer never drew in time', () => {
    const khatt = medians([ok(1, 1500)]);
    expect(ratios(khatt, medians([ok(1, 6000)])).load).toBe(0.25);
    const timedOut = medians([
      { app: 'vis', n: 10, run: 1, status: 'timeout', note: 'load: no drawn mark within 60000 ms' },
    ]);
    expect(ratios(khatt, timedOut)).toEqual({});
    expect(ratioBounds(khatt, timedOut, 60_000).load).toBe(0.025);
  });

  it('prints a timed-out peer as "> 60 s" and its ratio as a bound', () => {
    const khatt = medians([ok(1, 1500)]);
    const vis = medians([
      { app: 'vis', n: 10, run: 1, status: 'timeout', note: 'load: no drawn mark within 60000 ms' },
    ]);
    const size: SizeSummary = {
      size: '10000',
      n: 10_000,
      corpusBytes: 1,
      firstWindow: { start: '2014-01-01', end: '2021-01-01' },
      defaultWindowNodeMs: 1,
      medians: { khatt, vis, 'vis-cluster': medians([ok(1, 6000)]) },
      ratios: { vis: {}, 'vis-cluster': ratios(khatt, medians([ok(1, 6000)])) },
      ratioBounds: { vis: ratioBounds(khatt, vis, 60_000), 'vis-cluster': {} },
    };
    const first = table([size]).split('\n')[2];
    expect(first).toBe(
      '| 10,000 | load → first drawn mark | 1,500 ms | > 60 s | < 0.025 | 6,000 ms | 0.25 |',
    );
  });
});
