import { useEffect, useState, type RefObject } from 'react';

/** Rows drawn beyond each edge of the viewport, so fast scrolling rarely shows a gap. */
const OVERSCAN = 8;

export interface RowWindow {
  /** Height of one row in CSS pixels (ROW_REM at the current root font size). */
  rowPx: number;
  first: number;
  /** Exclusive. */
  last: number;
}

/**
 * Fixed-height windowing against the viewport: which rows of a long list are on screen.
 * Listens to scrolling anywhere (capture), so it works whether the page or a panel scrolls.
 */
export function useRowWindow(
  ref: RefObject<HTMLElement | null>,
  rowCount: number,
  rowRem: number,
  enabled: boolean,
): RowWindow {
  const [win, setWin] = useState<RowWindow>({ rowPx: rowRem * 16, first: 0, last: 60 });

  useEffect(() => {
    const element = ref.current;
    if (!enabled || !element) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const rowPx = rowRem * rem;
      const top = element.getBoundingClientRect().top;
      const first = Math.max(0, Math.floor(-top / rowPx) - OVERSCAN);
      const last = Math.min(rowCount, Math.ceil((window.innerHeight - top) / rowPx) + OVERSCAN);
      setWin((w) =>
        w.first === first && w.last === last && w.rowPx === rowPx ? w : { rowPx, first, last },
      );
    };
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(measure);
    };
    measure();
    document.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      observer.disconnect();
    };
  }, [ref, rowCount, rowRem, enabled]);

  return win;
}
