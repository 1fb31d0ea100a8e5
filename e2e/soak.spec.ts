import type { CDPSession } from '@playwright/test';
import { expect, test } from './fixtures';
import { eventById } from './helpers';

/**
 * A long session: 200 cycles through the UI, each selecting an event (Enter on its mark),
 * deselecting it (Escape) and toggling a kind filter — on in odd cycles, off in even ones, so
 * cycles 100 and 200 end in the same state. Between
 * cycle 100 (caches warm) and cycle 200, after forced garbage collection, the DOM may grow by
 * at most 2 %, the JS heap by at most 10 % and the event listeners by at most 2 %, measured
 * through the Chrome DevTools Protocol. Runs in the ar-rtl project only (playwright.config.ts).
 */

// Tracing snapshots the DOM at every step: slow, and it would weigh on the page's own heap.
test.use({ trace: 'off' });

const CYCLES = 200;
const EVENTS = [
  'erbil-rocket-attack-2021-02-15',
  'diwaniyah-convoy-ied-2021-02-27',
  'green-zone-rocket-attack-2021-02',
  'coordination-committee-threats-2021-02-27',
];

interface Counters {
  nodes: number;
  listeners: number;
  heap: number;
}

/** Live DOM nodes, JS event listeners and used JS heap after two forced collections. */
async function measure(cdp: CDPSession): Promise<Counters> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? NaN;
  const dom = await cdp.send('Memory.getDOMCounters');
  return {
    nodes: metric('Nodes'),
    listeners: Math.max(metric('JSEventListeners'), dom.jsEventListeners),
    heap: metric('JSHeapUsedSize'),
  };
}

const growth = (from: number, to: number) => (to - from) / from;

test('two hundred select, deselect and filter cycles leave the DOM, heap and listeners flat', async ({
  khatt,
  page,
  corpus,
}, testInfo) => {
  // A guard against a hang, not a time budget: 200 cycles on a busy 2-core machine take minutes.
  test.setTimeout(300_000);
  await khatt.open();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('HeapProfiler.enable');

  const marks = EVENTS.map((id) => eventById(corpus, id));
  const attack = khatt.kindToggle('attack');
  const close = khatt.button(khatt.s('details:close'));
  const samples: Record<number, Counters> = { 0: await measure(cdp) };

  for (let cycle = 1; cycle <= CYCLES; cycle++) {
    const event = marks[cycle % marks.length];
    if (!event) throw new Error('no event to select');
    await khatt.eventButton(event, khatt.timeline).press('Enter');
    await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(event));
    await page.keyboard.press('Escape');
    await expect(close).toHaveCount(0);
    await attack.press('Enter');
    await expect(attack).toHaveAttribute('aria-pressed', String(cycle % 2 === 1));
    if (cycle === 100 || cycle === 200) samples[cycle] = await measure(cdp);
  }

  const [warm, end] = [samples[100], samples[200]];
  if (!warm || !end) throw new Error('missing samples');
  const report = {
    start: samples[0],
    cycle100: warm,
    cycle200: end,
    growth: {
      nodes: growth(warm.nodes, end.nodes),
      listeners: growth(warm.listeners, end.listeners),
      heap: growth(warm.heap, end.heap),
    },
  };
  await testInfo.attach('soak-counters', {
    body: JSON.stringify(report, null, 2),
    contentType: 'application/json',
  });
  testInfo.annotations.push({ type: 'soak', description: JSON.stringify(report.growth) });

  expect(report.growth.nodes, 'DOM node growth, cycle 100 → 200').toBeLessThanOrEqual(0.02);
  expect(report.growth.heap, 'JS heap growth, cycle 100 → 200').toBeLessThanOrEqual(0.1);
  expect(report.growth.listeners, 'listener growth, cycle 100 → 200').toBeLessThanOrEqual(0.02);
  await cdp.detach();
});
