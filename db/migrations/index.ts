// The numbered, append-only list of schema migrations; each runs inside the transaction that bumps user_version.
import type { Database } from 'better-sqlite3';
import { up as initialSchema } from './001-initial-schema';
import { up as compareIndexes } from './002-compare-indexes';
import { up as metadataAndRegistry } from './003-metadata-and-registry';
import { up as qdaCoding } from './004-qda-coding';
import { up as learner } from './005-learner';
import { up as editCoder } from './006-edit-coder';
import { up as titleCodings } from './007-title-codings';
import { up as qdaAnalysisIndex } from './008-qda-analysis-index';
import { up as statementsByPosition } from './009-statements-by-position';
import { up as stanceCodings } from './010-stance-codings';

export interface Migration {
  version: number;
  name: string;
  up: (db: Database) => void;
}

export const MIGRATIONS: Migration[] = [
  { version: 1, name: 'initial schema', up: initialSchema },
  { version: 2, name: 'compare: stance totals and indexes', up: compareIndexes },
  { version: 3, name: 'article metadata and the people registry', up: metadataAndRegistry },
  { version: 4, name: 'qda: span codings, memos, variables, coders', up: qdaCoding },
  { version: 5, name: 'learner: model, rule suggestions, learned stances', up: learner },
  { version: 6, name: 'edits: the coder who made each edit', up: editCoder },
  { version: 7, name: 'qda: codings in the title', up: titleCodings },
  { version: 8, name: 'qda: codings indexed by article and coder', up: qdaAnalysisIndex },
  { version: 9, name: 'statements indexed by position in their article', up: statementsByPosition },
  { version: 10, name: "qda: each coder's stance decisions", up: stanceCodings },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
