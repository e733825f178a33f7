/**
 * Run calls of `task` one after another, never side by side: the background start, an alarm and a reconcile may
 * all ask for reminders at once, and two overlapping runs could show one notification twice.
 */
export function serially<A extends unknown[]>(task: (...args: A) => Promise<void>, report: (error: unknown) => void): (...args: A) => Promise<void> {
  let queue = Promise.resolve();
  return (...args) => (queue = queue.then(() => task(...args)).catch(report));
}
