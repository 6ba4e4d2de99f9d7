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

/** A timestamped backup file name beside the database, e.g. backups/parley.2026-11-28T10-00-00.before-v2.sqlite. */
export function backupPathFor(dbPath: string, label: string, now = new Date()): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const stem = basename(dbPath).replace(/\.[^.]+$/, '');
  return join(backupDir(dbPath), `${stem}.${stamp}.${label}.sqlite`);
}
