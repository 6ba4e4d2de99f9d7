// Where the analyst's database lives by default, and where backups of it go.
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';

export const APP_NAME = 'Parley';

/** The per-user app data folder, the same one Electron's app.getPath('userData') gives for "Parley". */
export function userDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}

/** `--db FILE` wins, then PARLEY_DB, then the app data folder. */
export function resolveDatabasePath(explicit?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit) return explicit;
  if (env.PARLEY_DB) return env.PARLEY_DB;
  return join(userDataDir(env), 'parley.sqlite');
}

export function backupDir(dbPath: string): string {
  return join(dirname(dbPath), 'backups');
}

/**
 * A timestamped backup file name beside the database, e.g. backups/parley.sqlite.2026-11-28T10-00-00-000Z.start.sqlite.
 * The whole file name leads, so case.sqlite and case.db in one folder never share (or prune) each other's backups.
 */
export function backupPathFor(dbPath: string, label: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  return join(backupDir(dbPath), `${basename(dbPath)}.${stamp}.${label}.sqlite`);
}

/** The stem older versions named backups by (parley.sqlite -> parley); such backups are listed, never pruned. */
export function legacyBackupStem(dbPath: string): string {
  return basename(dbPath).replace(/\.[^.]+$/, '');
}
