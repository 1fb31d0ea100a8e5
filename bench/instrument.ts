/**
 * Page-side instrumentation, injected before any page script (plain JS: Playwright sends it as
 * text, so no bundler helpers can leak in). It observes and never steers:
 * - every `…:drawn` User Timing mark also gets a "painted" time: the first task after the next
 *   animation frame (rAF → setTimeout 0), i.e. after the browser has painted what was drawn;
 * - wheel, click and pointer (down/move/up) events are logged as [event.timeStamp, time the page
 *   started handling it];
 * - a requestAnimationFrame loop, started and stopped on demand, records every frame's time, so
 *   the intervals between frames during a gesture show what the user saw (16.7 ms at 60 Hz);
 * - helpers to wait for marks: the first after an instant, and quiet (no new mark for a while).
 */
export const INSTRUMENT = `(() => {
  const bench = { painted: [], wheels: [], clicks: [], mouse: [], frames: null };
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
  for (const type of ['pointerdown', 'pointermove', 'pointerup']) {
    addEventListener(type, log(bench.mouse), { capture: true, passive: true });
  }
  /** Starts recording frame times (rAF timestamps); any earlier recording is dropped. */
  bench.startFrames = () => {
    const times = [];
    bench.frames = times;
    const tick = (t) => {
      if (bench.frames !== times) return;
      times.push(t);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  };
  bench.stopFrames = () => {
    const times = bench.frames ?? [];
    bench.frames = null;
    return times;
  };
  const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r(performance.now())));
  const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
  bench.times = (name) => performance.getEntriesByName(name, 'mark').map((e) => e.startTime);
  bench.firstAfter = async (name, t, until = Infinity) => {
    for (;;) {
      const hit = bench.times(name).find((x) => x > t);
      if (hit !== undefined || performance.now() > until) return hit;
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
  /**
   * The end of a real-time gesture whose input has all been sent: once the page has handled its
   * last input event, the first drawn mark after that (at most capMs later; a step that changes
   * nothing draws nothing), then one more frame. Stops the frame loop and returns the frame times
   * with the input's first and last handling times, so a page that fell behind pays for it.
   */
  bench.gestureEnd = async (name, capMs) => {
    const input = [...bench.wheels, ...bench.mouse].sort((a, b) => a[0] - b[0]);
    if (input.length === 0) return { frames: bench.stopFrames(), wheels: 0, mouse: 0 };
    const lastHandled = Math.max(...input.map((e) => e[1]));
    await bench.firstAfter(name, lastHandled, performance.now() + capMs);
    const end = await nextFrame();
    return {
      frames: bench.stopFrames().filter((t) => t <= end),
      first: input[0][0],
      lastHandled,
      end,
      wheels: bench.wheels.length,
      mouse: bench.mouse.length,
    };
  };
})();`;
