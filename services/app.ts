// App-level service: version and where the database lives.
import type { Database } from 'better-sqlite3';
import type { MethodOutput } from '../core/contract';
import { schemaVersion } from '../db/connection';
import pkg from '../package.json';
import type { HandlerMap } from './handler-types';

export function appInfo(db: Database): MethodOutput<'app.info'> {
  return { version: pkg.version, databasePath: db.name, schemaVersion: schemaVersion(db) };
}

export const appHandlers: HandlerMap<'app.info'> = {
  'app.info': (db) => appInfo(db),
};
