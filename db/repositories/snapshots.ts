// Whole-row snapshots of a statement (with its stances, coders' stances, tags and notes) or a tag subtree, for undo and redo.
import type { Database } from 'better-sqlite3';

type Row = Record<string, unknown>;

export interface StatementSnapshot {
  row: Row;
  stances: Row[];
  tags: Row[];
  notes: Row[];
  /** Each coder's stance decisions; absent in snapshots logged before they were kept. */
  stanceCodings?: Row[];
}

export interface TagSnapshot {
  /** The tag and all its descendants, parents before children. */
  tags: Row[];
  /** Every statement_tags row of any tag in the subtree. */
  assignments: Row[];
}

function insertRow(db: Database, table: string, row: Row): void {
  const cols = Object.keys(row);
  db.prepare(
    `INSERT INTO ${table} (${cols.map((c) => `"${c}"`).join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
  ).run(...cols.map((c) => row[c]));
}

export function snapshotStatement(db: Database, id: number): StatementSnapshot | null {
  const row = db.prepare('SELECT * FROM statements WHERE id = ?').get(id) as Row | undefined;
  if (!row) return null;
  return {
    row,
    stances: db.prepare('SELECT * FROM stances WHERE statement_id = ?').all(id) as Row[],
    tags: db.prepare('SELECT * FROM statement_tags WHERE statement_id = ?').all(id) as Row[],
    notes: db.prepare('SELECT * FROM notes WHERE statement_id = ?').all(id) as Row[],
    stanceCodings: db.prepare('SELECT * FROM stance_codings WHERE statement_id = ?').all(id) as Row[],
  };
}

/** Makes statement `id` exactly as in the snapshot, or absent when the snapshot is null. */
export function restoreStatement(db: Database, id: number, snapshot: StatementSnapshot | null): void {
  db.prepare('DELETE FROM statements WHERE id = ?').run(id);
  if (!snapshot) return;
  insertRow(db, 'statements', snapshot.row);
  for (const s of snapshot.stances) insertRow(db, 'stances', s);
  for (const t of snapshot.tags) {
    const tagExists = db.prepare('SELECT 1 FROM tags WHERE id = ?').get(t.tag_id);
    if (tagExists) insertRow(db, 'statement_tags', t);
  }
  for (const n of snapshot.notes) insertRow(db, 'notes', n);
  for (const c of snapshot.stanceCodings ?? []) insertRow(db, 'stance_codings', c);
}

export function snapshotTag(db: Database, id: number): TagSnapshot | null {
  const tags = db
    .prepare(
      `WITH RECURSIVE sub(id, depth) AS (SELECT id, 0 FROM tags WHERE id = ?
         UNION ALL SELECT t.id, sub.depth + 1 FROM tags t JOIN sub ON t.parent_id = sub.id)
       SELECT tags.* FROM tags JOIN sub ON sub.id = tags.id ORDER BY sub.depth, tags.id`,
    )
    .all(id) as Row[];
  if (tags.length === 0) return null;
  const ids = tags.map((t) => t.id as number);
  const assignments = db
    .prepare(`SELECT * FROM statement_tags WHERE tag_id IN (${ids.map(() => '?').join(',')})`)
    .all(...ids) as Row[];
  return { tags, assignments };
}

/** Makes tag `id` and its subtree exactly as in the snapshot, or absent when the snapshot is null. */
export function restoreTag(db: Database, id: number, snapshot: TagSnapshot | null): void {
  db.prepare('DELETE FROM tags WHERE id = ?').run(id);
  if (!snapshot) return;
  for (const t of snapshot.tags) insertRow(db, 'tags', t);
  for (const a of snapshot.assignments) {
    const statementExists = db.prepare('SELECT 1 FROM statements WHERE id = ?').get(a.statement_id);
    if (statementExists) insertRow(db, 'statement_tags', a);
  }
}
