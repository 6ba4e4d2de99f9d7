// A backend worker that dies mid-job: the job is reported failed with a clear message, each article is either
// re-extracted or untouched, and the next job runs in a fresh worker.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import type { JobProgress } from '../../../core/methods/jobs';
import type { DetectionJob } from '../../../core/methods/detection';
import { RestartingWorker } from '../../../services/host/restarting-worker';
import { startWorkerBackend, type WorkerBackend } from '../../../services/host/worker-backend';
import { generatedArticle } from '../crash/generated-articles';
import { valuesOf } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { onProgress } from '../../support/progress-events';
import { builtWorkerHost } from '../../support/browser-host';

const ARTICLES = 60;
// The workers run the bundled host entry (built first if a source changed), as browser mode does.
let host: URL;
beforeAll(async () => {
  host = await builtWorkerHost();
}, 120_000);

let pool: RestartingWorker | undefined;
afterEach(async () => {
  await pool?.stop();
  pool = undefined;
});

/**
 * Sets `pool` to real workers, the current one ended abruptly (as a crash would) at the first progress event `crash`
 * picks; every event is also kept in `progress`. Returns the workers the pool starts, in order.
 */
function crashingPool(
  dbPath: string,
  crash: (p: JobProgress) => boolean,
  progress: JobProgress[] = [],
): WorkerBackend[] {
  const started: WorkerBackend[] = [];
  let crashed = false;
  pool = new RestartingWorker(
    { dbPath },
    onProgress('job.progress', (p) => {
      progress.push(p);
      if (!crashed && crash(p)) {
        crashed = true;
        void started.at(-1)!.terminate();
      }
    }),
    (config, options) => {
      const backend = startWorkerBackend(config, options, host);
      started.push(backend);
      return backend;
    },
  );
  return started;
}

describe('a backend worker that dies mid-job', { timeout: 180_000 }, () => {
  it('fails the job with a message that says so, and the next job starts a fresh worker', async () => {
    const dbPath = tempDbPath();
    const progress: JobProgress[] = [];
    // The worker crashes part-way through detection.
    const started = crashingPool(dbPath, (p) => p.kind === 'detection' && p.done === 3, progress);
    const call = valuesOf((method, input) => pool!.call(method, input));
    for (let i = 0; i < ARTICLES; i++) await call('articles.import', { text: generatedArticle(i).text });
    const db = openDatabase(dbPath);
    db.exec(`UPDATE articles SET extractor_version = 'older-engine'`);

    const job = await call<DetectionJob>('detection.start', {});
    let status = job;
    while (!status.finished) status = await call<DetectionJob>('detection.status', { jobId: job.jobId });

    // Reported failed, in words, both by status and by the closing progress event.
    expect(status.error).toMatch(/^The background worker stopped unexpectedly \(exit code 1\) before the job finished/);
    expect(status.error).toContain('The next job starts a new worker.');
    expect(status.counts.cancelled).toBe(false);
    expect(progress.at(-1)).toMatchObject({ jobId: job.jobId, finished: true, error: status.error });
    // Each article is either re-extracted (its version now current) or untouched; at least the reported ones are done.
    const stale = db.prepare(`SELECT COUNT(*) FROM articles WHERE extractor_version = 'older-engine'`).pluck();
    const done = ARTICLES - (stale.get() as number);
    expect(done).toBeGreaterThanOrEqual(3);
    expect(done).toBeLessThan(ARTICLES);

    // The next job runs in a new worker and finishes every article.
    const counts = await call<{ articles: number; cancelled: boolean }>('articles.reextract', {});
    expect(counts).toMatchObject({ articles: ARTICLES, cancelled: false });
    expect(started).toHaveLength(2);
    expect(stale.get()).toBe(0);
    db.close();
  });

  it('a call waiting on the worker when it dies gets the same message', async () => {
    const started = crashingPool(tempDbPath(), (p) => p.done === 2);
    for (let i = 0; i < 40; i++) await pool!.call('articles.import', { text: generatedArticle(i).text });
    const r = await pool!.call('articles.reextract', {});
    expect(r.ok === false && r.error.message).toMatch(/^The background worker stopped unexpectedly/);
    expect((await pool!.call('app.info', {})).ok).toBe(true);
    expect(started).toHaveLength(2);
  });
});
