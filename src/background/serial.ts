/**
 * Run calls of `task` one after another, never side by side: the background start, an alarm and a reconcile may
 * all ask for reminders at once, and two overlapping runs could show one notification twice.
 */
export function serially<A extends unknown[]>(task: (...args: A) => Promise<void>, report: (error: unknown) => void): (...args: A) => Promise<void> {
  let queue = Promise.resolve();
  return (...args) => (queue = queue.then(() => task(...args)).catch(report));
}

/**
 * One run of `task` per key at a time: a call while a run with the same key is under way joins that run (same
 * result, same failure) instead of starting a second. The key is taken before anything is awaited, so two calls in
 * the same moment can never both start.
 */
export function singleFlight<A extends unknown[], T>(keyOf: (...args: A) => string, task: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  const running = new Map<string, Promise<T>>();
  return (...args) => {
    const key = keyOf(...args);
    let run = running.get(key);
    if (!run) {
      run = task(...args).finally(() => running.delete(key));
      running.set(key, run);
    }
    return run;
  };
}
