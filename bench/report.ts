import { BUDGETS, MIN_RUNS, type Budget, type SizeId } from './budgets';
import type { App, GestureResult, RunResult, Timing } from './measure';
import { median } from './stats';

/**
 * Medians per app and size, Khatt ÷ peer ratios, the budgets evaluated, and the tables README
 * and the console show. Pure: no I/O.
 */

export { median };

/** Medians over the runs that completed; undefined (absent in JSON) when none did. */
export interface Medians {
  /** Runs that completed, and runs attempted. */
  ok: number;
  runs: number;
  load: number | undefined;
  loadPainted: number | undefined;
  zoom: number | undefined;
  /** The zoom minus the time the 10 wheel events took to arrive: latency after the last one. */
  zoomAfterInput: number | undefined;
  zoomPainted: number | undefined;
  zoomQuiet: number | undefined;
  zoomFrames: number | undefined;
  zoomFactor: number | undefined;
  /** The real-time gesture: medians of each run's frame-interval p50 and p95, and so on. */
  p50Frame: number | undefined;
  p95Frame: number | undefined;
  maxFrame: number | undefined;
  longFrames: number | undefined;
  /** First gesture input → the page caught up and drew (2,000 ms when it kept up). */
  gestureMs: number | undefined;
  /** The wheel events the page saw in the gesture (28 sent). */
  gestureWheels: number | undefined;
  heapMB: number | undefined;
  firstViewJsKB: number | undefined;
  filterOn: number | undefined;
  filterOnPainted: number | undefined;
  filterOff: number | undefined;
  /** Filter on and filter off pooled: any filter change → drawn. */
  filterChange: number | undefined;
  /** A click on the zoom-in button → the next drawn mark. */
  zoomClick: number | undefined;
  domNodes: number | undefined;
  /** Why runs failed or were skipped (timeouts, errors), once each. */
  failures: string[] | undefined;
}

export const PEERS = ['vis', 'vis-cluster'] as const satisfies readonly App[];
type Peer = (typeof PEERS)[number];
const RATIO_KEYS = [
  'load',
  'loadPainted',
  'zoom',
  'zoomAfterInput',
  'zoomPainted',
  'p50Frame',
  'p95Frame',
  'heapMB',
] as const;
type Ratios = Partial<Record<(typeof RATIO_KEYS)[number], number>>;

export interface SizeSummary {
  /** 'real' (the compiled corpus) or the synthetic size. */
  size: SizeId;
  /** Events in the corpus. */
  n: number;
  corpusBytes: number;
  /** Khatt's first view, which the peer is opened on too (ISO days). */
  firstWindow: { start: string; end: string };
  /** Time Khatt's own `defaultWindow` took for this corpus in Node (a hotspot probe). */
  defaultWindowNodeMs: number;
  medians: Record<App, Medians>;
  /** Khatt ÷ peer for each median both have (below 1: Khatt is faster). */
  ratios: Record<Peer, Ratios>;
  /** Where the peer never drew within the timeout: Khatt ÷ timeout, an upper bound. */
  ratioBounds: Record<Peer, Ratios>;
}

