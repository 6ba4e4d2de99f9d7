// Detection in the background: a job over every article, other calls served while it runs, the analyst's stance kept.
import { describe, expect, it } from 'vitest';
import type { JobProgress } from '../../../core/methods/jobs';
import { waitForDetection } from '../../../services/detection-jobs';
import { onBackendEvent } from '../../../services/events';
import { fails, importText, ok, readArticle } from '../../support/calls';
import { memoryDb } from '../../support/db';

const article = (i: number) =>
  `Talks ${i}\n\n"Britain must act on the fisheries dispute now," the minister said on day ${i}.\n\nThe talks ended.`;

describe('detection.start', () => {
  it('re-runs detection over every article one at a time, answering other calls in between', async () => {
    const db = memoryDb();
    for (let i = 1; i <= 4; i++) await importText(db, article(i));
    const saved = await ok(db, 'targets.save', {
      id: 'uk',
      label: 'United Kingdom',
      aliases: ['Britain'],
      detect: false,
    });
    expect(saved.reextract).toBeNull();

    const started = await ok(db, 'detection.start', {});
    expect(started).toMatchObject({ done: 0, finished: false });
    // A call made while the job runs is answered before the job has finished.
    const meanwhile = await ok(db, 'detection.status', { jobId: started.jobId });
    expect(meanwhile.finished).toBe(false);
    const done = await waitForDetection(db, started.jobId);
    expect(done).toMatchObject({ done: 4, total: 4, finished: true, superseded: false, error: null });
    expect(done.counts.articles).toBe(4);

    const list = await ok(db, 'articles.list', {});
    const first = await readArticle(db, list.at(-1)!.id);
    expect(first.statements.some((s) => s.stances.some((st) => st.target === 'uk'))).toBe(true);
  });

  it('keeps a stance the analyst set before the job reached the article; a newer job supersedes an older one', async () => {
    const db = memoryDb();
    const a = await importText(db, article(1));
    await importText(db, article(2));
    await ok(db, 'targets.save', { id: 'uk', label: 'United Kingdom', aliases: ['Britain'], detect: false });
    const quote = a.statements.find((s) => s.text.includes('Britain'))!;
    await ok(db, 'stances.set', { statementId: quote.id, target: 'uk', label: 'neutral' });

    const older = await ok(db, 'detection.start', {});
    const newer = await ok(db, 'detection.start', {});
    expect((await waitForDetection(db, older.jobId)).superseded).toBe(true);
    expect((await waitForDetection(db, newer.jobId)).counts.articles).toBe(2);
    const after = await readArticle(db, a.article.id);
    expect(after.statements.find((s) => s.id === quote.id)!.stances).toContainEqual(
      expect.objectContaining({ target: 'uk', label: 'neutral', origin: 'analyst' }),
    );
  });

  it('names an unknown job', async () => {
    expect((await fails(memoryDb(), 'detection.status', { jobId: 'gone' })).code).toBe('not_found');
  });
});

describe('detection as a job of the one registry', () => {
  it('reports job.progress events and stops between articles on jobs.cancel, not superseded', async () => {
    const db = memoryDb();
    for (let i = 1; i <= 6; i++) await importText(db, article(i));
    await ok(db, 'targets.save', { id: 'uk', label: 'United Kingdom', aliases: ['Britain'], detect: false });
    const events: JobProgress[] = [];
    const stop = onBackendEvent(db, (name, payload) => {
      if (name !== 'job.progress') return;
      const p = payload as JobProgress;
      events.push(p);
      if (p.done === 2) void ok(db, 'jobs.cancel', { jobId: p.jobId });
    });
    try {
      const started = await ok(db, 'detection.start', {});
      const done = await waitForDetection(db, started.jobId);
      expect(done).toMatchObject({ done: 2, total: 6, finished: true, superseded: false, error: null });
      expect(done.counts).toMatchObject({ articles: 2, cancelled: true });
      expect(events[0]).toMatchObject({ jobId: started.jobId, kind: 'detection', done: 0, total: 6 });
      expect(events.at(-1)).toMatchObject({ finished: true, cancelled: true, done: 2, error: null });
      // A finished job cannot be cancelled again.
      expect(await ok(db, 'jobs.cancel', { jobId: started.jobId })).toEqual({ cancelled: false });
    } finally {
      stop();
    }
  });
});
