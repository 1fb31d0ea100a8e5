import { useMemo, useSyncExternalStore } from 'react';
import { throttle } from '../../timeline/throttle';
import type { Span } from '../../timeline/time-window';
import type { Viewport } from './viewport';

/** The viewport's window as a store that tells its listener at most once per `ms` (0: always). */
function spanStore(viewport: Viewport, ms: number) {
  let value = viewport.getSpan();
  return {
    get: () => value,
    subscribe(listener: () => void) {
      const take = () => {
        const next = viewport.getSpan();
        if (next === value) return;
        value = next;
        listener();
      };
      const later = throttle(take, ms);
      // A gesture's steps are throttled; a discrete step (a button, a key) arrives at once.
      const stopFrames = viewport.subscribe(() => {
        if (ms > 0 && viewport.inGesture()) return later.call(undefined);
        later.cancel();
        take();
      });
      // A kept window arrives at once, whatever the rate.
      const stopSettled = viewport.subscribeSettled(() => {
        later.cancel();
        take();
      });
      take();
      return () => {
        later.cancel();
        stopFrames();
        stopSettled();
      };
    },
  };
}

/**
 * The viewport's window for React: every frame when `ms` is 0, else at most once per `ms` during
 * a gesture (the first step at once, the last always) and at once for a kept window.
 */
export function useSpanAtRate(viewport: Viewport, ms: number): Span {
  const store = useMemo(() => spanStore(viewport, ms), [viewport, ms]);
  return useSyncExternalStore(store.subscribe, store.get, store.get);
}