export function medians(runs: readonly RunResult[]): Medians {
  const ok = runs.filter((r) => r.status === 'ok');
  const of = (get: (r: RunResult) => number | undefined, digits = 0) => {
    const m = median(ok.map(get).filter((x): x is number => x !== undefined));
    return m === undefined ? undefined : Number(m.toFixed(digits));
  };
  const t = (get: (r: RunResult) => Timing | undefined, key: keyof Timing) =>
    of((r) => get(r)?.[key]);
  const g = (key: keyof GestureResult, digits = 0) => of((r) => r.gesture?.[key], digits);
  const changes = ok.flatMap((r) => [r.filterOn?.drawn, r.filterOff?.drawn]);
  const change = median(changes.filter((x): x is number => x !== undefined));
  const failures = [
    ...new Set(runs.filter((r) => r.status !== 'ok').map((r) => `${r.status}: ${r.note ?? ''}`)),
  ];
  return {
    ok: ok.length,
    runs: runs.length,
    load: of((r) => r.load),
    loadPainted: of((r) => r.loadPainted),
    zoom: t((r) => r.zoom, 'drawn'),
    zoomAfterInput: of((r) => r.zoom && r.zoom.drawn - r.zoom.input),
    zoomPainted: t((r) => r.zoom, 'painted'),
    zoomQuiet: t((r) => r.zoom, 'quiet'),
    zoomFrames: t((r) => r.zoom, 'frames'),
    zoomFactor: of((r) => r.zoomFactor, 2),
    p50Frame: g('p50', 1),
    p95Frame: g('p95', 1),
    maxFrame: g('max', 1),
    longFrames: g('over25'),
    gestureMs: g('ms'),
    gestureWheels: g('wheels'),
    heapMB: of((r) => r.heapMB, 1),
    firstViewJsKB: of((r) => r.firstViewJsKB, 1),
    filterOn: t((r) => r.filterOn, 'drawn'),
    filterOnPainted: t((r) => r.filterOn, 'painted'),
    filterOff: t((r) => r.filterOff, 'drawn'),
    filterChange: change === undefined ? undefined : Math.round(change),
    zoomClick: t((r) => r.zoomClick, 'drawn'),
    domNodes: of((r) => r.domNodes),
    failures: failures.length ? failures : undefined,
  };
}

export function ratios(khatt: Medians, peer: Medians): Ratios {
  const out: Ratios = {};
  for (const key of RATIO_KEYS) {
    const k = khatt[key];
    const p = peer[key];
    if (k !== undefined && p !== undefined && p > 0) out[key] = Number((k / p).toFixed(3));
  }
  return out;
}

/** Khatt's load ÷ the timeout, for a peer whose load timed out in every run. */
export function ratioBounds(khatt: Medians, peer: Medians, timeoutMs: number): Ratios {
  const timedOut = peer.ok === 0 && peer.failures?.some((f) => f.startsWith('timeout: load'));
  if (!timedOut) return {};
  const out: Ratios = {};
  for (const key of ['load', 'loadPainted'] as const) {
    const k = khatt[key];
    if (k !== undefined) out[key] = Number((k / timeoutMs).toFixed(3));
  }
  return out;
}

type Unit = 'ms' | 'MB' | 'KB' | '';
const ROWS: [keyof Medians, string, Unit][] = [
  ['load', 'load → first drawn mark', 'ms'],
  ['loadPainted', 'load → that frame painted', 'ms'],
  ['p50Frame', 'gesture: p50 frame', 'ms'],
  ['p95Frame', 'gesture: p95 frame', 'ms'],
  ['longFrames', 'gesture: frames > 25 ms', ''],
  ['gestureMs', 'gesture: 2 s of input → caught up', 'ms'],
  ['heapMB', 'JS heap after load', 'MB'],
  ['zoom', '10 wheel-zoom steps → drawn', 'ms'],
  ['zoomAfterInput', '… counted from the last wheel event', 'ms'],
  ['zoomPainted', '10 wheel-zoom steps → painted', 'ms'],
  ['filterOn', 'kind filter on → drawn', 'ms'],
  ['filterOff', 'kind filter off → drawn', 'ms'],
  ['filterChange', 'filter change → drawn (on and off)', 'ms'],
  ['zoomClick', 'zoom-in button → drawn', 'ms'],
  ['firstViewJsKB', 'first-view JavaScript (gzip)', 'KB'],
];
/** Rows that only Khatt has: the peer page has no filter, no zoom button, no bundle of ours. */
const KHATT_ONLY = new Set<keyof Medians>([
  'filterOn',
  'filterOff',
  'filterChange',
  'zoomClick',
  'firstViewJsKB',
]);

/** "60 s" from "timeout: load: no drawn mark within 60000 ms". */
const timeoutLabel = (why: string) => `${Number(/within (\d+) ms/.exec(why)?.[1] ?? NaN) / 1000} s`;

