import { useCallback, useState, type FocusEvent, type PointerEvent, type RefObject } from 'react';
import type { Segment } from './segments';

/** Where the tip stands, in px from the text container's top and right edges. */
export interface TipAt {
  segment: Segment;
  top: number;
  right: number;
}

/** The widest the tip gets (px); it moves inward to keep inside the text column. */
const TIP_MAX = 256;

/**
 * The highlight under the pointer or holding focus, placed below its first line. The tip only
 * shows what the highlight's accessible name and description already say, to sighted users.
 */
export function useReaderTip(
  container: RefObject<HTMLDivElement | null>,
  segments: ReadonlyMap<number, Segment>,
): {
  shown: TipAt | null;
  handlers: {
    onPointerOver: (e: PointerEvent) => void;
    onPointerOut: (e: PointerEvent) => void;
    onFocus: (e: FocusEvent) => void;
    onBlur: (e: FocusEvent) => void;
  };
} {
  const [shown, setShown] = useState<TipAt | null>(null);

  const show = useCallback(
    (target: EventTarget | null) => {
      const box = container.current;
      const hit = target instanceof Element ? target.closest('[data-start]') : null;
      const segment = hit && segments.get(Number(hit.getAttribute('data-start')));
      if (!box || !hit || !segment || !box.contains(hit)) return;
      const c = box.getBoundingClientRect();
      const line = hit.getClientRects()[0] ?? hit.getBoundingClientRect();
      // The text is right to left: the tip starts where the highlight's first line starts.
      const right = Math.min(Math.max(c.right - line.right, 0), Math.max(c.width - TIP_MAX, 0));
      setShown({ segment, top: line.bottom - c.top + 4, right });
    },
    [container, segments],
  );
  const hide = useCallback((e: { relatedTarget: EventTarget | null; target: EventTarget }) => {
    const from = e.target instanceof Element ? e.target.closest('[data-start]') : null;
    if (from && e.relatedTarget instanceof Node && from.contains(e.relatedTarget)) return;
    setShown(null);
  }, []);

  return {
    shown,
    handlers: {
      onPointerOver: (e) => show(e.target),
      onPointerOut: hide,
      onFocus: (e) => show(e.target),
      onBlur: hide,
    },
  };
}

/** The tip itself: decorative (aria-hidden), its words those of the highlight's name. */
export function ReaderTip({ at, lines }: { at: TipAt; lines: readonly string[] }) {
  return (
    <div
      className="reader-tip"
      aria-hidden="true"
      style={{ top: `${at.top}px`, right: `${at.right}px`, maxInlineSize: `${TIP_MAX}px` }}
    >
      {lines.map((line, i) => (
        <p key={i} className={i === 0 ? 'reader-tip-title' : undefined}>
          {line}
        </p>
      ))}
    </div>
  );
}
