import { describe, expect, it } from 'vitest';
import type { RunResult } from './measure';
import type { Budget } from './budgets';
import {
  budgetTable,
  evaluateBudgets,
  median,
  medians,
  ratioBounds,
  ratios,
  smokeProblems,
  table,
  type SizeSummary,
} from './report';

const ok = (run: number, load: number): RunResult => ({
  app: 'khatt',
  n: 10,
  run,
  status: 'ok',
  load,
  zoom: { input: 100, drawn: 300, painted: 310, quiet: 400, frames: 11 },
});

describe('report', () => {
  it('re-exports the median', () => {
    expect(median([4, 1, 2, 3])).toBe(2.5);
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

  const gesture = (p95: number) => ({
    p50: 16.7,
    p95,
    max: p95 * 2,
    over25: p95 > 25 ? 3 : 0,
    intervals: 120,
    ms: 2010,
    wheels: 28,
    mouse: 40,
  });
  const full = (app: RunResult['app'], run: number, load: number, p95: number): RunResult => ({
    ...ok(run, load),
    app,
    heapMB: 20,
    zoomFactor: 6.2,
    loadPainted: load + 10,
    gesture: gesture(p95),
    ...(app === 'khatt'
      ? {
          filterOn: { input: 0, drawn: 40 + run, painted: 50, quiet: 60, frames: 1 },
          filterOff: { input: 0, drawn: 60 + run, painted: 70, quiet: 80, frames: 1 },
          zoomClick: { input: 0, drawn: 30, painted: 40, quiet: 50, frames: 1 },
          firstViewJsKB: 140,
        }
      : {}),
  });

  it("takes medians of each run's gesture figures, and pools filter on and off", () => {
    const m = medians([1, 2, 3, 4, 5].map((run) => full('khatt', run, 1000, 10 + run)));
    expect(m).toMatchObject({ p50Frame: 16.7, p95Frame: 13, longFrames: 0, heapMB: 20 });
    // On: 41…45, off: 61…65 — the median of all ten changes is between the two groups.
    expect(m.filterChange).toBe(53);
  });

  const summary = (runs: number, khattLoad: number, khattP95: number): SizeSummary => {
    const khatt = medians(
      Array.from({ length: runs }, (_, i) => full('khatt', i + 1, khattLoad, khattP95)),
    );
    const cluster = medians(
      Array.from({ length: runs }, (_, i) => full('vis-cluster', i + 1, 4000, 33.3)),
    );
    const vis = medians([full('vis', 1, 9000, 1450)]);
    return {
      size: '10000',
      n: 10_000,
      corpusBytes: 1,
      firstWindow: { start: '2014-01-01', end: '2021-01-01' },
      defaultWindowNodeMs: 1,
      medians: { khatt, vis, 'vis-cluster': cluster },
      ratios: { vis: ratios(khatt, vis), 'vis-cluster': ratios(khatt, cluster) },
      ratioBounds: { vis: {}, 'vis-cluster': {} },
    };
  };
  const budgets: Budget[] = [
    { size: '10000', metric: 'load', peer: 'vis-cluster', limit: 0.2, text: '5× faster' },
    { size: '10000', metric: 'p95Frame', limit: 20, text: 'p95 ≤ 20 ms' },
    { size: '10000', metric: 'filterChange', limit: 50, text: 'filter ≤ 50 ms' },
    { size: '100000', metric: 'heapMB', limit: 200, text: 'heap ≤ 200 MB' },
  ];

  it('judges each budget: at most a value, or at most a ratio to the peer of the same run', () => {
    const results = evaluateBudgets([summary(5, 800, 16.7)], budgets, 5);
    expect(results.map((r) => [r.value, r.status])).toEqual([
      [0.2, 'pass'], // 800 ÷ 4000: exactly at the limit passes
      [16.7, 'pass'],
      [53, 'fail'], // the pooled filter change, 53 ms > 50
      [undefined, 'not measured'], // no 100,000 in this run
    ]);
    const slow = evaluateBudgets([summary(5, 1000, 33.4)], budgets, 5);
    expect(slow.map((r) => r.status)).toEqual(['fail', 'fail', 'fail', 'not measured']);
  });

  it('does not judge a budget on fewer runs than required', () => {
    const results = evaluateBudgets([summary(3, 800, 16.7)], budgets, 5);
    expect(results.map((r) => [r.runs, r.status])).toEqual([
      [3, 'too few runs'],
      [3, 'too few runs'],
      [3, 'too few runs'],
      [0, 'not measured'],
    ]);
  });

  it('passes a ratio budget on a bound only when the bound is within it', () => {
    const s = summary(5, 800, 16.7);
    const timedOut = { ...s, ratios: { ...s.ratios, 'vis-cluster': {} } };
    const within = { ...timedOut, ratioBounds: { vis: {}, 'vis-cluster': { load: 0.013 } } };
    const above = { ...timedOut, ratioBounds: { vis: {}, 'vis-cluster': { load: 0.3 } } };
    const [first] = budgets;
    expect(evaluateBudgets([within], [first as Budget], 5)[0]).toMatchObject({
      value: 0.013,
      bound: true,
      status: 'pass',
    });
    expect(evaluateBudgets([above], [first as Budget], 5)[0]?.status).toBe('not measured');
  });

  it('prints the budgets with their limit and ✓ / ✗ / ? / —', () => {
    const rows = budgetTable(evaluateBudgets([summary(5, 800, 16.7)], budgets, 5)).split('\n');
    expect(rows[2]).toBe('| 10,000 | 5× faster | 0.200× | 0.2× vis-cluster | 5 | ✓ |');
    expect(rows[4]).toBe('| 10,000 | filter ≤ 50 ms | 53 ms | 50 ms | 5 | ✗ |');
    expect(rows[5]).toBe('| 100,000 | heap ≤ 200 MB | — | 200 MB | 0 | — |');
  });

  it('smoke: finds failed runs, missing apps and missing or NaN figures, never timings', () => {
    const good = [
      full('khatt', 1, 99_999, 999),
      full('vis', 1, 1, 1),
      full('vis-cluster', 1, 1, 1),
    ];
    expect(smokeProblems(good)).toEqual([]);
    const noHeap = { ...full('vis', 1, 1, 1), heapMB: Number.NaN };
    const noClick = full('khatt', 1, 1, 1);
    delete noClick.zoomClick;
    expect(smokeProblems([noClick, noHeap])).toEqual([
      'vis-cluster: no run',
      'khatt 10 run 1: zoomClick.drawn is undefined',
      'vis 10 run 1: heapMB is NaN',
    ]);
    const failed: RunResult = {
      app: 'vis',
      n: 10,
      run: 2,
      status: 'error',
      note: 'plot not found',
    };
    expect(smokeProblems([...good, failed])).toEqual(['vis 10 run 2: error (plot not found)']);
  });
});
