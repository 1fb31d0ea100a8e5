import { devices, type Browser, type Locator, type Page, type Response } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { gestureSteps, type GestureStep } from './gesture';
import { INSTRUMENT } from './instrument';
import { frameStats, type FrameStats } from './stats';

/** Khatt, vis-timeline out of the box, and vis-timeline with its `cluster` option. */
export type App = 'khatt' | 'vis' | 'vis-cluster';

/** One app under test: where it lives, the mark it sets, and how to find and read its plot. */
export interface Target {
  app: App;
  url: string;
  mark: string;
  plot: (page: Page) => Locator;
  /** The window on screen now, [start, end) epoch ms. */
  readWindow: (page: Page) => Promise<[number, number] | null>;
  /** Khatt only: the control whose click changes a filter. */
  filter?: (page: Page) => Locator;
  /** Khatt only: the zoom-in button. */
  zoomIn?: (page: Page) => Locator;
}

export interface Timing {
  /** From the first input event to the last (ms): how fast the input arrived. */
  input: number;
  /** From the first input event to the first drawn mark after the last one (ms). */
  drawn: number;
  /** …to the first task after the frame that follows that mark: on screen. */
  painted: number;
  /** …to the last drawn mark before the page went quiet (no mark for QUIET_MS). */
  quiet: number;
  /** How many drawn marks (frames drawn) the interaction produced. */
  frames: number;
}

/** The real-time gesture: frame intervals while it ran, and what the page saw of it. */
export interface GestureResult extends FrameStats {
  /** First input event → the end (the drawn mark after the last handled input): 2 s if it kept up. */
  ms: number;
  /** Wheel and mouse events the page handled (the browser may coalesce a backlog). */
  wheels: number;
  mouse: number;
}

export interface RunResult {
  app: App;
  n: number;
  run: number;
  status: 'ok' | 'timeout' | 'error' | 'skipped';
  note?: string;
  /** Navigation start → first drawn mark (ms), and → that frame painted. */
  load?: number;
  loadPainted?: number;
  domNodes?: number;
  /** JS heap in use after load and a garbage collection (MB, 10⁶ bytes). */
  heapMB?: number;
  /** Khatt only: gzip size of the JavaScript fetched before the first drawn mark (KB, 10³ bytes). */
  firstViewJsKB?: number;
  /** …and which files those were (paths). */
  firstViewJsFiles?: string[];
  /** The 2-second real-time zoom-in, drag-pan, zoom-out, right after load. */
  gesture?: GestureResult;
  zoom?: Timing;
  /** How much narrower the window got over the 10 wheel steps (expected ≈ 1.2^10 ≈ 6.2). */
  zoomFactor?: number;
  filterOn?: Timing;
  filterOff?: Timing;
  /** Khatt only: a click on the zoom-in button → the next drawn mark. */
  zoomClick?: Timing;
}

export const WHEEL_STEPS = 10;
/**
 * Per wheel notch. d3-zoom scales by 2^(0.002·|deltaY|) = 1.2 at 132 px; vis-timeline scales by
 * 1.2 per event whatever the delta (Chrome reports wheelDelta ±120): the same zoom for both.
 */
export const WHEEL_DELTA = -132;
const QUIET_MS = 700;

export class TimeoutError extends Error {
  override name = 'TimeoutError';
}

