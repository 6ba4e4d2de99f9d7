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
