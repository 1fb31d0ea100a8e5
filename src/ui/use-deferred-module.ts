import { useEffect, useState } from 'react';

/**
 * A deferred module (see deferred.ts) once it has loaded, or null until then: for code that can
 * start a moment after the first draw, such as the gesture behaviours.
 */
export function useDeferredModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null);
  useEffect(() => {
    let live = true;
    load().then(
      (module) => {
        if (live) setLoaded({ module });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [load]);
  return loaded?.module ?? null;
}
