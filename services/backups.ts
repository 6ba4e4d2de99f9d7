// Backup services: the rotating set beside the database file, a backup on demand, and restore by name.
import { createBackup, listBackups, restoreBackup } from '../db/backups';
import type { HandlerMap } from './handler-types';

export const backupHandlers: HandlerMap<'backups.list' | 'backups.create' | 'backups.restore'> = {
  'backups.list': (db) => (db.memory ? [] : listBackups(db.name)),
  'backups.create': (db) => createBackup(db, 'manual'),
  'backups.restore': async (db, input) => ({ restored: input.name, ...(await restoreBackup(db, input.name)) }),
};
