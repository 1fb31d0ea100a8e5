/**
 * Page-side instrumentation, injected before any page script (plain JS: Playwright sends it as
 * text, so no bundler helpers can leak in). It observes and never steers:
 * - every `…:drawn` User Timing mark also gets a "painted" time: the first task after the next
 *   animation frame (rAF → setTimeout 0), i.e. after the browser has painted what was drawn;
 * - wheel and click events are logged as [event.timeStamp, time the page started handling it];
 * - helpers to wait for marks: the first after an instant, and quiet (no new mark for a while).
 */
export const INSTRUMENT = `(() => {
  const bench = { painted: [], wheels: [], clicks: [] };
  Object.defineProperty(window, '__bench', { value: bench });
  const mark = performance.mark.bind(performance);
  performance.mark = (name, options) => {
    const entry = mark(name, options);
    if (String(name).endsWith(':drawn')) {
      requestAnimationFrame(() =>
        setTimeout(() => bench.painted.push([entry.startTime, performance.now()]), 0),
      );
    }
    return entry;
  };
  const log = (list) => (e) => list.push([e.timeStamp, performance.now()]);
  addEventListener('wheel', log(bench.wheels), { capture: true, passive: true });
  addEventListener('click', log(bench.clicks), { capture: true });
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  bench.times = (name) => performance.getEntriesByName(name, 'mark').map((e) => e.startTime);
  bench.firstAfter = async (name, t) => {
    for (;;) {
      const hit = bench.times(name).find((x) => x > t);
      if (hit !== undefined) return hit;
      await sleep(10);
    }
  };
  bench.paintedAfter = async (t) => {
    for (;;) {
      const hit = bench.painted.find(([m]) => m === t);
      if (hit) return hit[1];
      await sleep(10);
    }
  };
  bench.quiet = async (name, ms) => {
    for (;;) {
      const all = bench.times(name);
      const last = all.length ? all[all.length - 1] : 0;
      const idle = performance.now() - last;
      if (idle >= ms) return last;
      await sleep(Math.max(10, ms - idle));
    }
  };
  /** After a gesture: from its first event to the first mark after its last, painted, quiet. */
  bench.settle = async (name, events, quietMs) => {
    const first = events[0][0];
    const last = events[events.length - 1][0];
    const lastHandled = events[events.length - 1][1];
    const drawn = await bench.firstAfter(name, lastHandled);
    const painted = await bench.paintedAfter(drawn);
    const quiet = await bench.quiet(name, quietMs);
    const frames = bench.times(name).filter((t) => t >= first).length;
    return { events: events.length, first, last, drawn, painted, quiet, frames };
  };
})();`;
