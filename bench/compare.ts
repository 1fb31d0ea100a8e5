import { chromium, type Browser } from '@playwright/test';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isoDay } from '../src/timeline/time-window';
import { measureRun, type RunResult } from './measure';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, writeCorpus } from './prepare';
import { median } from './report';
import { originOf, serveStatic } from './serve';
import { targets } from './targets';

/**
 * Two builds of Khatt side by side in one run — BEFORE and AFTER a change — on the same
 * synthetic corpus: each run is the benchmark's own (measure.ts): a cold load, the real-time
 * gesture (p95 frame, frames over 25 ms), 10 wheel steps, the kind filter on and off, and a click
 * on the zoom-in button, timed to the next `khatt:drawn`. Runs alternate which build goes
 * first. Medians go to the console and to bench/results/compare.json.
 *
 *   npx tsx bench/compare.ts --before /work/wt-before/dist --after dist --n 100000 --runs 5
 */
const { values: opts } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: join(ROOT, 'dist') },
    n: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
    timeout: { type: 'string', default: '60000' },
    port: { type: 'string', default: '4460' },
  },
});
if (!opts.before) throw new Error('--before <dist folder> is required');
const N = Number(opts.n);
const RUNS = Math.max(1, Number(opts.runs));
const BUILDS = { before: resolve(opts.before), after: resolve(opts.after) } as const;
type Build = keyof typeof BUILDS;

const work = mkdtempSync(join(tmpdir(), 'khatt-compare-'));
let browser: Browser | undefined;
let server: Server | undefined;
const cleanup = async () => {
  await browser?.close().catch(() => undefined);
  server?.closeAllConnections();
  server?.close();
  rmSync(work, { recursive: true, force: true });
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => void cleanup().finally(() => process.exit(130)));
}

try {
  const corpus = writeCorpus(work, N);
  const mounts = (Object.keys(BUILDS) as Build[]).flatMap((build) => {
    cpSync(BUILDS[build], join(work, build), { recursive: true });
    return [
      { prefix: `/${build}/data/`, dir: join(work, `data-${N}`) },
      { prefix: `/${build}/`, dir: join(work, build) },
    ];
  });
  server = await serveStatic(mounts, Number(opts.port));
  const origin = originOf(server);
  const [khatt] = targets(origin, N, corpus.first);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const load = [loadavg()[0] ?? 0];
  const results: Record<Build, RunResult[]> = { before: [], after: [] };
  for (let run = 0; run < RUNS; run++) {
    const order: Build[] = run % 2 ? ['after', 'before'] : ['before', 'after'];
    for (const build of order) {
      const target = { ...khatt, url: `${origin}/${build}/` };
      const result = await measureRun(browser, target, N, run, Number(opts.timeout));
      results[build].push(result);
      const f = (x: number | undefined) => (x === undefined ? '—' : `${Math.round(x)} ms`);
      console.log(
        `run ${run + 1} ${build}: ${result.status}${result.note ? ` (${result.note})` : ''}; ` +
          `gesture p95 ${f(result.gesture?.p95)} (${result.gesture?.over25 ?? '—'} > 25 ms), ` +
          `zoom click ${f(result.zoomClick?.drawn)}, wheel ${f(result.zoom?.drawn)}, ` +
          `filter on ${f(result.filterOn?.drawn)}, load ${f(result.load)}`,
      );
    }
  }
  load.push(loadavg()[0] ?? 0);
  const med = (build: Build, get: (r: RunResult) => number | undefined) => {
    const m = median(
      results[build]
        .filter((r) => r.status === 'ok')
        .map(get)
        .filter((x): x is number => x !== undefined),
    );
    return m === undefined ? undefined : Math.round(m);
  };
  const metrics = {
    gestureP95: (r: RunResult) => r.gesture?.p95,
    gestureOver25: (r: RunResult) => r.gesture?.over25,
    zoomClick: (r: RunResult) => r.zoomClick?.drawn,
    wheelZoom: (r: RunResult) => r.zoom?.drawn,
    filterOn: (r: RunResult) => r.filterOn?.drawn,
    filterOff: (r: RunResult) => r.filterOff?.drawn,
    load: (r: RunResult) => r.load,
  };
  const summary = Object.fromEntries(
    Object.entries(metrics).map(([name, get]) => {
      const before = med('before', get);
      const after = med('after', get);
      const speedup = before && after ? Number((before / after).toFixed(2)) : undefined;
      return [name, { before, after, speedup }];
    }),
  );
  console.table(summary);
  writeFileSync(
    join(ROOT, 'bench/results/compare.json'),
    `${JSON.stringify(
      {
        date: isoDay(Date.now()),
        n: N,
        runs: RUNS,
        builds: BUILDS,
        loadAverage: load,
        medians: summary,
        results,
      },
      null,
      2,
    )}\n`,
  );
} finally {
  await cleanup();
}