const withUnit = (value: number, unit: Unit) =>
  `${value.toLocaleString('en')}${unit ? ` ${unit}` : ''}`;

function cell(m: Medians, key: keyof Medians, unit: Unit): string {
  const value = m[key];
  if (typeof value === 'number') return withUnit(value, unit);
  if (m.ok > 0) return '—';
  const why = m.failures?.[0] ?? '';
  if (!why.startsWith('timeout: load')) return why.split(':')[0] || '—';
  // A peer that never drew never got to the gesture or the zoom either.
  return key.startsWith('load') ? `> ${timeoutLabel(why)}` : 'not reached';
}

function ratioCell(s: SizeSummary, peer: Peer, key: keyof Medians): string {
  const x = s.ratios[peer][key as keyof Ratios];
  if (x !== undefined) return x.toFixed(2);
  const bound = s.ratioBounds[peer][key as keyof Ratios];
  return bound === undefined ? '—' : `< ${bound.toFixed(3)}`;
}

const meta = (m: Medians) =>
  [`${m.ok}/${m.runs}`, m.domNodes ?? '—', m.zoomFactor ?? '—', m.zoomFrames ?? '—'].join(' · ');

/** "real corpus (48)" or "10,000". */
export const sizeLabel = (s: Pick<SizeSummary, 'size' | 'n'>) =>
  s.size === 'real' ? `real corpus (${s.n})` : s.n.toLocaleString('en');

/** A Markdown table: one block of rows per corpus size; ratios are Khatt ÷ peer. */
export function table(sizes: readonly SizeSummary[]): string {
  const lines = [
    '| events | median | Khatt | vis-timeline | Khatt ÷ vis | vis + cluster | Khatt ÷ vis+cluster |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of sizes) {
    const { khatt, vis } = s.medians;
    const cluster = s.medians['vis-cluster'];
    ROWS.forEach(([key, label, unit], i) => {
      const peerCells = KHATT_ONLY.has(key)
        ? ['n/a', '', 'n/a', '']
        : [
            cell(vis, key, unit),
            ratioCell(s, 'vis', key),
            cell(cluster, key, unit),
            ratioCell(s, 'vis-cluster', key),
          ];
      const n = i === 0 ? sizeLabel(s) : '';
      lines.push(`| ${[n, label, cell(khatt, key, unit), ...peerCells].join(' | ')} |`);
    });
    lines.push(
      `| | runs ok · DOM nodes · zoom factor · frames drawn in zoom | ${meta(khatt)} | ${meta(
        vis,
      )} | | ${meta(cluster)} | |`,
    );
  }
  return lines.join('\n');
}

export interface BudgetResult {
  budget: Budget;
  /** Khatt's median, or Khatt ÷ the peer's. Absent when not measured. */
  value?: number;
  /** True when `value` is only an upper bound (the peer never drew within the timeout). */
  bound?: boolean;
  /** The fewest completed runs behind the figure (Khatt's, and the peer's for a ratio). */
  runs: number;
  /** pass/fail is judged only on at least MIN_RUNS runs; fewer gives 'too few runs'. */
  status: 'pass' | 'fail' | 'too few runs' | 'not measured';
}

/** Each budget against the medians of its size; sizes not in this run are 'not measured'. */
export function evaluateBudgets(
  sizes: readonly SizeSummary[],
  budgets: readonly Budget[] = BUDGETS,
  minRuns = MIN_RUNS,
): BudgetResult[] {
  return budgets.map((budget) => {
    const s = sizes.find((z) => z.size === budget.size);
    if (!s) return { budget, runs: 0, status: 'not measured' };
    const khatt = s.medians.khatt;
    let value: number | undefined;
    let bound = false;
    let runs = khatt.ok;
    if (budget.peer) {
      const key = budget.metric as keyof Ratios;
      value = s.ratios[budget.peer][key];
      if (value === undefined && s.ratioBounds[budget.peer][key] !== undefined) {
        value = s.ratioBounds[budget.peer][key];
        bound = true;
      } else {
        runs = Math.min(runs, s.medians[budget.peer].ok);
      }
    } else {
      value = khatt[budget.metric];
    }
    if (value === undefined || !Number.isFinite(value))
      return { budget, runs, status: 'not measured' };
    const within = value <= budget.limit;
    // A bound above the limit says nothing: the real ratio may still be below it.
    const judged = bound && !within ? 'not measured' : within ? 'pass' : 'fail';
    const status = judged !== 'not measured' && runs < minRuns ? 'too few runs' : judged;
    return { budget, value, ...(bound ? { bound } : {}), runs, status };
  });
}

