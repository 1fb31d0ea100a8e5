import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width of an element: measured once before the first paint (so the first frame already
 * draws, without waiting for a ResizeObserver callback, which needs a rendered frame), then kept
 * current by a ResizeObserver that is disconnected on unmount.
 */
export function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    setWidth(element.clientWidth); // the content box: .tl-box has a border, no padding
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.floor(entry.contentRect.width));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
