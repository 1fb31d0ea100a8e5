import { expect, test } from './fixtures';

/**
 * The page does not move under the reader while it loads: the header, the filters' head and the
 * timeline keep their places from the first paint to the drawn timeline. Layout shifts are summed
 * as Chrome's Cumulative Layout Shift counts them (none after input), on a CPU slowed to a
 * phone's (4×) so the loading state lasts long enough to be painted.
 */
for (const viewport of [
  { width: 412, height: 823 },
  { width: 1280, height: 800 },
]) {
  test(`nothing moves while the page loads at ${viewport.width} px`, async ({ khatt, page }) => {
    await page.setViewportSize(viewport);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      Object.assign(window, { khattShifts: shifts });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & {
          value: number;
          hadRecentInput: boolean;
          sources: { node?: Node | null }[];
        })[]) {
          if (entry.hadRecentInput) continue;
          shifts.push({
            value: entry.value,
            sources: entry.sources.map((s) =>
              s.node instanceof Element ? s.node.className.toString() : String(s.node?.nodeName),
            ),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await khatt.open();
    await page.waitForFunction(() => performance.getEntriesByName('khatt:drawn').length > 0);
    // The bold faces and the deferred panels arrive after the first draw.
    await page.waitForTimeout(1000);
    const shifts = await page.evaluate(
      () =>
        (window as unknown as { khattShifts: { value: number; sources: string[] }[] }).khattShifts,
    );
    const total = shifts.reduce((sum, s) => sum + s.value, 0);
    expect(total, JSON.stringify(shifts)).toBeLessThan(0.01);
  });
}

test('the Arabic text, passages and all, is drawn from the cores alone', async ({
  khatt,
  page,
  corpus,
}) => {
  const fonts: string[] = [];
  page.on('request', (request) => {
    if (/\.woff2?$/.test(request.url())) fonts.push(request.url().split('/').pop() ?? '');
  });
  // An event whose details show Arabic verbatim passages, in either interface language.
  const event = corpus.events.find((e) => e.excerpts.length > 0);
  if (!event) throw new Error('the corpus has no event with passages');
  await khatt.open(`event=${event.id}`);
  await expect(khatt.details.getByRole('heading', { level: 2 })).toHaveText(khatt.title(event));
  await page.evaluate(() => document.fonts.ready);
  const arabic = fonts.filter((name) => name.includes('arabic'));
  expect(arabic.some((name) => /^noto-naskh-arabic-400-core-/.test(name))).toBe(true);
  // The whole faces (src/fonts/fonts.css) are for characters outside the Arabic block only.
  expect(arabic.filter((name) => !name.includes('-core-'))).toEqual([]);
});
