// Every analyst edit is a list of changes applied and logged in one transaction; undo and redo replay them.
import type { Database } from 'better-sqlite3';
import { ParleyError } from '../core/errors';
import {
  appendEditGroup,
  countEdits,
  firstUndoneGroup,
  lastDoneGroup,
  markGroup,
  type EditRow,
} from '../db/repositories/edits';
import { restoreStatement, restoreTag, type StatementSnapshot, type TagSnapshot } from '../db/repositories/snapshots';
import { restoreCoding, type CodingSnapshot } from '../db/repositories/codings';
import { putMemo } from '../db/repositories/memos';
import { putStanceCoding, type StanceCodingValue } from '../db/repositories/stance-codings';
import type { MemoScope } from '../core/qda/types';
import { perConnection } from './per-connection';
import { resequence } from '../db/repositories/statements';
import { setActorVariant, setPersonVariant } from '../db/repositories/registry';
import {
  articleOfStatement,
  isArticleField,
  isStatementFlagField,
  isStatementTextField,
  putNote,
  putStance,
  setAnalystFields,
  setArticleField,
  setStatementFlag,
  setStatementTag,
  setStatementText,
  setTitleMissing,
  type ArticleField,
  type StanceRow,
} from '../db/repositories/edit-values';

/** One field of one entity going from `old` to `new` (null meaning absent). */
export type Change =
  | { entity: 'statement'; id: number; field: 'speaker' | 'actor' | 'kind'; old: string | null; new: string | null }
  | { entity: 'statement'; id: number; field: 'reviewed' | 'starred'; old: boolean; new: boolean }
  | { entity: 'statement'; id: number; field: 'analyst_fields'; old: string[]; new: string[] }
  | { entity: 'statement'; id: number; field: 'row'; old: StatementSnapshot | null; new: StatementSnapshot | null }
  | { entity: 'stance'; id: string; field: 'row'; old: StanceValue | null; new: StanceValue | null }
  | {
      entity: 'stance_coding';
      /** stanceCodingKey(statement, target, coder) */
      id: string;
      field: 'row';
      old: StanceCodingValue | null;
      new: StanceCodingValue | null;
    }
  | { entity: 'statement_tag'; id: string; field: 'on'; old: boolean; new: boolean }
  | { entity: 'note'; id: number; field: 'body'; old: string | null; new: string | null }
  | { entity: 'tag'; id: number; field: 'row'; old: TagSnapshot | null; new: TagSnapshot | null }
  | { entity: 'article'; id: number; field: ArticleField; old: string | null; new: string | null }
  | { entity: 'article'; id: number; field: 'title_missing'; old: boolean; new: boolean }
  | { entity: 'person_variant'; id: string; field: 'person'; old: string | null; new: string | null }
  | { entity: 'actor_variant'; id: string; field: 'actor'; old: string | null; new: string | null }
  | { entity: 'coding'; id: number; field: 'row'; old: CodingSnapshot | null; new: CodingSnapshot | null }
  | { entity: 'memo'; id: string; field: 'body'; old: MemoValue | null; new: MemoValue | null };

export { ARTICLE_FIELDS, type ArticleField } from '../db/repositories/edit-values';

/** A memo's key is "project", "article:<id>" or "code:<id>". */
export interface MemoValue {
  body: string;
  coder: string;
}

/** A stance as the edits log stores it. */
export type StanceValue = StanceRow;

export interface EditOutcome {
  /** What was undone or redone, in words. */
  description: string;
  articleId: number | null;
  statementId: number | null;
  undoable: number;
  redoable: number;
}

function applyValue(db: Database, entity: string, id: string, field: string, value: unknown): void {
  switch (entity) {
    case 'statement': {
      const sid = Number(id);
      if (field === 'row') {
        const snapshot = value as StatementSnapshot | null;
        const articleId = snapshot ? (snapshot.row.article_id as number) : articleOfStatement(db, sid);
        restoreStatement(db, sid, snapshot);
        if (articleId !== null) resequence(db, articleId);
      } else if (isStatementTextField(field)) setStatementText(db, sid, field, value as string | null);
      else if (isStatementFlagField(field)) setStatementFlag(db, sid, field, Boolean(value));
      else if (field === 'analyst_fields') setAnalystFields(db, sid, value as string[]);
      return;
    }
    case 'stance': {
      const [sid, target] = splitKey(id);
      putStance(db, sid, target, value as StanceValue | null);
      return;
    }
    case 'stance_coding': {
      const [sid, rest] = splitKey(id);
      const [target, coder] = JSON.parse(rest) as [string, string];
      putStanceCoding(db, sid, target, coder, value as StanceCodingValue | null);
      return;
    }
    case 'statement_tag': {
      const [sid, tagId] = splitKey(id);
      setStatementTag(db, sid, Number(tagId), Boolean(value));
      return;
    }
    case 'note':
      putNote(db, Number(id), typeof value === 'string' ? value : null);
      return;
    case 'tag':
      restoreTag(db, Number(id), value as TagSnapshot | null);
      return;
    case 'article': {
      if (field === 'title_missing') setTitleMissing(db, Number(id), Boolean(value));
      else if (isArticleField(field)) setArticleField(db, Number(id), field, value as string | null);
      return;
    }
    case 'person_variant':
      setPersonVariant(db, id, value as string | null);
      return;
    case 'actor_variant':
      setActorVariant(db, id, value as string | null);
      return;
    case 'coding':
      restoreCoding(db, Number(id), value as CodingSnapshot | null);
      return;
    case 'memo': {
      const [scope, ref] = id.split(':') as [MemoScope, string | undefined];
      const v = value as MemoValue | null;
      putMemo(db, scope, ref === undefined ? null : Number(ref), v?.body ?? '', v?.coder ?? '');
      return;
    }
    default:
      throw new ParleyError('internal', `Unknown entity in the edits log: ${entity}`);
  }
}

