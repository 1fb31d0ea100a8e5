import { useEffect, useState } from 'react';
import { afterFirstDraw } from './first-draw';

/**
 * A deferred module (see deferred.ts) once it has loaded, or null until then: for code that can
 * start a moment after the first draw, such as the gesture behaviours. Its fetch starts once the
 * first view is drawn (first-draw.ts), so it never competes with that.
 */
export function useDeferredModule<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ module: T } | null>(null);
  useEffect(() => {
    let live = true;
    afterFirstDraw()
      .then(load)
      .then(
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
