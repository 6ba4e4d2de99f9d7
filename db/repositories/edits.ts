// SQL for the edits log: record a group of changes, and find the group to undo or redo.
import type { Database } from 'better-sqlite3';

export interface EditRow {
  id: number;
  at: string;
  entity: string;
  entity_id: string;
  field: string;
  old_value: string | null;
  new_value: string | null;
  origin: 'auto' | 'analyst';
  group_id: number;
  undone: number;
  /** Who made the edit: the coder name in settings at the time. */
  coder: string;
}

export interface NewEdit {
  entity: string;
  entityId: string;
  field: string;
  oldValue: string | null;
  newValue: string | null;
}

/** Appends one group of edits; a new edit makes the undone groups unreachable for redo, so they are dropped. */
export function appendEditGroup(db: Database, edits: NewEdit[]): number {
  db.prepare('DELETE FROM edits WHERE undone = 1').run();
  const groupId = (db.prepare('SELECT coalesce(max(group_id), 0) + 1 FROM edits').pluck().get() as number) ?? 1;
  const insert = db.prepare(
    `INSERT INTO edits (entity, entity_id, field, old_value, new_value, origin, group_id, coder)
     VALUES (?, ?, ?, ?, ?, 'analyst', ?, coalesce((SELECT value FROM settings WHERE key = 'coder.name'), ''))`,
  );
  for (const e of edits) insert.run(e.entity, e.entityId, e.field, e.oldValue, e.newValue, groupId);
  return groupId;
}

export function lastDoneGroup(db: Database): EditRow[] {
  const group = db.prepare('SELECT max(group_id) FROM edits WHERE undone = 0').pluck().get() as number | null;
  return group === null
    ? []
    : (db.prepare('SELECT * FROM edits WHERE group_id = ? ORDER BY id').all(group) as EditRow[]);
}

export function firstUndoneGroup(db: Database): EditRow[] {
  const group = db.prepare('SELECT min(group_id) FROM edits WHERE undone = 1').pluck().get() as number | null;
  return group === null
    ? []
    : (db.prepare('SELECT * FROM edits WHERE group_id = ? ORDER BY id').all(group) as EditRow[]);
}

export function markGroup(db: Database, groupId: number, undone: boolean): void {
  db.prepare('UPDATE edits SET undone = ? WHERE group_id = ?').run(undone ? 1 : 0, groupId);
}

export function countEdits(db: Database): { undoable: number; redoable: number } {
  const row = db
    .prepare(
      `SELECT count(DISTINCT CASE WHEN undone = 0 THEN group_id END) AS undoable,
              count(DISTINCT CASE WHEN undone = 1 THEN group_id END) AS redoable FROM edits`,
    )
    .get() as { undoable: number; redoable: number };
  return row;
}
