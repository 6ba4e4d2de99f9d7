// Batch import: files imported one by one (each in its own transaction), with progress events, cancellable at any file.
import { randomUUID } from 'node:crypto';
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import { ParleyError } from '../core/errors';
import type { BatchEvent, BatchProgress } from '../core/methods/imports';
import { importArticle } from './articles';
import { toWireError } from './errors';
import { emitBackendEvent } from './events';
import type { HandlerMap } from './handler-types';
import { perConnection } from './per-connection';

type BatchFile = MethodInput<'imports.start'>['files'][number];

interface Batch {
  progress: BatchProgress;
  /** The files still to import; each one's contents are let go as soon as it is done. */
  files: Array<BatchFile | null>;
  counts: BatchEvent['counts'];
}

/** Each connection's batches, running or recently finished. */
const batchesOf = perConnection(() => new Map<string, Batch>());
/** Finished batches are kept for status calls, up to this many. */
const KEEP_FINISHED = 20;

const nextTick = () => new Promise<void>((resolve) => setImmediate(resolve));

/** Sends the counts and the one result just added (none on the closing event), not the results before it. */
function publish(db: Database, batch: Batch, withResult: boolean): void {
  const { results, ...rest } = batch.progress;
  const last = results.at(-1);
  const event: BatchEvent = {
    ...rest,
    counts: { ...batch.counts },
    result: withResult && last ? { ...last, index: results.length - 1 } : null,
  };
  emitBackendEvent(db, 'import.progress', event);
}

function record(batch: Batch, result: BatchProgress['results'][number]): void {
  batch.progress.results.push(result);
  batch.counts[result.status]++;
}

async function run(db: Database, batch: Batch): Promise<void> {
  const p = batch.progress;
  for (let i = 0; i < batch.files.length; i++) {
    const file = batch.files[i]!;
    batch.files[i] = null; // the bytes are not kept once this file is done
    if (p.cancelled) {
      record(batch, { fileName: file.fileName, status: 'cancelled', articleId: null, message: null });
      continue;
    }
    p.current = file.fileName;
    try {
      const r = importArticle(db, file);
      record(batch, { fileName: file.fileName, status: r.status, articleId: r.article.id, message: r.notice });
    } catch (err) {
      record(batch, { fileName: file.fileName, status: 'error', articleId: null, message: toWireError(err).message });
    }
    p.done++;
    publish(db, batch, true);
    await nextTick(); // lets a cancel request, and other calls, in between two files
  }
  batch.files = [];
  p.current = null;
  p.finished = true;
  publish(db, batch, false);
  const batches = batchesOf(db);
  const finished = [...batches.values()].filter((b) => b.progress.finished);
  for (const old of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED)))
    batches.delete(old.progress.batchId);
}

function batchOrThrow(db: Database, batchId: string): Batch {
  const batch = batchesOf(db).get(batchId);
  if (!batch) throw new ParleyError('not_found', `There is no import batch ${batchId}.`);
  return batch;
}

export function startBatch(db: Database, input: MethodInput<'imports.start'>): { batchId: string; total: number } {
  const batchId = randomUUID();
  const batch: Batch = {
    files: [...input.files],
    counts: { imported: 0, duplicate: 0, error: 0, cancelled: 0 },
    progress: {
      batchId,
      done: 0,
      total: input.files.length,
      current: null,
      finished: false,
      cancelled: false,
      results: [],
    },
  };
  batchesOf(db).set(batchId, batch);
  // After a tick, so the caller has its batch id before the first file is read.
  void nextTick().then(() => run(db, batch));
  return { batchId, total: input.files.length };
}

/** How many of a batch's files still have their contents held (for tests: only those not yet imported). */
export function heldFiles(db: Database, batchId: string): number {
  return batchOrThrow(db, batchId).files.filter((f) => f !== null).length;
}

/** Resolves when the batch has finished (for the CLI and tests). */
export async function waitForBatch(db: Database, batchId: string): Promise<BatchProgress> {
  const batch = batchOrThrow(db, batchId);
  while (!batch.progress.finished) await nextTick();
  return structuredClone(batch.progress);
}

export const batchImportHandlers: HandlerMap<'imports.start' | 'imports.status' | 'imports.cancel'> = {
  'imports.start': startBatch,
  'imports.status': (db, input) => structuredClone(batchOrThrow(db, input.batchId).progress),
  'imports.cancel': (db, input) => {
    const batch = batchOrThrow(db, input.batchId);
    if (!batch.progress.finished) batch.progress.cancelled = true;
    return structuredClone(batch.progress);
  },
};
