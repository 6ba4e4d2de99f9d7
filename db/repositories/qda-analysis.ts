// SQL for looking across codes: code paths, and the codings of a scope as flat rows for the analysis in core/qda.
import type { Database } from 'better-sqlite3';

/** Each tag's path from the root, like "Security/Terrorism". */
export function tagPaths(db: Database): Map<number, string> {
  const rows = db
    .prepare(
      `WITH RECURSIVE p(id, path) AS (
         SELECT id, name FROM tags WHERE parent_id IS NULL
         UNION ALL SELECT t.id, p.path || '/' || t.name FROM tags t JOIN p ON t.parent_id = p.id)
       SELECT id, path FROM p`,
    )
    .raw()
    .all() as [number, string][];
  return new Map(rows);
}
