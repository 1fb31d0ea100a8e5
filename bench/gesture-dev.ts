/**
 * A development measure of smoothness: a real-time 2 s wheel zoom-in, drag-pan and zoom-out
 * dispatched from inside the page at 60 Hz, never waiting for the page (a slow page pays for its
 * backlog), with requestAnimationFrame intervals recorded throughout. Two builds, interleaved:
 *   npx tsx bench/gesture-dev.ts --before /tmp/before/dist --after dist --sizes 1000,10000 --runs 3
 *   npx tsx bench/gesture-dev.ts --before dist --before-canvas 0 --after dist   # SVG vs canvas
 * Size 0 is the build's own corpus. The benchmark proper (`npm run bench`) owns the figures.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS, writeCorpus } from './prepare';
import { originOf, serveStatic, type Mount } from './serve';

const { values: opts } = parseArgs({
  options: {
    before: { type: 'string', default: '../wt-before/dist' },
    after: { type: 'string', default: 'dist' },
    sizes: { type: 'string', default: '1000,10000' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4345' },
    /** localStorage.khattCanvas for the "before" build: '0' compares SVG with canvas in one build. */
    'before-canvas': { type: 'string' },
  },
});
const sizes = opts.sizes.split(',').map(Number);
const builds = { before: opts.before, after: opts.after };

/** Runs in the page: the gesture and the frame intervals. */
async function gesture(): Promise<number[]> {
  const svg = document.querySelector('svg[role="group"]');
  if (!svg) throw new Error('no plot');
  const box = svg.getBoundingClientRect();
  const x = box.left + box.width / 2;
  const y = box.top + box.height / 2;
  const frames: number[] = [];
  let last = performance.now();
  let running = true;
  const tick = (t: number) => {
    frames.push(t - last);
    last = t;
    if (running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const wheel = (deltaY: number) =>
    svg.dispatchEvent(
      new WheelEvent('wheel', { deltaY, clientX: x, clientY: y, bubbles: true, cancelable: true }),
    );
  const mouse = (type: string, dx: number) =>
    (type === 'mousedown' ? svg : window).dispatchEvent(
      new MouseEvent(type, { clientX: x + dx, clientY: y, bubbles: true, view: window }),
    );
  const start = performance.now();
  let dragging = false;
  await new Promise<void>((done) => {
    const step = () => {
      const t = performance.now() - start;
      if (t < 700) wheel(-60);
      else if (t < 1300) {
        if (!dragging) mouse('mousedown', 0);
        dragging = true;
        mouse('mousemove', ((t - 700) / 600) * 300);
      } else if (t < 2000) {
        if (dragging) mouse('mouseup', 300);
        dragging = false;
        wheel(60);
      } else return done();
      setTimeout(step, 1000 / 60);
    };
    step();
  });
  await new Promise((r) => setTimeout(r, 300));
  running = false;
  return frames.slice(1);
}

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const median = (xs: number[]) => pct(xs, 50);

const work = mkdtempSync(join(tmpdir(), 'khatt-gesture-'));
let browser: Browser | undefined;
try {
  const mounts: Mount[] = [];
  for (const [name, dir] of Object.entries(builds)) {
    cpSync(dir, join(work, name), { recursive: true });
    for (const n of sizes) {
      if (n > 0) mounts.push({ prefix: `/${n}/${name}/data/`, dir: join(work, `data-${n}`) });
      mounts.push({ prefix: `/${n}/${name}/`, dir: join(work, name) });
    }
  }
  for (const n of sizes) if (n > 0) writeCorpus(work, n);
  const server = await serveStatic(mounts, Number(opts.port));
  const origin = originOf(server);
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const rows: Record<string, string | number>[] = [];
  for (const n of sizes) {
    const runs: Record<string, { p50: number; p95: number; over25: number }[]> = {
      before: [],
      after: [],
    };
    for (let run = 0; run < Number(opts.runs); run++) {
      for (const name of run % 2 ? ['after', 'before'] : ['before', 'after']) {
        const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
        const flag = name === 'before' ? opts['before-canvas'] : undefined;
        if (flag !== undefined) {
          await context.addInitScript((f) => localStorage.setItem('khattCanvas', f), flag);
        }
        const page = await context.newPage();
        await page.goto(`${origin}/${n}/${name}/`);
        await page
          .getByRole('button', { name: /تكبير|Zoom in/ })
          .first()
          .waitFor();
        await page.waitForTimeout(800);
        // tsx keeps function names with a helper the page does not have.
        await page.evaluate('globalThis.__name = (f) => f');
        const frames = await page.evaluate(gesture);
        runs[name]?.push({
          p50: pct(frames, 50),
          p95: pct(frames, 95),
          over25: frames.filter((f) => f > 25).length,
        });
        await context.close();
      }
    }
    for (const [name, list] of Object.entries(runs)) {
      rows.push({
        events: n || 'real',
        build: name,
        'p50 ms': median(list.map((r) => r.p50)).toFixed(1),
        'p95 ms': median(list.map((r) => r.p95)).toFixed(1),
        'frames > 25 ms': median(list.map((r) => r.over25)),
      });
    }
  }
  console.table(rows);
  server.closeAllConnections();
  server.close();
} finally {
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
}
