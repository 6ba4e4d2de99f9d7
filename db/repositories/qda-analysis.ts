// SQL for looking across codes: code paths, and the codings of a scope as flat rows for the analysis in core/qda.
import type { Database } from 'better-sqlite3';
import { CodingPacker, StatementPacker, type PackedCodings, type PackedStatements } from '../../core/qda/packed';
import { feedRows } from '../row-feed';

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

/**
 * Where title (headline) codings sit in the analysis: their offsets less 2^32, so they overlap each other as in the
 * title and never a body coding or a statement. spanReader reads them back from the title.
 */
export const TITLE_SHIFT = 2 ** 32;
const START = `(start - CASE field WHEN 'title' THEN ${TITLE_SHIFT} ELSE 0 END)`;
const END = `("end" - CASE field WHEN 'title' THEN ${TITLE_SHIFT} ELSE 0 END)`;

/** Span codings and statement tags of the scope (all articles when none given) as flat points. */
export function codingPoints(db: Database, articleIds?: number[]) {
  const scope = articleIds ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
  const sScope = articleIds ? 'WHERE s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  const params = { ids: JSON.stringify(articleIds ?? []) };
  const spans = db
    .prepare(`SELECT article_id, tag_id, ${START}, ${END}, coder, NULL FROM codings ${scope}`)
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

/** Each article's body and title lengths, for character-level agreement. */
export function articleSizes(db: Database, articleIds: number[]): Map<number, { body: number; title: number }> {
  const rows = db
    .prepare('SELECT id, length(body), length(title) FROM articles WHERE id IN (SELECT value FROM json_each(?))')
    .raw()
    .all(JSON.stringify(articleIds)) as [number, number, number][];
  return new Map(rows.map(([id, body, title]) => [id, { body, title }]));
}

/** A reader of statement counts per article. */
export function statementCounter(db: Database): (articleId: number) => number {
  const q = db.prepare('SELECT count(*) FROM statements WHERE article_id = ?').pluck();
  return (articleId) => q.get(articleId) as number;
}

/** A reader of an article's title and the text between two offsets of its body (or title, offsets less TITLE_SHIFT). */
export function spanReader(
  db: Database,
): (articleId: number, start: number, end: number) => { title: string; text: string } {
  const body = db.prepare('SELECT title, substr(body, ? + 1, ? - ?) AS text FROM articles WHERE id = ?');
  const title = db.prepare('SELECT title, substr(title, ? + 1, ? - ?) AS text FROM articles WHERE id = ?');
  return (articleId, start, end) => {
    const [q, s, e] = start < 0 ? [title, start + TITLE_SHIFT, end + TITLE_SHIFT] : [body, start, end];
    return (q.get(s, e, s, articleId) as { title: string; text: string } | undefined) ?? { title: '', text: '' };
  };
}

/** Everyone who has coded something (span codings, statement tags or stances), most codings first. */
export function coderNames(db: Database): string[] {
  return db
    .prepare(
      `SELECT coder FROM (SELECT coder FROM codings UNION ALL SELECT coder FROM statement_tags
                          UNION ALL SELECT coder FROM stance_codings)
       WHERE coder <> '' GROUP BY coder ORDER BY count(*) DESC, coder`,
    )
    .pluck()
    .all() as string[];
}

/** Every coding as an exported row: span codings and statement tags with text, memo, statement and stances. */
export function codedSegmentRows(db: Database, articleIds?: number[]): unknown[][] {
  const scope = articleIds ? 'WHERE a.id IN (SELECT value FROM json_each(@ids))' : '';
  return db
    .prepare(
      `SELECT c.article_id, a.title, c.tag_id, c.coder, c.start, c."end",
              substr(CASE c.field WHEN 'title' THEN a.title ELSE a.body END, c.start + 1, c."end" - c.start) AS text,
              c.memo, NULL AS statement_id, NULL AS speaker, NULL AS actor, NULL AS stances, c.created_at, c.field
       FROM codings c JOIN articles a ON a.id = c.article_id ${scope}
       UNION ALL
       SELECT s.article_id, a.title, st.tag_id, st.coder, s.start, s."end", s.text, NULL, s.id, s.speaker, s.actor,
              (SELECT group_concat(target_id || ':' || label, '; ') FROM stances WHERE statement_id = s.id), st.created_at, 'body'
       FROM statement_tags st JOIN statements s ON s.id = st.statement_id JOIN articles a ON a.id = s.article_id ${scope}
       ORDER BY 1, 14 DESC, 5, 6`,
    )
    .raw()
    .all({ ids: JSON.stringify(articleIds ?? []) }) as unknown[][];
}

/** Each code's description, by id. */
export function tagDescriptions(db: Database): { id: number; description: string }[] {
  return db.prepare('SELECT id, description FROM tags ORDER BY id').all() as { id: number; description: string }[];
}

/** The scope's span codings and statement tags, packed by article and coder into typed columns (core/qda/packed). */
export function packedCodings(db: Database, articleIds?: number[]): PackedCodings {
  const scope = articleIds ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
  const sScope = articleIds ? 'WHERE s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  const params = { ids: JSON.stringify(articleIds ?? []) };
  const packer = new CodingPacker();
  // A title coding's flag shifts its offsets here rather than in SQL, which is the costlier place per row.
  feedRows(
    db,
    ['article_id', 'coder', 'tag_id', 'start', '"end"', "field = 'title'"],
    `FROM codings ${scope}`,
    params,
    (article, coder, tag, start, end, title) => {
      const shift = title ? TITLE_SHIFT : 0;
      packer.add(
        article as number,
        coder as string,
        tag as number,
        (start as number) - shift,
        (end as number) - shift,
        -1,
      );
    },
  );
  feedRows(
    db,
    ['s.article_id', 'st.coder', 'st.tag_id', 's.start', 's."end"', 's.id'],
    `FROM statement_tags st JOIN statements s ON s.id = st.statement_id ${sScope}`,
    params,
    (article, coder, tag, start, end, id) =>
      packer.add(article as number, coder as string, tag as number, start as number, end as number, id as number),
  );
  return packer.pack();
}

/** The scope's statements packed into runs per article, sorted by start (then id) (core/qda/packed). */
export function packedStatements(db: Database, articleIds?: number[]): PackedStatements {
  const scope = articleIds ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
  const packer = new StatementPacker();
  feedRows(
    db,
    ['article_id', 'id', 'start', '"end"'],
    `FROM statements ${scope}`,
    { ids: JSON.stringify(articleIds ?? []) },
    (a, b, c, d) => packer.add(a as number, b as number, c as number, d as number),
  );
  return packer.pack();
}

// A group's numbers come back as one JSON array: one row per key rather than one per statement.
const FLAT = (cols: string) => `'[' || group_concat(${cols}, ',') || ']'`;

/** The crosstab keys of the scope's statements, each with its statements' ids: an actor, or a stance "target:label". */
export function statementKeys(db: Database, by: 'actor' | 'stance', articleIds?: number[]): [string, number[]][] {
  const inScope = articleIds
    ? `AND ${by === 'actor' ? 'id' : 'statement_id'} IN
         (SELECT id FROM statements WHERE article_id IN (SELECT value FROM json_each(@ids)))`
    : '';
  const sql =
    by === 'actor'
      ? `SELECT actor, ${FLAT('id')} FROM statements WHERE actor IS NOT NULL AND actor <> '' ${inScope} GROUP BY actor`
      : `SELECT target_id || ':' || label, ${FLAT('statement_id')} FROM stances WHERE 1 ${inScope}
         GROUP BY target_id, label`;
  const rows = db
    .prepare(sql)
    .raw()
    .all({ ids: JSON.stringify(articleIds ?? []) }) as [string, string][];
  return rows.map(([key, ids]) => [key, JSON.parse(ids) as number[]]);
}

/** Codings (span codings and statement tags) per code and article of the scope: tagId → articleId → count. */
export function codeArticleCounts(db: Database, articleIds?: number[]): Map<number, Map<number, number>> {
  const scope = articleIds ? 'WHERE article_id IN (SELECT value FROM json_each(@ids))' : '';
  const sScope = articleIds ? 'WHERE s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  const params = { ids: JSON.stringify(articleIds ?? []) };
  const out = new Map<number, Map<number, number>>();
  // Rows of one code and article often come together (a whole-library scan follows codings_tag): counted as a run.
  let [tag, article, n] = [NaN, NaN, 0];
  const flush = () => {
    if (n === 0) return;
    let row = out.get(tag);
    if (!row) out.set(tag, (row = new Map()));
    row.set(article, (row.get(article) ?? 0) + n);
    n = 0;
  };
  const add = (t: unknown, a: unknown) => {
    if (t !== tag || a !== article) {
      flush();
      [tag, article] = [t as number, a as number];
    }
    n++;
  };
  feedRows(db, ['tag_id', 'article_id'], `FROM codings ${scope}`, params, add);
  feedRows(
    db,
    ['st.tag_id', 's.article_id'],
    `FROM statement_tags st JOIN statements s ON s.id = st.statement_id ${sScope}`,
    params,
    add,
  );
  flush();
  return out;
}
