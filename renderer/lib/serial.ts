// Runs backend writes one after another, in the order the analyst made them, whatever each one's latency.

let tail: Promise<unknown> = Promise.resolve();

/** Queues `task` behind every write queued before it; its own failure does not stop later writes. */
export function serial<T>(task: () => Promise<T>): Promise<T> {
  const run = tail.then(task, task);
  tail = run.catch(() => undefined);
  return run;
}

/** Resolves once every write queued so far has finished (e.g. before undo, so it undoes the right edit). */
export function settled(): Promise<void> {
  return tail.then(() => undefined);
}
