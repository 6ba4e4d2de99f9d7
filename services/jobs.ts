// Long jobs (re-extraction): each gets an id, reports progress as `job.progress` events, and can be cancelled between
// articles through `jobs.cancel`.
import { randomUUID } from 'node:crypto';
import type { JobProgress } from '../core/methods/jobs';
import { emitBackendEvent } from './events';
import type { HandlerMap } from './handler-types';

export interface Job {
  readonly id: string;
  /** Aborted by `jobs.cancel`; the job checks it between articles. */
  readonly signal: AbortSignal;
  /** Reports `done` of `total` articles finished. */
  progress(done: number): void;
  /** Reports the end and forgets the job; returns whether it was cancelled. */
  finish(): boolean;
}

const running = new Map<string, AbortController>();

/** Lets queued messages (a cancel request, other calls) run between two articles. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export function beginJob(kind: JobProgress['kind'], total: number): Job {
  const id = randomUUID();
  const controller = new AbortController();
  running.set(id, controller);
  let done = 0;
  const publish = (finished: boolean) =>
    emitBackendEvent('job.progress', {
      jobId: id,
      kind,
      done,
      total,
      finished,
      cancelled: controller.signal.aborted,
    } satisfies JobProgress);
  publish(false);
  return {
    id,
    signal: controller.signal,
    progress(n) {
      done = n;
      publish(false);
    },
    finish() {
      running.delete(id);
      publish(true);
      return controller.signal.aborted;
    },
  };
}

export function cancelJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort();
  return true;
}

export const jobHandlers: HandlerMap<'jobs.cancel'> = {
  'jobs.cancel': (_db, input) => ({ cancelled: cancelJob(input.jobId) }),
};