/** Rejects after `ms` with a message naming the step; the page is then closed with its context. */
async function within<T>(ms: number, step: string, work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${step}: no drawn mark within ${ms} ms`)),
      ms,
    );
  });
  try {
    return await Promise.race([work, limit]);
  } finally {
    clearTimeout(timer);
  }
}

interface Settled {
  events: number;
  first: number;
  last: number;
  drawn: number;
  painted: number;
  quiet: number;
  frames: number;
}

const timing = (s: Settled): Timing => ({
  input: s.last - s.first,
  drawn: s.drawn - s.first,
  painted: s.painted - s.first,
  quiet: s.quiet - s.first,
  frames: s.frames,
});

async function settle(page: Page, mark: string, list: 'wheels' | 'clicks'): Promise<Settled> {
  return page.evaluate<Settled>(
    `__bench.settle(${JSON.stringify(mark)}, __bench.${list}, ${QUIET_MS})`,
  );
}

async function load(page: Page, target: Target, timeout: number): Promise<Partial<RunResult>> {
  // Only remembered here; the bodies are read after load, so the load itself is not slowed.
  const scripts = new Map<string, Response>();
  page.on('response', (r) => {
    if (/\.m?js(?:\?|$)/.test(new URL(r.url()).pathname)) scripts.set(r.url(), r);
  });
  await page.goto(target.url, { waitUntil: 'commit', timeout });
  const mark = JSON.stringify(target.mark);
  const drawn = await page.evaluate<number>(`__bench.firstAfter(${mark}, -1)`);
  const painted = await page.evaluate<number>(`__bench.paintedAfter(${drawn})`);
  await page.evaluate(`__bench.quiet(${mark}, ${QUIET_MS})`);
  const domNodes = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
  const out: Partial<RunResult> = { load: drawn, loadPainted: painted, domNodes };
  if (target.app === 'khatt') Object.assign(out, await firstViewJs(page, scripts, drawn));
  out.heapMB = await heapAfterGc(page);
  return out;
}

/** gzip bytes (zlib's default level, as Vite reports) of the scripts requested before `drawn`. */
async function firstViewJs(
  page: Page,
  scripts: Map<string, Response>,
  drawn: number,
): Promise<Pick<RunResult, 'firstViewJsKB' | 'firstViewJsFiles'>> {
  const early = await page.evaluate<string[]>(
    `performance.getEntriesByType('resource').filter((e) => e.startTime < ${drawn}).map((e) => e.name)`,
  );
  let bytes = 0;
  const files: string[] = [];
  for (const url of new Set(early)) {
    const response = scripts.get(url);
    if (!response) continue;
    const gzip = gzipSync(await response.body()).length;
    bytes += gzip;
    files.push(`${new URL(url).pathname} ${(gzip / 1000).toFixed(1)} KB`);
  }
  if (bytes === 0) throw new Error('no script was fetched before the first drawn mark');
  return { firstViewJsKB: Number((bytes / 1000).toFixed(1)), firstViewJsFiles: files };
}

async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    return Number((usedSize / 1e6).toFixed(1));
  } finally {
    await cdp.detach();
  }
}

const dispatchParams = (step: GestureStep) => ({
  type: step.type,
  x: step.x,
  y: step.y,
  button: step.pressed ? ('left' as const) : ('none' as const),
  buttons: step.pressed && step.type !== 'mouseReleased' ? 1 : 0,
  clickCount: step.type === 'mousePressed' || step.type === 'mouseReleased' ? 1 : 0,
  deltaX: 0,
  deltaY: step.deltaY ?? 0,
  pointerType: 'mouse' as const,
});

/** What `__bench.gestureEnd` returns. */
interface GestureEnd {
  frames: number[];
  first?: number;
  end?: number;
  wheels: number;
  mouse: number;
}

/**
 * The real-time gesture at the plot's centre. Every input event is sent through CDP at its time
 * on the wall clock, none waiting for the previous one to be handled; the frame loop runs from
 * before the first event until the page has handled the last one and drawn after it.
 */
async function gesture(page: Page, target: Target): Promise<Partial<RunResult>> {
  const box = await target.plot(page).boundingBox();
  if (!box) throw new Error('plot not found');
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x, y);
  // The frame intervals are read to 5 µs only in an isolated page (serve.ts).
  if (!(await page.evaluate('crossOriginIsolated'))) {
    throw new Error('gesture: the page is not cross-origin isolated, so its clock ticks in 100 µs');
  }
  const cdp = await page.context().newCDPSession(page);
  try {
    await page.evaluate(
      '__bench.wheels.length = 0; __bench.mouse.length = 0; __bench.startFrames()',
    );
    const steps = gestureSteps(x, y);
    const sent = await new Promise<Promise<unknown>[]>((resolve) => {
      const out: Promise<unknown>[] = [];
      for (const step of steps) {
        setTimeout(() => {
          out.push(cdp.send('Input.dispatchMouseEvent', dispatchParams(step)));
          if (out.length === steps.length) resolve(out);
        }, step.at);
      }
    });
    await Promise.all(sent);
    const end = await page.evaluate<GestureEnd>(
      `__bench.gestureEnd(${JSON.stringify(target.mark)}, 1000)`,
    );
    const stats = frameStats(end.frames);
    if (!stats || end.first === undefined || end.end === undefined) {
      throw new Error(`gesture: ${end.frames.length} frames, ${end.wheels} wheel events seen`);
    }
    if (end.wheels === 0 || end.mouse === 0) {
      throw new Error(`gesture: the page saw ${end.wheels} wheel and ${end.mouse} mouse events`);
    }
    const ms = Math.round(end.end - end.first);
    // Not timed: let the page settle (Khatt commits the window to the URL after a gesture), so
    // the wheel zoom that follows starts from a window that stays put.
    await page.evaluate(`__bench.quiet(${JSON.stringify(target.mark)}, ${QUIET_MS})`);
    return { gesture: { ...stats, ms, wheels: end.wheels, mouse: end.mouse } };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

async function zoom(page: Page, target: Target): Promise<Partial<RunResult>> {
  const box = await target.plot(page).boundingBox();
  if (!box) throw new Error('plot not found');
  const before = await target.readWindow(page);
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.evaluate('__bench.wheels.length = 0');
  for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, WHEEL_DELTA);
  const settled = await settle(page, target.mark, 'wheels');
  if (settled.events !== WHEEL_STEPS) throw new Error(`${settled.events} wheel events arrived`);
  const after = await target.readWindow(page);
  const zoomFactor =
    before && after ? (before[1] - before[0]) / Math.max(1, after[1] - after[0]) : undefined;
  return { zoom: timing(settled), ...(zoomFactor ? { zoomFactor } : {}) };
}

async function click(page: Page, control: Locator, mark: string): Promise<Timing> {
  await page.evaluate('__bench.clicks.length = 0');
  await control.click();
  return timing(await settle(page, mark, 'clicks'));
}

/**
 * One cold run in a fresh context: load → first drawn mark (then the JS heap, and for Khatt the
 * first view's JavaScript); the real-time gesture; 10 wheel-zoom steps; for Khatt a
 * kind toggle pressed (filter on) and released (filter off), then a click on the zoom-in button.
 * Each step has `timeout` ms.
 */
export async function measureRun(
  browser: Browser,
  target: Target,
  n: number,
  run: number,
  timeout: number,
): Promise<RunResult> {
  const context = await browser.newContext({
    ...devices['Desktop Chrome'],
    locale: 'ar-IQ',
    timezoneId: 'Asia/Baghdad',
  });
  const result: RunResult = { app: target.app, n, run, status: 'ok' };
  const problems: string[] = [];
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(timeout);
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('crash', () => problems.push('renderer crashed'));
    await page.addInitScript({ content: INSTRUMENT });
    Object.assign(result, await within(timeout, 'load', load(page, target, timeout)));
    Object.assign(result, await within(timeout, 'gesture', gesture(page, target)));
    Object.assign(result, await within(timeout, 'zoom', zoom(page, target)));
    const control = target.filter?.(page);
    if (control) {
      result.filterOn = await within(timeout, 'filter', click(page, control, target.mark));
      result.filterOff = await within(timeout, 'filter', click(page, control, target.mark));
    }
    const zoomIn = target.zoomIn?.(page);
    if (zoomIn) {
      result.zoomClick = await within(timeout, 'zoom click', click(page, zoomIn, target.mark));
    }
  } catch (error) {
    result.status = error instanceof TimeoutError ? 'timeout' : 'error';
    result.note = [error instanceof Error ? error.message : String(error), ...problems]
      .join('; ')
      .slice(0, 500);
  } finally {
    // A renderer stuck in a long task must not hold the run hostage.
    await within(10_000, 'close', context.close()).catch(() => undefined);
  }
  return result;
}
