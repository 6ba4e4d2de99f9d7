// Opens the analyst's SQLite file: pragmas, a backup before upgrading, then migrations one transaction each.
import Database from 'better-sqlite3';
import type { Database as Db } from 'better-sqlite3';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { ParleyError } from '../core/errors';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from './migrations';
import { backupPathFor } from './paths';

export interface OpenOptions {
  /** Path to a better_sqlite3.node built for another runtime's ABI (Electron). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Migrations to apply; tests pass their own list to exercise failures. */
  migrations?: typeof MIGRATIONS;
}

export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length;
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const existed = path !== ':memory:' && existsSync(path);
  if (existed) refuseEmptyFile(path);
  const db = new Database(path, {
    nativeBinding: options.nativeBinding,
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    db.pragma('busy_timeout = 5000');
    if (existed) checkIntact(db, path);
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > latest) {
      throw new ParleyError(
        'db_newer',
        `The database ${path} was written by a newer version of Parley (schema ${version}; this version knows up to ${latest}). Update Parley to open it; the file was not changed.`,
      );
    }
    if (version < latest) {
      if (options.readonly) {
        throw new ParleyError('read_only', `The database ${path} needs an upgrade but was opened read-only.`);
      }
      if (existed && version > 0) {
        const backup = backupPathFor(path, `before-v${latest}`);
        mkdirSync(dirname(backup), { recursive: true });
        db.prepare('VACUUM INTO ?').run(backup);
      }
      migrate(db, migrations, version);
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/** The message every refusal of a damaged file carries: which file, and how to get a good copy back. */
export function damagedMessage(path: string, what: string): string {
  return (
    `The database ${path} ${what}, so Parley did not open it and changed nothing. ` +
    `Restore a backup with \`parley restore --db "${path}"\` (it lists the backups; then name one), ` +
    `or move the file away to start a new, empty library.`
  );
}

/** A 0-byte file is a damaged library (an emptied file), not a new one; SQLite would silently treat it as new. */
function refuseEmptyFile(path: string): void {
  if (statSync(path).size > 0) return;
  // Another process that has just created the file is still writing its first page through a journal.
  if (existsSync(`${path}-wal`) || existsSync(`${path}-journal`)) return;
  throw new ParleyError('db_damaged', damagedMessage(path, 'is empty (0 bytes)'));
}

/** Runs SQLite's quick_check: page-level damage anywhere in the file is found before anything reads or copies it. */
export function checkIntact(db: Db, path: string): void {
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (err) {
    throw new ParleyError('db_damaged', damagedMessage(path, `is damaged (${(err as Error).message})`));
  }
  if (result !== 'ok') throw new ParleyError('db_damaged', damagedMessage(path, `is damaged (${String(result)})`));
}

function migrate(db: Db, migrations: typeof MIGRATIONS, from: number): void {
  for (const migration of migrations.slice(from)) {
    try {
      db.transaction(() => {
        migration.up(db);
        db.pragma(`user_version = ${migration.version}`);
      }).immediate();
    } catch (err) {
      throw new ParleyError(
        'db_migration_failed',
        `Upgrading the database to schema ${migration.version} (${migration.name}) failed: ${(err as Error).message}. The database was left at schema ${migration.version - 1}.`,
      );
    }
  }
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

export { LATEST_SCHEMA_VERSION };
