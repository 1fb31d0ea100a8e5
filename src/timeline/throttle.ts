/** A throttled call: at most one per `ms`, the first at once, the latest value always delivered last. */
export interface Throttled<T> {
  call(value: T): void;
  /** Delivers a pending value now (on unmount, so the last gesture still reaches the URL). */
  flush(): void;
  cancel(): void;
}

export function throttle<T>(
  fn: (value: T) => void,
  ms: number,
  now: () => number = () => performance.now(),
): Throttled<T> {
  let last = -Infinity;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let pending: { value: T } | null = null;

  const run = () => {
    timer = null;
    if (!pending) return;
    const { value } = pending;
    pending = null;
    last = now();
    fn(value);
  };

  return {
    call(value) {
      pending = { value };
      const wait = last + ms - now();
      if (wait <= 0 && timer === null) run();
      else timer ??= setTimeout(run, Math.max(0, wait));
    },
    flush() {
      if (timer !== null) clearTimeout(timer);
      run();
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
