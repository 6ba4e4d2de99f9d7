// Re-running detection in the background: one article per turn of the event loop, so the workbench stays usable.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import { ParleyError } from '../core/errors';
import type { DetectionJob } from '../core/methods/settings';
import { toWireError } from './errors';
import type { HandlerMap } from './handler-types';
import { reextract } from './reextract';
import { countArticles } from '../db/repositories/articles';

const jobs = new Map<string, DetectionJob>();
const KEEP = 20;
let running: { job: DetectionJob; controller: AbortController } | null = null;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The same re-extraction as `articles.reextract`: article by article, yielding in between, stopped by a newer job. */
async function run(db: Database, job: DetectionJob, controller: AbortController): Promise<void> {
  try {
    job.total = countArticles(db);
    await nextTurn(); // the call that started the job is answered before any article is touched
    const counts = await reextract(db, undefined, {
      signal: controller.signal,
      onProgress: (done) => {
        job.done = done;
      },
    });
    job.counts = counts;
    job.superseded = counts.cancelled;
  } catch (err) {
    job.error = toWireError(err).message;
  } finally {
    job.finished = true;
    if (running?.job === job) running = null;
    for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - KEEP))) jobs.delete(old);
  }
}

/** Starts a job over every article; a job still running stops at its next article, as this one covers them all. */
export function startDetection(db: Database): DetectionJob {
  const job: DetectionJob = {
    jobId: randomUUID(),
    done: 0,
    total: 0,
    finished: false,
    superseded: false,
    counts: { articles: 0, added: 0, updated: 0, removed: 0, kept: 0, cancelled: false },
    error: null,
  };
  jobs.set(job.jobId, job);
  running?.controller.abort();
  const controller = new AbortController();
  running = { job, controller };
  void run(db, job, controller);
  return structuredClone(job);
}

export function detectionStatus(jobId: string): DetectionJob {
  const job = jobs.get(jobId);
  if (!job) throw new ParleyError('not_found', `There is no detection job ${jobId}.`);
  return structuredClone(job);
}

/** Resolves when the job has finished (for the CLI and tests). */
export async function waitForDetection(jobId: string): Promise<DetectionJob> {
  while (!detectionStatus(jobId).finished) await nextTurn();
  return detectionStatus(jobId);
}

export const detectionHandlers: HandlerMap<'detection.start' | 'detection.status'> = {
  'detection.start': (db) => startDetection(db),
  'detection.status': (_db, input) => detectionStatus(input.jobId),
};