/** The edits log's key of one coder's stance decision: "<statement>:[target, coder]" (either may hold a colon). */
export const stanceCodingKey = (statementId: number, target: string, coder: string) =>
  `${statementId}:${JSON.stringify([target, coder])}`;

function splitKey(key: string): [number, string] {
  const i = key.indexOf(':');
  return [Number(key.slice(0, i)), key.slice(i + 1)];
}

const changed = (c: Change) => JSON.stringify(c.old) !== JSON.stringify(c.new);

function toEdit(c: Change) {
  return {
    entity: c.entity,
    entityId: String(c.id),
    field: c.field,
    oldValue: JSON.stringify(c.old),
    newValue: JSON.stringify(c.new),
  };
}

/** Whether the current call changed the edits log (so its reply carries the undo and redo counts). */
const logTouched = perConnection(() => ({ touched: false }));

/** True when the edits log changed since the last time this was asked; asking clears it. */
export function takeEditsTouched(db: Database): boolean {
  const flag = logTouched(db);
  const touched = flag.touched;
  flag.touched = false;
  return touched;
}

/** Applies the changes and logs them as one undoable group, in one transaction. */
export function commitChanges(db: Database, changes: Change[]): void {
  const effective = changes.filter(changed);
  if (effective.length === 0) return;
  logTouched(db).touched = true;
  db.transaction(() => {
    for (const c of effective) applyValue(db, c.entity, String(c.id), c.field, c.new);
    appendEditGroup(db, effective.map(toEdit));
  }).immediate();
}

/** Logs changes a service already made itself (structural edits), inside the caller's transaction. */
export function logAppliedChanges(db: Database, changes: Change[]): void {
  const effective = changes.filter(changed);
  if (effective.length === 0) return;
  logTouched(db).touched = true;
  appendEditGroup(db, effective.map(toEdit));
}

const WORDS: Record<string, string> = {
  'statement.speaker': 'speaker',
  'statement.actor': 'actor',
  'statement.kind': 'kind',
  'statement.reviewed': 'reviewed mark',
  'statement.starred': 'star',
  'statement.row': 'statement boundaries',
  'stance.row': 'stance',
  'stance_coding.row': 'stance',
  'statement_tag.on': 'tag',
  'note.body': 'note',
  'tag.row': 'codebook',
  'article.title': 'headline',
  'article.source': 'outlet',
  'article.published': 'date',
  'article.url': 'URL',
  'person_variant.person': 'speaker merge',
  'actor_variant.actor': 'actor merge',
  'coding.row': 'coding',
  'memo.body': 'memo',
};

/** The edit group in words, e.g. "speaker, stance". */
function describe(rows: EditRow[]): string {
  const words = rows.map((r) => WORDS[`${r.entity}.${r.field}`]).filter((w): w is string => w !== undefined);
  return [...new Set(words)].join(', ');
}

function locate(db: Database, rows: EditRow[]): { articleId: number | null; statementId: number | null } {
  for (const r of rows) {
    if (r.entity === 'article') return { articleId: Number(r.entity_id), statementId: null };
    if (r.entity === 'tag' || r.entity === 'memo' || r.entity === 'person_variant' || r.entity === 'actor_variant')
      continue;
    if (r.entity === 'coding') {
      const snap = JSON.parse(r.new_value ?? r.old_value ?? 'null') as CodingSnapshot | null;
      if (snap) return { articleId: snap.article_id, statementId: null };
      continue;
    }
    const sid = r.entity === 'statement' || r.entity === 'note' ? Number(r.entity_id) : splitKey(r.entity_id)[0];
    const articleId = articleOfStatement(db, sid);
    if (articleId !== null) return { articleId, statementId: sid };
  }
  return { articleId: null, statementId: null };
}

function replay(db: Database, direction: 'undo' | 'redo'): EditOutcome {
  return db
    .transaction(() => {
      const rows = direction === 'undo' ? lastDoneGroup(db) : firstUndoneGroup(db);
      if (rows.length === 0) {
        throw new ParleyError('not_found', direction === 'undo' ? 'Nothing to undo.' : 'Nothing to redo.');
      }
      const ordered = direction === 'undo' ? [...rows].reverse() : rows;
      for (const r of ordered) {
        const raw = direction === 'undo' ? r.old_value : r.new_value;
        applyValue(db, r.entity, r.entity_id, r.field, raw === null ? null : JSON.parse(raw));
      }
      markGroup(db, rows[0]!.group_id, direction === 'undo');
      logTouched(db).touched = true;
      return { description: describe(rows), ...locate(db, rows), ...countEdits(db) };
    })
    .immediate();
}

export const undo = (db: Database): EditOutcome => replay(db, 'undo');
export const redo = (db: Database): EditOutcome => replay(db, 'redo');
export const editCounts = (db: Database) => countEdits(db);
