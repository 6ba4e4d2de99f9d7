// Re-running detection in the background as a job of the one registry (services/jobs.ts): one article per turn of
// the event loop, with progress events, cancellable with `jobs.cancel`, and stopped by a newer detection job.
import type { Database } from 'better-sqlite3';
import { ParleyError } from '../core/errors';
import type { DetectionJob } from '../core/methods/detection';
import { toWireError } from './errors';
import type { HandlerMap } from './handler-types';
import { beginJob, cancelJob, jobState, runningJobIds, yieldToEventLoop, type Job } from './jobs';
import { reextract, type ReextractCounts } from './reextract';
import { countArticles } from '../db/repositories/articles';

/** The same re-extraction as `articles.reextract`, over every article, yielding in between. */
async function run(db: Database, job: Job): Promise<void> {
  try {
    await yieldToEventLoop(); // the call that started the job is answered before any article is touched
    const counts = await reextract(db, undefined, { signal: job.signal, onProgress: (done) => job.progress(done) });
    job.finish({ result: counts });
  } catch (err) {
    job.finish({ error: toWireError(err).message });
  }
}

/** Starts a job over every article; a detection job still running stops at its next article, as this one covers them all. */
export function startDetection(db: Database): DetectionJob {
  for (const older of runningJobIds(db, 'detection')) cancelJob(db, older, true);
  const job = beginJob(db, 'detection', countArticles(db));
  void run(db, job);
  return detectionStatus(db, job.id);
}

export function detectionStatus(db: Database, jobId: string): DetectionJob {
  const state = jobState(db, jobId);
  if (!state || state.kind !== 'detection') throw new ParleyError('not_found', `There is no detection job ${jobId}.`);
  const counts = (state.result as ReextractCounts | null) ?? {
    articles: state.done,
    added: 0,
    updated: 0,
    removed: 0,
    kept: 0,
    cancelled: state.cancelled,
  };
  return {
    jobId,
    done: state.done,
    total: state.total,
    finished: state.finished,
    superseded: state.superseded,
    counts,
    error: state.error,
  };
}

/** Resolves when the job has finished (for the CLI and tests). */
export async function waitForDetection(db: Database, jobId: string): Promise<DetectionJob> {
  while (!detectionStatus(db, jobId).finished) await yieldToEventLoop();
  return detectionStatus(db, jobId);
}

export const detectionHandlers: HandlerMap<'detection.start' | 'detection.status'> = {
  'detection.start': (db) => startDetection(db),
  'detection.status': (db, input) => detectionStatus(db, input.jobId),
};
