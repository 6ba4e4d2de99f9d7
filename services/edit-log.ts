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
import type { MemoScope } from '../core/qda/types';
import { resequence } from '../db/repositories/statements';
import { setActorVariant, setPersonVariant } from '../db/repositories/registry';

/** One field of one entity going from `old` to `new` (null meaning absent). */
export type Change =
  | { entity: 'statement'; id: number; field: 'speaker' | 'actor' | 'kind'; old: string | null; new: string | null }
  | { entity: 'statement'; id: number; field: 'reviewed' | 'starred'; old: boolean; new: boolean }
  | { entity: 'statement'; id: number; field: 'analyst_fields'; old: string[]; new: string[] }
  | { entity: 'statement'; id: number; field: 'row'; old: StatementSnapshot | null; new: StatementSnapshot | null }
  | { entity: 'stance'; id: string; field: 'row'; old: StanceValue | null; new: StanceValue | null }
  | { entity: 'statement_tag'; id: string; field: 'on'; old: boolean; new: boolean }
  | { entity: 'note'; id: number; field: 'body'; old: string | null; new: string | null }
  | { entity: 'tag'; id: number; field: 'row'; old: TagSnapshot | null; new: TagSnapshot | null }
  | { entity: 'article'; id: number; field: ArticleField; old: string | null; new: string | null }
  | { entity: 'article'; id: number; field: 'title_missing'; old: boolean; new: boolean }
  | { entity: 'person_variant'; id: string; field: 'person'; old: string | null; new: string | null }
  | { entity: 'actor_variant'; id: string; field: 'actor'; old: string | null; new: string | null }
  | { entity: 'coding'; id: number; field: 'row'; old: CodingSnapshot | null; new: CodingSnapshot | null }
  | { entity: 'memo'; id: string; field: 'body'; old: MemoValue | null; new: MemoValue | null };

/** Article metadata the analyst can edit after import. */
export const ARTICLE_FIELDS = ['title', 'source', 'published', 'published_raw', 'url'] as const;
export type ArticleField = (typeof ARTICLE_FIELDS)[number];

/** A memo's key is "project", "article:<id>" or "code:<id>". */
export interface MemoValue {
  body: string;
  coder: string;
}

export interface StanceValue {
  label: string;
  confidence: number;
  cues: string[];
  origin: 'auto' | 'analyst';
  note: string | null;
}

export interface EditOutcome {
  /** What was undone or redone, in words. */
  description: string;
  articleId: number | null;
  statementId: number | null;
  undoable: number;
  redoable: number;
}

const SIMPLE_FIELDS = new Set(['speaker', 'actor', 'kind']);

function applyValue(db: Database, entity: string, id: string, field: string, value: unknown): void {
  switch (entity) {
    case 'statement': {
      const sid = Number(id);
      if (field === 'row') {
        const articleId = articleOfSnapshot(db, sid, value as StatementSnapshot | null);
        restoreStatement(db, sid, value as StatementSnapshot | null);
        if (articleId !== null) resequence(db, articleId);
      } else if (SIMPLE_FIELDS.has(field)) {
        db.prepare(
          `UPDATE statements SET ${field} = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?`,
        ).run(value, sid);
      } else if (field === 'reviewed' || field === 'starred') {
        db.prepare(`UPDATE statements SET ${field} = ? WHERE id = ?`).run(value ? 1 : 0, sid);
      } else if (field === 'analyst_fields') {
        db.prepare('UPDATE statements SET analyst_fields = ? WHERE id = ?').run(JSON.stringify(value), sid);
      }
      return;
    }
    case 'stance': {
      const [sid, target] = splitKey(id);
      db.prepare('DELETE FROM stances WHERE statement_id = ? AND target_id = ?').run(sid, target);
      const v = value as StanceValue | null;
      if (v) {
        db.prepare(
          'INSERT INTO stances (statement_id, target_id, label, confidence, cues, origin, note) VALUES (?, ?, ?, ?, ?, ?, ?)',
        ).run(sid, target, v.label, v.confidence, JSON.stringify(v.cues), v.origin, v.note);
      }
      return;
    }
    case 'statement_tag': {
      const [sid, tagId] = splitKey(id);
      if (value)
        db.prepare(
          `INSERT OR IGNORE INTO statement_tags (statement_id, tag_id, coder)
           VALUES (?, ?, coalesce((SELECT value FROM settings WHERE key = 'coder.name'), ''))`,
        ).run(sid, Number(tagId));
      else db.prepare('DELETE FROM statement_tags WHERE statement_id = ? AND tag_id = ?').run(sid, Number(tagId));
      return;
    }
    case 'note': {
      db.prepare('DELETE FROM notes WHERE statement_id = ?').run(Number(id));
      if (typeof value === 'string' && value !== '') {
        db.prepare('INSERT INTO notes (statement_id, body) VALUES (?, ?)').run(Number(id), value);
      }
      return;
    }
    case 'tag':
      restoreTag(db, Number(id), value as TagSnapshot | null);
      return;
    case 'article': {
      if (field === 'title_missing') {
        db.prepare('UPDATE articles SET title_missing = ? WHERE id = ?').run(value ? 1 : 0, Number(id));
      } else if ((ARTICLE_FIELDS as readonly string[]).includes(field)) {
        db.prepare(`UPDATE articles SET ${field} = ? WHERE id = ?`).run(value, Number(id));
      }
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

function articleOfSnapshot(db: Database, sid: number, snapshot: StatementSnapshot | null): number | null {
  if (snapshot) return snapshot.row.article_id as number;
  return (db.prepare('SELECT article_id FROM statements WHERE id = ?').pluck().get(sid) as number | undefined) ?? null;
}

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

/** Applies the changes and logs them as one undoable group, in one transaction. */
export function commitChanges(db: Database, changes: Change[]): void {
  const effective = changes.filter(changed);
  if (effective.length === 0) return;
  db.transaction(() => {
    for (const c of effective) applyValue(db, c.entity, String(c.id), c.field, c.new);
    appendEditGroup(db, effective.map(toEdit));
  }).immediate();
}

/** Logs changes a service already made itself (structural edits), inside the caller's transaction. */
export function logAppliedChanges(db: Database, changes: Change[]): void {
  const effective = changes.filter(changed);
  if (effective.length > 0) appendEditGroup(db, effective.map(toEdit));
}

const WORDS: Record<string, string> = {
  'statement.speaker': 'speaker',
  'statement.actor': 'actor',
  'statement.kind': 'kind',
  'statement.reviewed': 'reviewed mark',
  'statement.starred': 'star',
  'statement.row': 'statement boundaries',
  'stance.row': 'stance',
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
    const articleId = db.prepare('SELECT article_id FROM statements WHERE id = ?').pluck().get(sid) as
      number | undefined;
    if (articleId !== undefined) return { articleId, statementId: sid };
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
      return { description: describe(rows), ...locate(db, rows), ...countEdits(db) };
    })
    .immediate();
}

export const undo = (db: Database): EditOutcome => replay(db, 'undo');
export const redo = (db: Database): EditOutcome => replay(db, 'redo');
export const editCounts = (db: Database) => countEdits(db);
