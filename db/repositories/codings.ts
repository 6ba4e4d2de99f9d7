// SQL for codings: span codings and statement tags read as one list of codings, and a coding's row for the edits log.
import type { Database } from 'better-sqlite3';
import type { Coding, CodingField } from '../../core/qda/types';

/** A span coding's row as the edits log stores it. */
export interface CodingSnapshot {
  article_id: number;
  tag_id: number;
  start: number;
  end: number;
  /** 'title' for a coding of the headline; absent (body) in snapshots logged before titles could be coded. */
  field?: CodingField;
  coder: string;
  memo: string | null;
  created_at: string;
}

interface CodingRow extends CodingSnapshot {
  id: number | null;
  statement_id: number | null;
}

const UNION = `
  SELECT c.id, NULL AS statement_id, c.article_id, c.tag_id, c.start, c."end", c.field, c.coder, c.memo, c.created_at
  FROM codings c WHERE c.article_id IN (SELECT value FROM json_each(@articles))
  UNION ALL
  SELECT NULL, s.id, s.article_id, st.tag_id, s.start, s."end", 'body', st.coder, NULL, st.created_at
  FROM statement_tags st JOIN statements s ON s.id = st.statement_id
  WHERE s.article_id IN (SELECT value FROM json_each(@articles))`;

export const toCoding = (r: CodingRow): Coding => ({
  id: r.id,
  statementId: r.statement_id,
  articleId: r.article_id,
  tagId: r.tag_id,
  start: r.start,
  end: r.end,
  field: r.field ?? 'body',
  coder: r.coder,
  memo: r.memo,
  createdAt: r.created_at,
});

/** Every coding of the articles, span codings and statement tags alike, in reading order. */
export function listCodings(db: Database, articleIds: number[]): Coding[] {
  const rows = db
    .prepare(`${UNION} ORDER BY 3, 7 DESC, 5, 6 DESC, 4`)
    .all({ articles: JSON.stringify(articleIds) }) as CodingRow[];
  return rows.map(toCoding);
}

export function getCoding(db: Database, id: number): Coding | undefined {
  const row = db
    .prepare(
      'SELECT id, NULL AS statement_id, article_id, tag_id, start, "end", field, coder, memo, created_at FROM codings WHERE id = ?',
    )
    .get(id) as CodingRow | undefined;
  return row && toCoding(row);
}

export function snapshotCoding(db: Database, id: number): CodingSnapshot | null {
  return (
    (db
      .prepare('SELECT article_id, tag_id, start, "end", field, coder, memo, created_at FROM codings WHERE id = ?')
      .get(id) as CodingSnapshot | undefined) ?? null
  );
}

/** Puts a span coding back as the snapshot says, or removes it (null). */
export function restoreCoding(db: Database, id: number, snap: CodingSnapshot | null): void {
  db.prepare('DELETE FROM codings WHERE id = ?').run(id);
  if (snap) {
    db.prepare(
      `INSERT INTO codings (id, article_id, tag_id, start, "end", field, coder, memo, created_at)
       VALUES (?, @article_id, @tag_id, @start, @end, @field, @coder, @memo, @created_at)`,
    ).run(id, { field: 'body', ...snap });
  }
}

/** The next free coding id, so a group of new codings can be logged before it is applied. */
export function nextCodingId(db: Database): number {
  return (db.prepare('SELECT coalesce(max(id), 0) + 1 FROM codings').pluck().get() as number) ?? 1;
}

/** The length of an article's body (or title), or undefined when there is no such article. */
export function articleFieldLength(db: Database, articleId: number, field: CodingField = 'body'): number | undefined {
  return db
    .prepare(`SELECT length(${field === 'title' ? 'title' : 'body'}) FROM articles WHERE id = ?`)
    .pluck()
    .get(articleId) as number | undefined;
}

/** A statement's article and span, for coding it whole or in part. */
export function statementSpan(
  db: Database,
  id: number,
): { article_id: number; start: number; end: number; text: string } | undefined {
  return db.prepare('SELECT article_id, start, "end", text FROM statements WHERE id = ?').get(id) as
    { article_id: number; start: number; end: number; text: string } | undefined;
}

/** Whether the same code already covers exactly this span of the article. */
export function hasSpanCoding(db: Database, articleId: number, tagId: number, start: number, end: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM codings WHERE article_id = ? AND tag_id = ? AND start = ? AND "end" = ? AND field = 'body'`,
      )
      .get(articleId, tagId, start, end) !== undefined
  );
}
