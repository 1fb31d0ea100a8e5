/**
 * The first draw: the moment a view's marks (or rows) are first on screen, which
 * `performance.mark('khatt:drawn')` records for the benchmark and the e2e tests. What can wait
 * — the gesture behaviours, the panels fetched at idle — waits for it, so none of it is
 * fetched, parsed or run before the first view is on screen.
 */

const MARK = 'khatt:drawn';
/** If nothing is ever drawn (a view with no width), what waits starts anyway after this. */
const LATEST_MS = 3000;

let resolveDrawn: (() => void) | null = null;
const drawn = new Promise<void>((resolve) => {
  resolveDrawn = resolve;
});
let fallback: ReturnType<typeof setTimeout> | null = null;

/** A view's marks are on screen (every time: each window drawn is marked). */
export function markDrawn(): void {
  performance.mark(MARK);
  resolveDrawn?.();
  resolveDrawn = null;
}

/** Resolves once the first view is drawn (or LATEST_MS after the first ask, at the latest). */
export function afterFirstDraw(): Promise<void> {
  if (resolveDrawn && fallback === null) {
    fallback = setTimeout(() => {
      resolveDrawn?.();
      resolveDrawn = null;
    }, LATEST_MS);
  }
  return drawn;
}
