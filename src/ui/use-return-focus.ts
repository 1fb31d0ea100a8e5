import { useLayoutEffect, useRef, type RefObject } from 'react';

const KEPT = 8;

type Focusable = HTMLElement | SVGElement;

const usable = (el: Focusable) => el.isConnected && el.getClientRects().length > 0;
// Timeline marks are SVG elements: they take focus as HTML elements do.
const isFocusable = (target: EventTarget | null): target is Focusable =>
  target instanceof HTMLElement || target instanceof SVGElement;

/**
 * When the panel closes with focus inside it, focus goes back to where it last was outside
 * the panel (the timeline mark or list row that opened it), so keyboard users never land on
 * <body>. A few earlier places are kept too, in case the latest one has since gone (another
 * panel that closed). Focus moved elsewhere meanwhile is left alone.
 */
export function useReturnFocus(panel: RefObject<HTMLElement | null>): void {
  // A ref, not effect state: StrictMode's re-run of the effect must not forget the opener.
  const places = useRef<Focusable[]>([]);

  useLayoutEffect(() => {
    const node = panel.current;
    if (!node) return;
    const remember = (target: EventTarget | null) => {
      if (isFocusable(target) && target !== document.body && !node.contains(target)) {
        places.current = [...places.current.filter((el) => el !== target), target].slice(-KEPT);
      }
    };
    remember(document.activeElement);
    const onFocusIn = (e: FocusEvent) => remember(e.target);
    document.addEventListener('focusin', onFocusIn);
    return () => {
      document.removeEventListener('focusin', onFocusIn);
      const active = document.activeElement;
      if (active && active !== document.body && !node.contains(active)) return;
      // After the commit: the opener may only become visible again in the same render.
      queueMicrotask(() => {
        if (node.isConnected) return;
        const now = document.activeElement;
        if (now && now !== document.body) return;
        places.current.findLast(usable)?.focus();
      });
    };
  }, [panel]);
}