const MARK: Record<BudgetResult['status'], string> = {
  pass: '✓',
  fail: '✗',
  'too few runs': '?',
  'not measured': '—',
};

function budgetValue(r: BudgetResult): string {
  if (r.value === undefined) return '—';
  if (r.budget.peer) return `${r.bound ? '< ' : ''}${r.value.toFixed(3)}×`;
  return withUnit(
    r.value,
    r.budget.metric === 'heapMB' ? 'MB' : r.budget.metric === 'firstViewJsKB' ? 'KB' : 'ms',
  );
}

/** The budgets as a Markdown table: ✓ within, ✗ over, ? under MIN_RUNS runs, — not measured. */
export function budgetTable(results: readonly BudgetResult[]): string {
  const lines = [
    '| events | budget (issue 9) | Khatt (median) | limit | runs | |',
    '| ---: | --- | ---: | ---: | ---: | :-: |',
  ];
  for (const r of results) {
    const { size, peer, limit, text } = r.budget;
    const label = size === 'real' ? 'real corpus' : Number(size).toLocaleString('en');
    const cap = peer
      ? `${Number(limit.toFixed(3))}× ${peer}`
      : budgetValue({ ...r, value: limit, bound: false });
    lines.push(`| ${[label, text, budgetValue(r), cap, r.runs, MARK[r.status]].join(' | ')} |`);
  }
  return lines.join('\n');
}

type Figure = [name: string, get: (r: RunResult) => number | undefined];
/** What every completed run must report; Khatt also reports its own controls and bundle. */
const REQUIRED: Figure[] = [
  ['load', (r) => r.load],
  ['loadPainted', (r) => r.loadPainted],
  ['heapMB', (r) => r.heapMB],
  ['gesture.p50', (r) => r.gesture?.p50],
  ['gesture.p95', (r) => r.gesture?.p95],
  ['gesture.over25', (r) => r.gesture?.over25],
  ['gesture.ms', (r) => r.gesture?.ms],
  ['zoom.drawn', (r) => r.zoom?.drawn],
  ['zoomFactor', (r) => r.zoomFactor],
];
const REQUIRED_KHATT: Figure[] = [
  ['filterOn.drawn', (r) => r.filterOn?.drawn],
  ['filterOff.drawn', (r) => r.filterOff?.drawn],
  ['zoomClick.drawn', (r) => r.zoomClick?.drawn],
  ['firstViewJsKB', (r) => r.firstViewJsKB],
];

/**
 * Why a smoke run is broken: an app with no run, a run that did not complete, or a figure
 * missing or not a finite number. Timings are never judged. Empty: the benchmark works.
 */
export function smokeProblems(runs: readonly RunResult[]): string[] {
  const problems: string[] = [];
  for (const app of ['khatt', ...PEERS] as const) {
    if (!runs.some((r) => r.app === app)) problems.push(`${app}: no run`);
  }
  for (const r of runs) {
    const who = `${r.app} ${r.n} run ${r.run}`;
    if (r.status !== 'ok') {
      problems.push(`${who}: ${r.status}${r.note ? ` (${r.note})` : ''}`);
      continue;
    }
    for (const [name, get] of r.app === 'khatt' ? [...REQUIRED, ...REQUIRED_KHATT] : REQUIRED) {
      const value = get(r);
      if (value === undefined || !Number.isFinite(value)) {
        problems.push(`${who}: ${name} is ${value}`);
      }
    }
  }
  return problems;
}
