import { useEffectEvent, useLayoutEffect } from 'react';

/**
 * Listens to key presses anywhere on the page for as long as the calling panel is on screen.
 * Attached in the layout phase, in the commit that shows the panel: a passive effect can run
 * a frame later (after a lazily loaded panel resolves, or on a busy machine), and an Escape
 * pressed as soon as the panel appears would then be lost.
 */
export function useDocumentKeys(onKeyDown: (event: KeyboardEvent) => void): void {
  const handle = useEffectEvent(onKeyDown);
  useLayoutEffect(() => {
    const listener = (event: KeyboardEvent) => handle(event);
    document.addEventListener('keydown', listener);
    return () => document.removeEventListener('keydown', listener);
  }, []);
}
