// Memos on the project, an article or a code (undoable, stamped with the coder), and a search across every memo.
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../core/contract';
import { ParleyError } from '../core/errors';
import type { Memo, MemoScope } from '../core/qda/types';
import { findMemos, getMemo, memoOwnerExists } from '../db/repositories/memos';
import { coderName } from './coder';
import { commitChanges } from './edit-log';
import type { HandlerMap } from './handler-types';

function refOf(db: Database, scope: MemoScope, refId: number | undefined): number | null {
  if (scope === 'project') return null;
  if (refId === undefined)
    throw new ParleyError('invalid_input', `A memo on ${scope === 'code' ? 'a code' : 'an article'} needs its id.`);
  if (!memoOwnerExists(db, scope, refId)) {
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

export const memoHandlers: HandlerMap<'memos.get' | 'memos.set' | 'memos.search' | 'memos.list'> = {
  'memos.get': (db, input) => getMemo(db, input.scope, refOf(db, input.scope, input.refId)),
  'memos.set': setMemo,
  'memos.search': (db, input) => findMemos(db, input.query),
  'memos.list': (db) => findMemos(db, '', 5000),
};
