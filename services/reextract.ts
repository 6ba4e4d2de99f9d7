// Re-runs detection over stored articles with the current engine, targets and actors, never touching analyst work.
import type { Database } from 'better-sqlite3';
import { EXTRACTOR_VERSION, Extractor } from '../core/extract';
import { ParleyError } from '../core/errors';
import type { ExtractOptions } from '../core/extract/types';
import { listActors } from '../db/repositories/actors';
import { listArticleIds, setExtractorVersion } from '../db/repositories/articles';
import { refreshAutoFields, storedStatements } from '../db/repositories/reextraction';
import { articleBodyOf, deleteStatementRow } from '../db/repositories/statement-spans';
import { insertExtractedStatement, resequence } from '../db/repositories/statements';
import { listTargets } from '../db/repositories/targets';
import { applyRegistry } from './registry';
import { applyToArticle } from './learner';
import { toWireError } from './errors';
import type { HandlerMap } from './handler-types';
import { beginJob, yieldToEventLoop } from './jobs';
import { perConnection } from './per-connection';

export interface ReextractCounts {
  articles: number;
  added: number;
  updated: number;
  removed: number;
  kept: number;
  cancelled: boolean;
}

/** The extraction engine of a connection: its gazetteer cache is the connection's, never another database's. */
export const extractorOf = perConnection(() => new Extractor());

export function extractOptions(db: Database): ExtractOptions {
  return { targets: listTargets(db), actors: listActors(db) };
}

/** Re-extracts one article in one transaction (the learner's pass included): it is either re-extracted or untouched. */
export function reextractArticle(
  db: Database,
  articleId: number,
  options: ExtractOptions,
  counts: ReextractCounts,
): void {
  const body = articleBodyOf(db, articleId);
  if (body === undefined) return;
  const fresh = applyRegistry(db, extractorOf(db).extract(body, options).statements);
  const mine = { added: 0, updated: 0, removed: 0, kept: 0 };
  db.transaction(() => {
    const stored = storedStatements(db, articleId);
    const bySpan = new Map(stored.map((r) => [`${r.start}:${r.end}`, r]));
    const matched = new Set<number>();
    for (const s of fresh) {
      const row = bySpan.get(`${s.start}:${s.end}`);
      if (!row) continue;
      matched.add(row.id);
      refreshAutoFields(db, row, s);
      mine.updated++;
    }
    const keptSpans: [number, number][] = [];
    for (const row of stored) {
      if (matched.has(row.id)) {
        keptSpans.push([row.start, row.end]);
        continue;
      }
      const analystWork =
        row.origin === 'analyst' ||
        row.analyst_fields !== '[]' ||
        row.reviewed === 1 ||
        row.starred === 1 ||
        row.worked === 1;
      if (analystWork) {
        keptSpans.push([row.start, row.end]);
        mine.kept++;
      } else {
        deleteStatementRow(db, row.id);
        mine.removed++;
      }
    }
    for (const s of fresh) {
      if (bySpan.has(`${s.start}:${s.end}`)) continue;
      if (keptSpans.some(([a, b]) => s.start < b && s.end > a)) continue;
      insertExtractedStatement(db, articleId, 0, s);
      mine.added++;
    }
    resequence(db, articleId);
    setExtractorVersion(db, articleId, EXTRACTOR_VERSION);
    applyToArticle(db, articleId);
  }).immediate();
  counts.added += mine.added;
  counts.updated += mine.updated;
  counts.removed += mine.removed;
  counts.kept += mine.kept;
  counts.articles++;
}

export interface ReextractControl {
  /** Checked between articles: once aborted, no further article is touched. */
  signal?: AbortSignal;
  /** Called after each article with the number done so far. */
  onProgress?: (done: number) => void;
}

/** The ids to re-extract (all when none are given), refusing unknown ones before anything changes. */
function idsToReextract(db: Database, articleIds?: number[]): number[] {
  const all = listArticleIds(db);
  const known = new Set(all);
  const missing = articleIds?.filter((id) => !known.has(id)) ?? [];
  if (missing.length)
    throw new ParleyError('not_found', `There is no article with id ${missing.slice(0, 5).join(', ')}.`);
  return articleIds ?? all;
}

/** Re-extracts article by article, yielding between articles so a cancel request (or any other call) can run. */
export async function reextract(
  db: Database,
  articleIds?: number[],
  control: ReextractControl = {},
): Promise<ReextractCounts> {
  const options = extractOptions(db);
  const ids = idsToReextract(db, articleIds);
  const counts: ReextractCounts = { articles: 0, added: 0, updated: 0, removed: 0, kept: 0, cancelled: false };
  for (const [i, id] of ids.entries()) {
    if (control.signal?.aborted) break;
    reextractArticle(db, id, options, counts);
    control.onProgress?.(i + 1);
    await yieldToEventLoop();
  }
  counts.cancelled = control.signal?.aborted ?? false;
  return counts;
}

/** Re-extraction as a long job: `job.progress` events after each article, cancellable with `jobs.cancel`. */
export async function reextractJob(db: Database, articleIds?: number[]): Promise<ReextractCounts> {
  const total = idsToReextract(db, articleIds).length;
  const job = beginJob(db, 'reextract', total);
  try {
    const counts = await reextract(db, articleIds, { signal: job.signal, onProgress: (done) => job.progress(done) });
    job.finish({ result: counts });
    return counts;
  } catch (err) {
    job.finish({ error: toWireError(err).message });
    throw err;
  }
}

export const reextractHandlers: HandlerMap<'articles.reextract'> = {
  'articles.reextract': (db, input) => reextractJob(db, input.articleIds),
};
