import { devices, type Browser, type Locator, type Page } from '@playwright/test';
import { INSTRUMENT } from './instrument';

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
  await page.goto(target.url, { waitUntil: 'commit', timeout });
  const mark = JSON.stringify(target.mark);
  const drawn = await page.evaluate<number>(`__bench.firstAfter(${mark}, -1)`);
  const painted = await page.evaluate<number>(`__bench.paintedAfter(${drawn})`);
  await page.evaluate(`__bench.quiet(${mark}, ${QUIET_MS})`);
  const domNodes = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
  return { load: drawn, loadPainted: painted, domNodes };
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
 * One cold run in a fresh context: load → first drawn mark; 10 wheel-zoom steps; for Khatt a
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
