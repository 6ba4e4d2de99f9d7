// SQL for removing an article with everything hanging off it, and the edits-log rows that would point at it afterwards.
import type { Database } from 'better-sqlite3';

/**
 * Statement ids belonging to the article now, plus those the edits log remembers for it (statements created and then
 * undone, or merged away), found in the whole-row snapshots that structural edits store.
 */
export function statementIdsOfArticle(db: Database, articleId: number): Set<number> {
  const ids = new Set(db.prepare('SELECT id FROM statements WHERE article_id = ?').pluck().all(articleId) as number[]);
  const rows = db
    .prepare(`SELECT entity_id, old_value, new_value FROM edits WHERE entity = 'statement' AND field = 'row'`)
    .all() as { entity_id: string; old_value: string | null; new_value: string | null }[];
  for (const r of rows) {
    for (const raw of [r.old_value, r.new_value]) {
      const snapshot = raw ? (JSON.parse(raw) as { row?: { article_id?: number } } | null) : null;
      if (snapshot?.row?.article_id === articleId) ids.add(Number(r.entity_id));
    }
  }
  return ids;
}

/**
 * Statement ids are SQLite rowids and may be reused by a later import, so undo must never replay an edit of a deleted
 * article's statement onto a newcomer: those rows leave the log with the article.
 */
export function forgetEditsOfStatements(db: Database, ids: Set<number>): number {
  if (ids.size === 0) return 0;
  const owner = `CASE WHEN entity IN ('stance', 'statement_tag')
      THEN CAST(substr(entity_id, 1, instr(entity_id, ':') - 1) AS INTEGER)
      ELSE CAST(entity_id AS INTEGER) END`;
  const info = db
    .prepare(
      `DELETE FROM edits WHERE entity IN ('statement', 'note', 'stance', 'statement_tag')
       AND ${owner} IN (SELECT value FROM json_each(?))`,
    )
    .run(JSON.stringify([...ids]));
  return info.changes;
}

export function articleForRemoval(
  db: Database,
  articleId: number,
): { id: number; title: string; statements: number } | undefined {
  return db
    .prepare(
      `SELECT a.id, a.title, (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements
       FROM articles a WHERE a.id = ?`,
    )
    .get(articleId) as { id: number; title: string; statements: number } | undefined;
}

/** ON DELETE CASCADE takes the statements, their stances, tags and notes, and the article's own notes. */
export function deleteArticleRow(db: Database, articleId: number): boolean {
  return db.prepare('DELETE FROM articles WHERE id = ?').run(articleId).changes > 0;
}
