import { chromium, devices, type CDPSession, type Locator } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import { print, summarise, type Profile } from './cpu-profile';
import { INSTRUMENT } from './instrument';
import { WHEEL_DELTA, WHEEL_STEPS } from './measure';
import { CHROMIUM, CHROMIUM_ARGS, mountsFor, ROOT, writeCorpus } from './prepare';
import { originOf, serveStatic } from './serve';
import { targets } from './targets';

/**
 * Where the time goes: a V8 CPU profile (CDP) of one app loading a synthetic corpus, and
 * optionally of the 10-step wheel zoom, summarised by self and total time per function.
 * Both apps are built unminified into a temp folder, so names are readable (src/ untouched).
 *   npx tsx bench/profile.ts --app khatt|vis|vis-cluster --n 100000 [--zoom] [--filter] [--click] [--top 25]
 * (--filter: Khatt's kind toggle pressed, then released, each profiled on its own; --click:
 * then Khatt's zoom-in button, as `npm run bench` clicks them)
 * The raw profile is kept in the temp folder for DevTools (Performance → Load profile).
 */

const { values: opts } = parseArgs({
  options: {
    app: { type: 'string', default: 'khatt' },
    n: { type: 'string', default: '100000' },
    zoom: { type: 'boolean', default: false },
    filter: { type: 'boolean', default: false },
    click: { type: 'boolean', default: false },
    top: { type: 'string', default: '25' },
    timeout: { type: 'string', default: '180000' },
  },
});
const N = Number(opts.n);
const TOP = Number(opts.top);

async function profiled<T>(cdp: CDPSession, work: () => Promise<T>): Promise<[T, Profile]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  const result = await work();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  return [result, profile];
}

const work = mkdtempSync(join(tmpdir(), 'khatt-profile-'));
const server = await serveStatic(mountsFor(work, [N]), 4350);
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  const plain = { minify: false, sourcemap: false, emptyOutDir: true } as const;
  await build({ root: ROOT, logLevel: 'warn', build: { ...plain, outDir: join(work, 'khatt') } });
  await build({
    configFile: join(ROOT, 'bench/peer/vite.config.ts'),
    build: { ...plain, outDir: join(work, 'peer') },
  });
  const corpus = writeCorpus(work, N);
  const target = targets(originOf(server), N, corpus.first).find((t) => t.app === opts.app);
  if (!target) throw new Error(`--app is khatt, vis or vis-cluster, not ${opts.app}`);
  const context = await browser.newContext({
    ...devices['Desktop Chrome'],
    locale: 'ar-IQ',
    timezoneId: 'Asia/Baghdad',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(Number(opts.timeout));
  await page.addInitScript({ content: INSTRUMENT });
  const cdp = await context.newCDPSession(page);
  const mark = JSON.stringify(target.mark);

  const [drawn, load] = await profiled(cdp, async () => {
    await page.goto(target.url, { waitUntil: 'commit' });
    return page.evaluate<number>(`__bench.firstAfter(${mark}, -1)`);
  });
  console.log(`${target.app}, ${N} events: first ${target.mark} at ${drawn.toFixed(0)} ms`);
  const file = join(tmpdir(), `khatt-${target.app}-${N}-load.cpuprofile`);
  writeFileSync(file, JSON.stringify(load));
  const { self, total } = summarise(load);
  print('load — self time', self, TOP);
  print('load — total time (inclusive)', total, TOP);
  console.log(`\nprofile: ${file}`);

  if (opts.zoom) {
    await page.evaluate(`__bench.quiet(${mark}, 1000)`);
    const box = await target.plot(page).boundingBox();
    if (!box) throw new Error('plot not found');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const [settled, zoom] = await profiled(cdp, async () => {
      for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, WHEEL_DELTA);
      return page.evaluate<{ drawn: number; first: number }>(
        `__bench.settle(${mark}, __bench.wheels, 1000)`,
      );
    });
    console.log(`\nzoom: last step drawn after ${(settled.drawn - settled.first).toFixed(0)} ms`);
    const z = summarise(zoom);
    print('zoom — self time', z.self, TOP);
    print('zoom — total time (inclusive)', z.total, TOP);
  }
  /** One click on a control, profiled from the click to the page's next drawn mark. */
  const profileClick = async (label: string, control: Locator) => {
    await page.evaluate(`__bench.quiet(${mark}, 1000)`);
    await page.evaluate('__bench.clicks.length = 0');
    const [settled, clicked] = await profiled(cdp, async () => {
      await control.click();
      return page.evaluate<{ drawn: number; first: number }>(
        `__bench.settle(${mark}, __bench.clicks, 1000)`,
      );
    });
    console.log(`\n${label}: drawn after ${(settled.drawn - settled.first).toFixed(0)} ms`);
    const file = join(
      tmpdir(),
      `khatt-${target.app}-${N}-${label.replaceAll(' ', '-')}.cpuprofile`,
    );
    writeFileSync(file, JSON.stringify(clicked));
    console.log(`profile: ${file}`);
    const c = summarise(clicked);
    print(`${label} — self time`, c.self, TOP);
    print(`${label} — total time (inclusive)`, c.total, TOP);
  };
  const toggle = target.filter?.(page);
  if (opts.filter && toggle) {
    await profileClick('filter on', toggle);
    await profileClick('filter off', toggle);
  }
  const zoomIn = target.zoomIn?.(page);
  if (opts.click && zoomIn) await profileClick('zoom-in button', zoomIn);
  await context.close();
} finally {
  await browser.close();
  server.closeAllConnections();
  server.close();
  rmSync(work, { recursive: true, force: true });
}
