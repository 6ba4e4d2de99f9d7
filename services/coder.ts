// The analyst's name as a coder: kept in settings, recorded on every coding, memo and statement tag they make.
import type { Database } from 'better-sqlite3';
import { getSetting, setSetting } from '../db/repositories/settings';
import type { HandlerMap } from './handler-types';

const KEY = 'coder.name';

export function coderName(db: Database): string {
  return getSetting(db, KEY) ?? '';
}

export function setCoderName(db: Database, name: string): void {
  setSetting(db, KEY, name);
}

export const coderHandlers: HandlerMap<'coder.get' | 'coder.set'> = {
  'coder.get': (db) => ({ name: coderName(db) }),
  'coder.set': (db, input) => {
    setCoderName(db, input.name);
    return { name: coderName(db) };
  },
};
