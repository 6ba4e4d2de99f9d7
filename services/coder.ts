// The analyst's name as a coder: kept in settings, recorded on every coding, memo and statement tag they make.
import type { Database } from 'better-sqlite3';
import type { HandlerMap } from './handler-types';

const KEY = 'coder.name';

export function coderName(db: Database): string {
  return (db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(KEY) as string | undefined) ?? '';
}

export function setCoderName(db: Database, name: string): void {
  db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  ).run(KEY, name);
}

export const coderHandlers: HandlerMap<'coder.get' | 'coder.set'> = {
  'coder.get': (db) => ({ name: coderName(db) }),
  'coder.set': (db, input) => {
    setCoderName(db, input.name);
    return { name: coderName(db) };
  },
};
