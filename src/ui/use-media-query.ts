import { useCallback, useSyncExternalStore } from 'react';

/** Whether a CSS media query matches now; re-renders when it starts or stops matching. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(
    subscribe,
    () => window.matchMedia(query).matches,
    () => false,
  );
}

/** Below this width the list is the layout. */
export const NARROW_SCREEN = '(max-width: 40rem)';

/** Below this width (tablets, landscape phones) the filters live in a drawer above the view. */
export const DRAWER_SCREEN = '(max-width: 60rem)';
