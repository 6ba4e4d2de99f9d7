// Online backups of the analyst's database into a rotating set beside it, and restore in place in one transaction.
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Sqlite from 'better-sqlite3';
import type { Database } from 'better-sqlite3';
import { ParleyError } from '../core/errors';
import { checkIntact, LATEST_SCHEMA_VERSION, openDatabase } from './connection';
import { backupDir, backupPathFor, legacyBackupStem } from './paths';

/** How many start-up backups are kept; pre-migration and pre-restore backups are always kept. */
export const KEEP_START_BACKUPS = 5;

export interface BackupInfo {
  name: string;
  /** Named by an older version (stem only), so it may belong to a same-stem file; listed but never pruned. */
  legacy?: boolean;
  label: string;
  createdAt: string;
  bytes: number;
}

const NAME = /^(.+)\.(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)\.([a-z0-9-]+)\.sqlite$/;

function dbPathOf(db: Database): string {
  if (db.memory) throw new ParleyError('invalid_input', 'An in-memory database has no backups.');
  return db.name;
}

export function listBackups(dbPath: string): BackupInfo[] {
  const dir = backupDir(dbPath);
  if (!existsSync(dir)) return [];
  const own = basename(dbPath);
  const stem = legacyBackupStem(dbPath);
  return readdirSync(dir)
    .map((name) => ({ name, m: NAME.exec(name) }))
    .filter((x): x is { name: string; m: RegExpExecArray } => x.m !== null && (x.m[1] === own || x.m[1] === stem))
    .map(({ name, m }) => ({
      name,
      ...(m[1] === own ? {} : { legacy: true }),
      label: m[3]!,
      createdAt: m[2]!.replace(/T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z$/, 'T$1:$2:$3.$4Z'),
      bytes: statSync(join(dir, name)).size,
    }))
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.name.localeCompare(a.name));
}

/**
 * Copies the live database with SQLite's online backup API (readers and writers may go on meanwhile), then checks
 * the copy with quick_check: a copy that fails is deleted and refused, so the rotating set only ever holds copies that
 * passed, and rotation can never push the newest good copy out in favour of a damaged one.
 */
export async function createBackup(db: Database, label: string): Promise<BackupInfo> {
  const dbPath = dbPathOf(db);
  const target = backupPathFor(dbPath, label);
  mkdirSync(dirname(target), { recursive: true });
  await db.backup(target);
  try {
    const copy = new Sqlite(target, { readonly: true, fileMustExist: true });
    try {
      checkIntact(copy, dbPath);
    } finally {
      copy.close();
    }
  } catch (err) {
    rmSync(target, { force: true });
    throw err;
  }
  if (label === 'start') pruneStartBackups(dbPath);
  return listBackups(dbPath).find((b) => b.name === basename(target))!;
}

/** Keeps the newest start-up copies of this file only; older-named (legacy) copies are never removed. */
function pruneStartBackups(dbPath: string): void {
  const starts = listBackups(dbPath).filter((b) => b.label === 'start' && !b.legacy);
  for (const old of starts.slice(KEEP_START_BACKUPS)) rmSync(join(backupDir(dbPath), old.name), { force: true });
}

/** Resolves a backup by its file name only: callers can never point restore at an arbitrary path. */
export function backupFile(dbPath: string, name: string): string {
  if (!listBackups(dbPath).some((b) => b.name === name)) {
    throw new ParleyError('not_found', `There is no backup named "${name}" for ${basename(dbPath)}.`);
  }
  return join(backupDir(dbPath), name);
}

function checkedCopy(path: string): { path: string; cleanup: () => void } {
  let version: number;
  try {
    const probe = new Sqlite(path, { readonly: true, fileMustExist: true });
    const integrity = probe.pragma('integrity_check', { simple: true });
    version = probe.pragma('user_version', { simple: true }) as number;
    probe.close();
    if (integrity !== 'ok') throw new Error(`integrity check: ${String(integrity)}`);
  } catch (err) {
    throw new ParleyError(
      'invalid_input',
      `${basename(path)} is not a sound Parley database: ${(err as Error).message}`,
    );
  }
  if (version > LATEST_SCHEMA_VERSION) {
    throw new ParleyError(
      'db_newer',
      `${basename(path)} was written by a newer version of Parley; it cannot be restored here.`,
    );
  }
  if (version === LATEST_SCHEMA_VERSION) return { path, cleanup: () => undefined };
  // An older backup is upgraded on a copy first, so the restore always copies like into like.
  const copy = join(dirname(path), `.upgrade-${process.pid}-${basename(path)}`);
  const source = new Sqlite(path, { readonly: true });
  source.prepare('VACUUM INTO ?').run(copy);
  source.close();
  openDatabase(copy).close();
  return { path: copy, cleanup: () => rmSync(copy, { force: true }) };
}

/**
 * Replaces every row of the open database with the backup's, in one transaction (a crash leaves the old state),
 * after saving the current state as a "before-restore" backup.
 */
export async function restoreBackup(db: Database, name: string): Promise<{ safetyBackup: string }> {
  const dbPath = dbPathOf(db);
  const source = checkedCopy(backupFile(dbPath, name));
  try {
    const safety = await createBackup(db, 'before-restore');
    const tables = db
      .prepare(
        `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
         AND name NOT LIKE '%_fts' AND name NOT LIKE '%_fts_%' ORDER BY name`,
      )
      .pluck()
      .all() as string[];
    db.prepare('ATTACH DATABASE ? AS restore_source').run(source.path);
    db.pragma('foreign_keys = OFF');
    try {
      db.transaction(() => {
        for (const t of tables) {
          const cols = (db.prepare(`SELECT name FROM pragma_table_info(?)`).pluck().all(t) as string[]).map(
            (c) => `"${c}"`,
          );
          db.exec(`DELETE FROM main."${t}"`);
          db.exec(`INSERT INTO main."${t}" (${cols.join(', ')}) SELECT ${cols.join(', ')} FROM restore_source."${t}"`);
        }
        db.exec("INSERT INTO statements_fts(statements_fts) VALUES ('rebuild')");
        db.exec("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')");
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length)
          throw new ParleyError('internal', `The backup has ${broken.length} broken references; nothing was restored.`);
      }).immediate();
    } finally {
      db.pragma('foreign_keys = ON');
      db.exec('DETACH DATABASE restore_source');
    }
    return { safetyBackup: safety.name };
  } finally {
    source.cleanup();
  }
}

/**
 * Restores a database file that cannot be opened (damaged or emptied): the backup is checked first, the damaged file
 * is moved into the backups folder as a "damaged" copy (kept, never pruned), and the backup is copied into place.
 */
export function restoreDamagedFile(dbPath: string, name: string): { damagedCopy: string } {
  const source = checkedCopy(backupFile(dbPath, name));
  try {
    const damaged = backupPathFor(dbPath, 'damaged');
    mkdirSync(dirname(damaged), { recursive: true });
    const incoming = `${dbPath}.restoring`;
    copyFileSync(source.path, incoming);
    if (existsSync(dbPath)) renameSync(dbPath, damaged);
    if (existsSync(`${dbPath}-wal`)) renameSync(`${dbPath}-wal`, `${damaged}-wal`);
    rmSync(`${dbPath}-shm`, { force: true });
    renameSync(incoming, dbPath);
    return { damagedCopy: basename(damaged) };
  } finally {
    source.cleanup();
  }
}
