// Seeds a library with the built `parley import` (a second writer beside the running app) and reads back, article
// by article, whether re-extraction rewrote it or left it exactly as it was.
import BetterSqlite3, { type Database } from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatedArticle } from '../../unit/crash/generated-articles';
import { ROOT } from '../fixtures';

const STALE_SPEAKER = 'An older engine';
const STALE_VERSION = 'older-engine';

async function withDb<T>(dbPath: string, work: (db: Database) => Promise<T> | T): Promise<T> {
  const db = new BetterSqlite3(dbPath);
  db.pragma('busy_timeout = 10000');
  try {
    return await work(db);
  } finally {
    db.close();
  }
}

/**
 * Imports `count` generated articles, then marks every one as written by an older engine (its statements' speaker
 * and its extractor version), so that each article re-extraction reaches visibly changes.
 */
export function seedStaleLibrary(dbPath: string, count: number): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'parley-seed-'));
  for (let i = 0; i < count; i++) writeFileSync(join(dir, generatedArticle(i).fileName), generatedArticle(i).text);
  const cli = join(ROOT, 'out/cli/parley.mjs');
  const r = spawnSync(process.execPath, [cli, 'import', dir, '--db', dbPath, '--format', 'json'], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`parley import failed (${r.status}): ${r.stderr}`);
  return withDb(dbPath, (db) => {
    db.prepare('UPDATE statements SET speaker = ?').run(STALE_SPEAKER);
    db.prepare('UPDATE articles SET extractor_version = ?').run(STALE_VERSION);
  });
}

/** How many articles re-extraction rewrote whole, left untouched, or (never acceptable) left half-done. */
export function reextractionState(dbPath: string): Promise<{ reextracted: number; untouched: number; mixed: number }> {
  return withDb(dbPath, (db) => {
    const rows = db
      .prepare(
        `SELECT a.extractor_version = ? AS old_version,
           SUM(s.speaker IS ?) AS stale, COUNT(s.id) AS statements
         FROM articles a LEFT JOIN statements s ON s.article_id = a.id GROUP BY a.id`,
      )
      .all(STALE_VERSION, STALE_SPEAKER) as { old_version: number; stale: number; statements: number }[];
    const state = { reextracted: 0, untouched: 0, mixed: 0 };
    for (const r of rows) {
      if (r.old_version === 0 && r.stale === 0) state.reextracted++;
      else if (r.old_version === 1 && r.stale === r.statements && r.statements > 0) state.untouched++;
      else state.mixed++;
    }
    return state;
  });
}
