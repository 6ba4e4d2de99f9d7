// Batch import: every file imported or reported, progress events for each, cancellation between files.
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../services/dispatch';
import { onBackendEvent } from '../../../services/events';
import { heldFiles, waitForBatch } from '../../../services/batch-import';
import type { BatchEvent } from '../../../core/methods/imports';
import { ok } from '../../support/calls';
import { memoryDb } from '../../support/db';

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64');
const article = (i: number) => ({
  fileName: `a${i}.txt`,
  dataBase64: b64(`Article ${i}\n\nMinister ${i} spoke on day ${i}. The talks ended.`),
});

let unsubscribe: (() => void) | undefined;
afterEach(() => unsubscribe?.());

describe('imports.start', () => {
  it('imports every file, reports errors and duplicates per file, and emits progress for each', async () => {
    const db = memoryDb();
    const events: BatchEvent[] = [];
    const held: number[] = [];
    unsubscribe = onBackendEvent(db, (name, payload) => {
      if (name !== 'import.progress') return;
      events.push(payload as BatchEvent);
      held.push(heldFiles(db, (payload as BatchEvent).batchId));
    });
    const files = [
      article(1),
      { fileName: 'bad.txt', dataBase64: b64(Buffer.from([0, 1, 2, 3])) },
      article(2),
      article(1),
    ];
    const { batchId, total } = await ok(db, 'imports.start', { files });
    expect(total).toBe(4);
    const done = await waitForBatch(db, batchId);
    expect(done).toMatchObject({ done: 4, total: 4, finished: true, cancelled: false, current: null });
    expect(done.results.map((r) => [r.fileName, r.status])).toEqual([
      ['a1.txt', 'imported'],
      ['bad.txt', 'error'],
      ['a2.txt', 'imported'],
      ['a1.txt', 'duplicate'],
    ]);
    expect(done.results[1]!.message).toMatch(/"bad.txt" is a binary file/);
    const mine = events.filter((e) => e.batchId === batchId);
    expect(mine.map((e) => e.done)).toEqual([1, 2, 3, 4, 4]);
    // Each event carries the one file just done and the counts, never the results before it.
    expect(mine.map((e) => e.result && [e.result.index, e.result.fileName, e.result.status])).toEqual([
      [0, 'a1.txt', 'imported'],
      [1, 'bad.txt', 'error'],
      [2, 'a2.txt', 'imported'],
      [3, 'a1.txt', 'duplicate'],
      null,
    ]);
    expect(mine.every((e) => !('results' in e))).toBe(true);
    expect(mine.at(-1)!.counts).toEqual({ imported: 2, duplicate: 1, error: 1, cancelled: 0 });
    // A file's contents are let go once it is done: the batch holds only the files still to come.
    expect(held).toEqual([3, 2, 1, 0, 0]);
    expect((await ok(db, 'articles.list', {})).length).toBe(2);
    expect(await ok(db, 'imports.status', { batchId })).toEqual(done);
  });

  it('stops at the next file when cancelled, marking the rest as cancelled and keeping what was imported', async () => {
    const db = memoryDb();
    const files = Array.from({ length: 50 }, (_, i) => article(i));
    const { batchId } = await ok(db, 'imports.start', { files });
    let cancelled = false;
    unsubscribe = onBackendEvent(db, (_name, payload) => {
      const p = payload as BatchEvent;
      if (!cancelled && p.batchId === batchId && p.done === 3) {
        cancelled = true;
        void dispatch(db, 'imports.cancel', { batchId });
      }
    });
    const done = await waitForBatch(db, batchId);
    expect(done.cancelled).toBe(true);
    const imported = done.results.filter((r) => r.status === 'imported').length;
    expect(imported).toBeGreaterThanOrEqual(3);
    expect(imported).toBeLessThan(50);
    expect(done.results.filter((r) => r.status === 'cancelled')).toHaveLength(50 - imported);
    expect((await ok(db, 'articles.list', {})).length).toBe(imported);
  });

  it('refuses an empty batch and an unknown batch id', async () => {
    const db = memoryDb();
    expect((await dispatch(db, 'imports.start', { files: [] })).ok).toBe(false);
    expect(await dispatch(db, 'imports.status', { batchId: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
