// The numbered, append-only list of schema migrations; each runs inside the transaction that bumps user_version.
import type { Database } from 'better-sqlite3';
import { up as initialSchema } from './001-initial-schema';
import { up as compareIndexes } from './002-compare-indexes';
import { up as learner } from './005-learner';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', up: initialSchema },
  { version: 2, name: 'compare: stance totals and indexes', up: compareIndexes },
  // Numbered 005 by the plan (003 and 004 come from other branches); versions stay contiguous until they merge.
  { version: 3, name: 'learner: model, rule suggestions, learned stances', up: learner },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
