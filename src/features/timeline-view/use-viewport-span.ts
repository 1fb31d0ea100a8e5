import { startTransition, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Span } from '../../timeline/time-window';
import type { Viewport } from './viewport';

type Subscribe = (listener: () => void) => () => void;

const noSubscribe: Subscribe = () => () => {};

const never = () => false;

/**
 * A value of an outside store for React. The render a change causes is a transition, concurrent,
 * in slices that yield to animation frames and input, so the canvas painter's next frame (and
 * the `khatt:drawn` it sets) does not wait behind React's work; while `atOnce()` holds it renders
 * at once instead (a key's step must have moved focus before the next key arrives).
 */
function useStoreValue<T>(get: () => T, subscribe: Subscribe, atOnce: () => boolean): T {
  const [value, setValue] = useState(get);
  useEffect(() => {
    const take = () => (atOnce() ? setValue(get()) : startTransition(() => setValue(get())));
    take(); // it may have changed between the render and this effect
    return subscribe(take);
  }, [get, subscribe, atOnce]);
  return value;
}

/**
 * The window the plot's React half renders: the accessible twin, the card, the keyboard's items.
 * With the canvas painting every frame (`everyFrame` false), React takes the window only when it
 * rests — kept, or moved by a discrete step (a button, a key, the brush, a link) — and never a
 * gesture's step: the painter alone follows a gesture, and the twin catches up when it ends
 * (meanwhile the painter hides the twin's ring and card, which would stand at the old window).
 * The twin takes a resting window at once while `focused()` (the keyboard is in it: its next key
 * must find the tab stop moved), else as a transition, after the painter's frame.
 * With React drawing the marks itself (forced colours), every frame, synchronously.
 */
export function usePlotSpan(viewport: Viewport, everyFrame: boolean, focused: () => boolean): Span {
  const resting = useMemo<Subscribe>(
    () =>
      everyFrame
        ? noSubscribe
        : (listener) =>
            viewport.subscribe(() => {
              if (!viewport.inGesture()) listener();
            }),
    [viewport, everyFrame],
  );
  const rested = useStoreValue(viewport.getSpan, resting, focused);
  const frame = useSyncExternalStore(
    everyFrame ? viewport.subscribe : noSubscribe,
    viewport.getSpan,
    viewport.getSpan,
  );
  return everyFrame ? frame : rested;
}

/** The window as last kept (the toolbar, the overview's brush, the announcer), as a transition. */
export function useSettledSpan(viewport: Viewport): Span {
  return useStoreValue(viewport.getSettled, viewport.subscribeSettled, never);
}
