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

/** Span codings and statement tags of the scope (all articles when none given) as flat points. */
export function codingPoints(db: Database, articleIds?: number[]) {
  const scope = articleIds ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
  const sScope = articleIds ? 'WHERE s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  const params = { ids: JSON.stringify(articleIds ?? []) };
  const spans = db
    .prepare(`SELECT article_id, tag_id, start, "end", coder, NULL FROM codings ${scope}`)
    .raw()
    .all(params) as [number, number, number, number, string, null][];
  const tags = db
    .prepare(
      `SELECT s.article_id, st.tag_id, s.start, s."end", st.coder, s.id FROM statement_tags st
       JOIN statements s ON s.id = st.statement_id ${sScope}`,
    )
    .raw()
    .all(params) as [number, number, number, number, string, number][];
  return [...spans, ...tags].map(([articleId, tagId, start, end, coder, statementId]) => ({
    articleId,
    tagId,
    start,
    end,
    coder,
    statementId,
  }));
}

/** Statements of the scope with actor and "target:label" stances. */
export function statementPoints(db: Database, articleIds?: number[]) {
  const scope = articleIds ? 'WHERE s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  const rows = db
    .prepare(
      `SELECT s.id, s.article_id, s.start, s."end", s.actor,
              (SELECT group_concat(target_id || ':' || label, '|') FROM stances WHERE statement_id = s.id)
       FROM statements s ${scope}`,
    )
    .raw()
    .all({ ids: JSON.stringify(articleIds ?? []) }) as [number, number, number, number, string | null, string | null][];
  return rows.map(([id, articleId, start, end, actor, stances]) => ({
    id,
    articleId,
    start,
    end,
    actor,
    stances: stances ? stances.split('|') : [],
  }));
}
