/**
 * A module that the first view does not need: `load()` starts its import once and every later
 * call shares that promise, so a component, an idle preload and a deep link all ask for it
 * freely and it is fetched once.
 */
export function deferredModule<T>(importer: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | null = null;
  return () => {
    loading ??= importer().catch((error: unknown) => {
      // A failed fetch (offline) is not kept: the next call tries again.
      loading = null;
      throw error;
    });
    return loading;
  };
}

/**
 * Runs `task` once the browser is idle (or after `timeout` ms at the latest), so what can wait
 * is fetched after the first view's work, not alongside it.
 */
export function whenIdle(task: () => void, timeout = 3000): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout });
  else setTimeout(task, 200);
}
