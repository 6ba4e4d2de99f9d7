// The one registry of long jobs (re-extraction, detection): each gets an id, reports progress as `job.progress`
// events, can be cancelled between articles through `jobs.cancel`, and its last state is kept for status calls.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { JobKind, JobProgress } from '../core/methods/jobs';
import { emitBackendEvent } from './events';
import type { HandlerMap } from './handler-types';
import { perConnection } from './per-connection';

/** What the registry knows of a job, running or recently finished. */
export interface JobState extends JobProgress {
  /** Stopped because a newer job of its kind covers the same articles (not by the analyst). */
  superseded: boolean;
  /** What the job returned (its counts), once finished without an error. */
  result: unknown;
}

export interface Job {
  readonly id: string;
  /** Aborted by `jobs.cancel` (or a newer job); the job checks it between articles. */
  readonly signal: AbortSignal;
  /** Reports `done` of `total` articles finished. */
  progress(done: number): void;
  /** Reports the end with its result or error; returns whether it was cancelled. */
  finish(outcome?: { result?: unknown; error?: string }): boolean;
}

interface Entry {
  state: JobState;
  controller: AbortController;
}

/** Finished jobs kept for status calls; older ones are forgotten. */
const KEEP_FINISHED = 20;
/** Each connection's registry: the jobs running on it and the last ones finished. */
const jobsOf = perConnection(() => new Map<string, Entry>());

/** Lets queued messages (a cancel request, other calls) run between two articles. */
export const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

function publish(db: Database, state: JobState): void {
  const { jobId, kind, done, total, finished, cancelled, error } = state;
  emitBackendEvent(db, 'job.progress', { jobId, kind, done, total, finished, cancelled, error } satisfies JobProgress);
}

function forgetOldJobs(jobs: Map<string, Entry>): void {
  const finished = [...jobs.values()].filter((e) => e.state.finished);
  for (const e of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) jobs.delete(e.state.jobId);
}

export function beginJob(db: Database, kind: JobKind, total: number): Job {
  const jobs = jobsOf(db);
  const controller = new AbortController();
  const state: JobState = {
    jobId: randomUUID(),
    kind,
    done: 0,
    total,
    finished: false,
    cancelled: false,
    error: null,
    superseded: false,
    result: null,
  };
  jobs.set(state.jobId, { state, controller });
  publish(db, state);
  return {
    id: state.jobId,
    signal: controller.signal,
    progress(n) {
      state.done = n;
      publish(db, state);
    },
    finish(outcome = {}) {
      state.finished = true;
      state.cancelled = controller.signal.aborted;
      state.result = outcome.result ?? null;
      state.error = outcome.error ?? null;
      forgetOldJobs(jobs);
      publish(db, state);
      return state.cancelled;
    },
  };
}

/** Stops a running job at its next article; `superseded` when a newer job takes its work over. */
export function cancelJob(db: Database, jobId: string, superseded = false): boolean {
  const entry = jobsOf(db).get(jobId);
  if (!entry || entry.state.finished) return false;
  if (superseded) entry.state.superseded = true;
  entry.controller.abort();
  return true;
}

/** A copy of the job's state, or undefined when the registry does not know it (never started, or long finished). */
export function jobState(db: Database, jobId: string): JobState | undefined {
  const entry = jobsOf(db).get(jobId);
  return entry ? structuredClone(entry.state) : undefined;
}

/** The ids of the jobs of one kind still running. */
export function runningJobIds(db: Database, kind: JobKind): string[] {
  return [...jobsOf(db).values()].filter((e) => e.state.kind === kind && !e.state.finished).map((e) => e.state.jobId);
}

export const jobHandlers: HandlerMap<'jobs.cancel'> = {
  'jobs.cancel': (db, input) => ({ cancelled: cancelJob(db, input.jobId) }),
};
