import type { App } from './measure';

/**
 * Issue 9's budgets, in one place. Each is a median of Khatt's over at least MIN_RUNS runs:
 * either at most an absolute value, or at most a ratio to a peer's median from the same run
 * (Khatt ÷ peer; "5× faster" is a ratio of at most 0.2). `report.ts` evaluates them.
 */

/** The corpus sizes the benchmark knows: the compiled real corpus, and synthetic ones. */
export type SizeId = 'real' | `${number}`;

/** The medians a budget can be about (see `Medians` in report.ts). */
export type BudgetMetric =
  'load' | 'p95Frame' | 'filterChange' | 'zoomClick' | 'heapMB' | 'firstViewJsKB';

export interface Budget {
  size: SizeId;
  metric: BudgetMetric;
  /** Set: the budget is Khatt ÷ this peer's median, at most `limit`. */
  peer?: Exclude<App, 'khatt'>;
  limit: number;
  /** The words. */
  text: string;
}

export const MIN_RUNS = 5;

export const BUDGETS: readonly Budget[] = [
  {
    size: 'real',
    metric: 'load',
    peer: 'vis-cluster',
    limit: 0.6,
    text: 'first draw ≤ 0.6× vis-timeline clustered',
  },
  { size: 'real', metric: 'p95Frame', limit: 16.7, text: 'p95 frame ≤ 16.7 ms' },
  { size: '1000', metric: 'p95Frame', limit: 16.7, text: 'p95 frame ≤ 16.7 ms' },
  {
    size: '1000',
    metric: 'load',
    peer: 'vis-cluster',
    limit: 0.6,
    text: "first draw ≤ 0.6× the peer's",
  },
  {
    size: '10000',
    metric: 'load',
    peer: 'vis-cluster',
    limit: 1 / 5,
    text: 'first draw ≥ 5× faster than vis-timeline clustered',
  },
  { size: '10000', metric: 'p95Frame', limit: 20, text: 'p95 frame ≤ 20 ms' },
  { size: '10000', metric: 'filterChange', limit: 50, text: 'filter change → drawn ≤ 50 ms' },
  {
    size: '100000',
    metric: 'load',
    peer: 'vis-cluster',
    limit: 1 / 12,
    text: 'first draw ≥ 12× faster than vis-timeline clustered',
  },
  { size: '100000', metric: 'p95Frame', limit: 33, text: 'p95 frame ≤ 33 ms' },
  { size: '100000', metric: 'filterChange', limit: 100, text: 'filter change → drawn ≤ 100 ms' },
  { size: '100000', metric: 'zoomClick', limit: 50, text: 'zoom-button click → drawn ≤ 50 ms' },
  { size: '100000', metric: 'heapMB', limit: 200, text: 'JS heap ≤ 200 MB' },
  {
    size: 'real',
    metric: 'firstViewJsKB',
    limit: 150,
    text: 'shipped app: first-view JavaScript ≤ 150 KB gzip',
  },
];
