// The backend host across a real worker_threads boundary: calls, errors, events and cancellation travel as messages.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { startWorkerBackend, type WorkerBackend } from '../../../services/host/worker-backend';
import type { ClientOptions } from '../../../services/host/backend-client';
import type { HostConfig } from '../../../services/host/port';
import type { BatchProgress } from '../../../core/methods/imports';
import type { JobProgress } from '../../../core/methods/jobs';
import type { DetectionJob } from '../../../core/methods/detection';
import { dispatch } from '../../../services/dispatch';
import { routeCalls } from '../../../services/host/long-jobs';
import { generatedArticle } from '../crash/generated-articles';
import { valuesOf } from '../../support/calls';
import { tempDbPath } from '../../support/db';
import { onProgress } from '../../support/progress-events';
import { builtWorkerHost } from '../../support/browser-host';

const base64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

// The workers run the bundled host entry (built first if a source changed), as browser mode does.
let host: URL;
beforeAll(async () => {
  host = await builtWorkerHost();
}, 120_000);

let backend: WorkerBackend | undefined;
afterEach(async () => {
  await backend?.stop();
  backend = undefined;
});

async function started(config: HostConfig, options?: ClientOptions): Promise<WorkerBackend> {
  const b = startWorkerBackend(config, options, host);
  await b.client.ready;
  return b;
}

const call = valuesOf((method, input) => backend!.client.call(method, input));

describe('backend host in a worker thread', { timeout: 120_000 }, () => {
  it('answers calls with its own connection; the parent connection sees what the worker wrote', async () => {
    const dbPath = tempDbPath();
    const parentDb = openDatabase(dbPath);
    backend = await started({ dbPath });
    const info = (await call('app.info', {})) as { databasePath: string };
    expect(info.databasePath).toBe(dbPath);
    const imported = (await call('articles.import', { text: generatedArticle(1).text })) as {
      article: { id: number; title: string };
    };
    expect(imported.article.title).toBe('Talks number 1 in Afghanistan');
    expect(parentDb.prepare('SELECT title FROM articles').pluck().all()).toEqual(['Talks number 1 in Afghanistan']);
    parentDb.close();
  });

  it('returns validation and service errors as { code, message } across the boundary', async () => {
    backend = await started({ dbPath: tempDbPath() });
    const bad = await backend.client.call('articles.get', { id: 'seven' });
    expect(bad.ok === false && bad.error.code).toBe('invalid_input');
    const missing = await backend.client.call('articles.get', { id: 999 });
    expect(missing.ok === false && missing.error).toMatchObject({ code: 'not_found' });
  });

  it('refuses to start on a damaged database, naming the file', async () => {
    const dbPath = tempDbPath();
    const { writeFileSync } = await import('node:fs');
    writeFileSync(dbPath, '');
    await expect(startWorkerBackend({ dbPath }, {}, host).client.ready).rejects.toThrow(dbPath);
  });

  it('streams import progress and stops a batch between files on cancel', async () => {
    const events: BatchProgress[] = [];
    let cancelSent = false;
    const dbPath = tempDbPath();
    backend = await started(
      { dbPath },
      onProgress('import.progress', (p) => {
        events.push(p);
        if (!cancelSent && p.done === 2) {
          cancelSent = true;
          void backend!.client.call('imports.cancel', { batchId: p.batchId });
        }
      }),
    );
    const files = Array.from({ length: 40 }, (_, i) => {
      const a = generatedArticle(i);
      return { fileName: a.fileName, dataBase64: base64(a.text) };
    });
    const { batchId } = (await call('imports.start', { files })) as { batchId: string };
    let status: BatchProgress;
    do {
      await new Promise((r) => setTimeout(r, 20));
      status = (await call('imports.status', { batchId })) as BatchProgress;
    } while (!status.finished);
    expect(status.cancelled).toBe(true);
    const imported = status.results.filter((r) => r.status === 'imported');
    const cancelled = status.results.filter((r) => r.status === 'cancelled');
    expect(imported.length).toBeGreaterThanOrEqual(2);
    expect(imported.length + cancelled.length).toBe(40);
    expect(cancelled.length).toBeGreaterThan(0);
    expect(events.at(-1)?.finished).toBe(true);
    // What the batch reported as imported is exactly what the file holds.
    const db = openDatabase(dbPath);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(imported.length);
    db.close();
  });

  it('reports re-extraction progress and cancels it between articles through jobs.cancel', async () => {
    const progress: JobProgress[] = [];
    backend = await started(
      { dbPath: tempDbPath() },
      onProgress('job.progress', (p) => {
        progress.push(p);
        if (p.done === 3) void backend!.client.call('jobs.cancel', { jobId: p.jobId });
      }),
    );
    for (let i = 0; i < 30; i++) await call('articles.import', { text: generatedArticle(i).text });
    const counts = (await call('articles.reextract', {})) as { articles: number; cancelled: boolean };
    expect(counts.cancelled).toBe(true);
    expect(counts.articles).toBeGreaterThanOrEqual(3);
    expect(counts.articles).toBeLessThan(30);
    expect(progress[0]).toMatchObject({ kind: 'reextract', done: 0, total: 30, finished: false });
    expect(progress.at(-1)).toMatchObject({ finished: true, cancelled: true, done: counts.articles });
  });

  it('runs detection as a worker job: progress events, cancelled by jobs.cancel, status from the worker', async () => {
    const progress: JobProgress[] = [];
    const dbPath = tempDbPath();
    const parentDb = openDatabase(dbPath);
    backend = await started(
      { dbPath },
      onProgress('job.progress', (p) => {
        progress.push(p);
        if (p.done === 3) void route('jobs.cancel', { jobId: p.jobId });
      }),
    );
    const route = routeCalls(parentDb, backend.client);
    const routed = valuesOf(route);
    for (let i = 0; i < 30; i++) await routed('articles.import', { text: generatedArticle(i).text });
    const job = await routed<DetectionJob>('detection.start', {});
    let status = job;
    while (!status.finished) status = await routed<DetectionJob>('detection.status', { jobId: job.jobId });
    expect(status).toMatchObject({ total: 30, superseded: false, error: null });
    expect(status.counts.cancelled).toBe(true);
    expect(status.done).toBeGreaterThanOrEqual(3);
    expect(status.done).toBeLessThan(30);
    expect(progress[0]).toMatchObject({ jobId: job.jobId, kind: 'detection', done: 0, total: 30 });
    expect(progress.at(-1)).toMatchObject({ finished: true, cancelled: true, done: status.done });
    // The job lives in the worker: the host's own registry does not know it.
    expect((await dispatch(parentDb, 'detection.status', { jobId: job.jobId })).ok).toBe(false);
    parentDb.close();
  });
});
