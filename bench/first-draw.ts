import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CHROMIUM, CHROMIUM_ARGS, ROOT, writeCorpus } from './prepare';
import { median } from './report';
import { originOf, serveStatic, type Mount } from './serve';

/**
 * First draw only — navigation start → the first `khatt:drawn` mark — for two builds of Khatt
 * side by side, each run a cold browser context, the builds alternating which goes first.
 * `--n 0` (the default) uses each build's own corpus (the real one); `--n 10000` a synthetic one.
 *
 *   npx tsx bench/first-draw.ts --before /path/to/main/dist --after dist --n 0 --runs 5
 */
const { values: opts } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: join(ROOT, 'dist') },
    n: { type: 'string', default: '0' },
    runs: { type: 'string', default: '5' },
    port: { type: 'string', default: '4461' },
  },
});
if (!opts.before) throw new Error('--before <dist folder> is required');
const N = Number(opts.n);
const builds = { before: resolve(opts.before), after: resolve(opts.after) };
const work = mkdtempSync(join(tmpdir(), 'khatt-first-draw-'));
try {
  const mounts: Mount[] = [];
  if (N > 0) writeCorpus(work, N);
  for (const [name, dir] of Object.entries(builds)) {
    if (N > 0) mounts.push({ prefix: `/${name}/data/`, dir: join(work, `data-${N}`) });
    mounts.push({ prefix: `/${name}/`, dir });
  }
  const server = await serveStatic(mounts, Number(opts.port));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const times: Record<string, number[]> = { before: [], after: [] };
  for (let run = 0; run < Number(opts.runs); run++) {
    for (const name of run % 2 ? ['after', 'before'] : ['before', 'after']) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${originOf(server)}/${name}/`);
      const drawn = await page.waitForFunction(
        () => performance.getEntriesByName('khatt:drawn')[0]?.startTime,
        undefined,
        { timeout: 120_000, polling: 50 },
      );
      const ms = Number(await drawn.jsonValue());
      times[name]?.push(ms);
      console.log(`run ${run + 1} ${name}: first draw ${Math.round(ms)} ms`);
      await context.close();
    }
  }
  await browser.close();
  server.close();
  const b = median(times['before'] ?? []) ?? Number.NaN;
  const a = median(times['after'] ?? []) ?? Number.NaN;
  console.log(
    `n=${N || 'real corpus'}: median first draw before ${Math.round(b)} ms, after ${Math.round(a)} ms (after/before ${(a / b).toFixed(2)})`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
