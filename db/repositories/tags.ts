// SQL for the codebook: tags with their usage counts, and the subtree below a tag.
import type { Database } from 'better-sqlite3';
import type { Tag } from '../../core/domain';

interface TagRow {
  id: number;
  parent_id: number | null;
  name: string;
  color: string;
  description: string;
  position: number;
  count: number;
}

const SELECT = `SELECT t.id, t.parent_id, t.name, t.color, t.description, t.position,
  (SELECT count(*) FROM statement_tags st WHERE st.tag_id = t.id) AS count FROM tags t`;

const toTag = (r: TagRow): Tag => ({
  id: r.id,
  parentId: r.parent_id,
  name: r.name,
  color: r.color,
  description: r.description,
  position: r.position,
  count: r.count,
});

export function listTags(db: Database): Tag[] {
  return (db.prepare(`${SELECT} ORDER BY t.position, t.name COLLATE NOCASE, t.id`).all() as TagRow[]).map(toTag);
}

export function getTag(db: Database, id: number): Tag | undefined {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as TagRow | undefined;
  return row && toTag(row);
}

/** The ids of a tag and all its descendants. */
export function subtreeIds(db: Database, id: number): number[] {
  return db
    .prepare(
      `WITH RECURSIVE sub(id) AS (SELECT id FROM tags WHERE id = ? UNION ALL SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id)
       SELECT id FROM sub`,
    )
    .pluck()
    .all(id) as number[];
}

export function findSibling(db: Database, parentId: number | null, name: string): number | undefined {
  return db
    .prepare('SELECT id FROM tags WHERE ifnull(parent_id, 0) = ifnull(?, 0) AND name = ? COLLATE NOCASE')
    .pluck()
    .get(parentId, name) as number | undefined;
}

export interface TagFields {
  parentId: number | null;
  name: string;
  color: string;
  description: string;
}

export function countTags(db: Database): number {
  return db.prepare('SELECT count(*) FROM tags').pluck().get() as number;
}

/** Adds a tag at the end of the codebook; its id. */
export function insertTag(db: Database, t: TagFields): number {
  const info = db
    .prepare(
      `INSERT INTO tags (parent_id, name, color, description, position)
       VALUES (?, ?, ?, ?, (SELECT coalesce(max(position), 0) + 1 FROM tags))`,
    )
    .run(t.parentId, t.name, t.color, t.description);
  return Number(info.lastInsertRowid);
}

export function updateTagRow(db: Database, id: number, t: TagFields): void {
  db.prepare('UPDATE tags SET name = ?, parent_id = ?, color = ?, description = ? WHERE id = ?').run(
    t.name,
    t.parentId,
    t.color,
    t.description,
    id,
  );
}

/** Gives the source's statements and child tags to the target and deletes the source; how many codings moved. */
export function mergeTagInto(db: Database, sourceId: number, targetId: number): number {
  const info = db
    .prepare(
      'INSERT OR IGNORE INTO statement_tags (statement_id, tag_id) SELECT statement_id, ? FROM statement_tags WHERE tag_id = ?',
    )
    .run(targetId, sourceId);
  db.prepare('UPDATE tags SET parent_id = ? WHERE parent_id = ?').run(targetId, sourceId);
  deleteTagRow(db, sourceId);
  return info.changes;
}

/** Deletes a tag (its children and codings go with it, by the foreign keys). */
export function deleteTagRow(db: Database, id: number): void {
  db.prepare('DELETE FROM tags WHERE id = ?').run(id);
}

/** How many statements carry at least one of these tags. */
export function countTaggedStatements(db: Database, tagIds: number[]): number {
  return db
    .prepare(
      `SELECT count(DISTINCT statement_id) FROM statement_tags WHERE tag_id IN (${tagIds.map(() => '?').join(',')})`,
    )
    .pluck()
    .get(...tagIds) as number;
}

export function tagExists(db: Database, id: number): boolean {
  return db.prepare('SELECT 1 FROM tags WHERE id = ?').get(id) !== undefined;
}
