// Memos on the project, an article or a code (undoable, stamped with the coder), and a search across every memo.
import type { Database } from 'better-sqlite3';
import type { MethodInput, MethodOutput } from '../core/contract';
import { ParleyError } from '../core/errors';
import type { Memo, MemoScope } from '../core/qda/types';
import { getMemo } from '../db/repositories/memos';
import { coderName } from './coder';
import { commitChanges } from './edit-log';
import type { HandlerMap } from './handler-types';

function refOf(db: Database, scope: MemoScope, refId: number | undefined): number | null {
  if (scope === 'project') return null;
  if (refId === undefined)
    throw new ParleyError('invalid_input', `A memo on ${scope === 'code' ? 'a code' : 'an article'} needs its id.`);
  const table = scope === 'article' ? 'articles' : 'tags';
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(refId)) {
    throw new ParleyError('not_found', `There is no ${scope} with id ${refId}.`);
  }
  return refId;
}

const keyOf = (scope: MemoScope, ref: number | null) => (ref === null ? scope : `${scope}:${ref}`);

export function setMemo(db: Database, input: MethodInput<'memos.set'>): Memo | null {
  const ref = refOf(db, input.scope, input.refId);
  const old = getMemo(db, input.scope, ref);
  const body = input.body.trim() === '' ? '' : input.body;
  commitChanges(db, [
    {
      entity: 'memo',
      id: keyOf(input.scope, ref),
      field: 'body',
      old: old && { body: old.body, coder: old.coder },
      new: body === '' ? null : { body, coder: coderName(db) },
    },
  ]);
  return getMemo(db, input.scope, ref);
}

/** Memos of every kind containing the words, coding memos included. */
export function searchMemos(db: Database, query: string): MethodOutput<'memos.search'> {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .prepare(
      `SELECT CASE WHEN article_id IS NOT NULL THEN 'article' WHEN tag_id IS NOT NULL THEN 'code' ELSE 'project' END AS kind,
              coalesce(article_id, tag_id) AS refId, body, coder FROM memos WHERE body LIKE @like ESCAPE '\\'
       UNION ALL
       SELECT 'coding', id, memo, coder FROM codings WHERE memo LIKE @like ESCAPE '\\'
       LIMIT 500`,
    )
    .all({ like }) as MethodOutput<'memos.search'>;
}

export const memoHandlers: HandlerMap<'memos.get' | 'memos.set' | 'memos.search'> = {
  'memos.get': (db, input) => getMemo(db, input.scope, refOf(db, input.scope, input.refId)),
  'memos.set': setMemo,
  'memos.search': (db, input) => searchMemos(db, input.query),
};
