// Turns any failure inside a service into the { code, message } that crosses the transports.
import Sqlite from 'better-sqlite3';
import { ParleyError, type WireError } from '../core/errors';

export function toWireError(err: unknown): WireError {
  if (err instanceof ParleyError) return err.toWire();
  if (err instanceof Sqlite.SqliteError) {
    if (err.code === 'SQLITE_READONLY' || err.code.startsWith('SQLITE_READONLY_')) {
      return { code: 'read_only', message: 'The database is read-only, so the change was not saved.' };
    }
    // SQLITE_BUSY and every extended form (_SNAPSHOT, _RECOVERY, _TIMEOUT) mean another program holds the file.
    if (err.code === 'SQLITE_BUSY' || err.code.startsWith('SQLITE_BUSY_')) {
      return { code: 'conflict', message: 'The database is busy in another program; try again in a moment.' };
    }
    return { code: 'internal', message: `Database error: ${err.message}` };
  }
  return { code: 'internal', message: err instanceof Error ? err.message : String(err) };
}
