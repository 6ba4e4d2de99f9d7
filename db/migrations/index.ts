// The numbered, append-only list of schema migrations; each runs inside the transaction that bumps user_version.
import type { Database } from 'better-sqlite3';
import { up as initialSchema } from './001-initial-schema';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [{ version: 1, name: 'initial schema', up: initialSchema }];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
