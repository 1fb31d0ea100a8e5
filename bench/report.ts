import type { App, RunResult, Timing } from './measure';

/** Medians per app and size, Khatt ÷ peer ratios, and the table README and the console show. */

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
  filterOn: number | undefined;
  filterOnPainted: number | undefined;
  filterOff: number | undefined;
  /** A click on the zoom-in button → the next drawn mark. */
  zoomClick: number | undefined;
  domNodes: number | undefined;
  /** Why runs failed or were skipped (timeouts, errors), once each. */
  failures: string[] | undefined;
}

export const PEERS = ['vis', 'vis-cluster'] as const satisfies readonly App[];
type Peer = (typeof PEERS)[number];
const RATIO_KEYS = ['load', 'loadPainted', 'zoom', 'zoomAfterInput', 'zoomPainted'] as const;
type Ratios = Partial<Record<(typeof RATIO_KEYS)[number], number>>;

export interface SizeSummary {
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

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

export function medians(runs: readonly RunResult[]): Medians {
  const ok = runs.filter((r) => r.status === 'ok');
  const of = (get: (r: RunResult) => number | undefined, digits = 0) => {
    const m = median(ok.map(get).filter((x): x is number => x !== undefined));
    return m === undefined ? undefined : Number(m.toFixed(digits));
  };
  const t = (get: (r: RunResult) => Timing | undefined, key: keyof Timing) =>
    of((r) => get(r)?.[key]);
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
    filterOn: t((r) => r.filterOn, 'drawn'),
    filterOnPainted: t((r) => r.filterOn, 'painted'),
    filterOff: t((r) => r.filterOff, 'drawn'),
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

const ROWS: [keyof Medians, string][] = [
  ['load', 'load → first drawn mark'],
  ['loadPainted', 'load → that frame painted'],
  ['zoom', '10 wheel-zoom steps → drawn'],
  ['zoomAfterInput', '… counted from the last wheel event'],
  ['zoomPainted', '10 wheel-zoom steps → painted'],
  ['filterOn', 'kind filter on → drawn'],
  ['filterOff', 'kind filter off → drawn'],
  ['zoomClick', 'zoom-in button → drawn'],
];

/** "60 s" from "timeout: load: no drawn mark within 60000 ms". */
const timeoutLabel = (why: string) => `${Number(/within (\d+) ms/.exec(why)?.[1] ?? NaN) / 1000} s`;

function cell(m: Medians, key: keyof Medians): string {
  const value = m[key];
  if (typeof value === 'number') return `${value.toLocaleString('en')} ms`;
  if (m.ok > 0) return '—';
  const why = m.failures?.[0] ?? '';
  if (!why.startsWith('timeout: load')) return why.split(':')[0] || '—';
  // A peer that never drew never got to the zoom either.
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

/** A Markdown table: one block of rows per corpus size; ratios are Khatt ÷ peer. */
export function table(sizes: readonly SizeSummary[]): string {
  const lines = [
    '| events | median | Khatt | vis-timeline | Khatt ÷ vis | vis + cluster | Khatt ÷ vis+cluster |',
    '| ---: | --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const s of sizes) {
    const { khatt, vis } = s.medians;
    const cluster = s.medians['vis-cluster'];
    ROWS.forEach(([key, label], i) => {
      const peerCells = key.startsWith('filter')
        ? ['n/a', '', 'n/a', '']
        : [
            cell(vis, key),
            ratioCell(s, 'vis', key),
            cell(cluster, key),
            ratioCell(s, 'vis-cluster', key),
          ];
      const n = i === 0 ? s.n.toLocaleString('en') : '';
      lines.push(`| ${[n, label, cell(khatt, key), ...peerCells].join(' | ')} |`);
    });
    lines.push(
      `| | runs ok · DOM nodes · zoom factor · frames drawn in zoom | ${meta(khatt)} | ${meta(
        vis,
      )} | | ${meta(cluster)} | |`,
    );
  }
  return lines.join('\n');
}
