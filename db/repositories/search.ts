// SQL for full-text search (FTS5) with filters; newest first, which lets FTS5 stop at the limit instead of ranking every match.
import type { Database } from 'better-sqlite3';
import type { SearchFilters } from '../../core/methods/search';

export interface StatementHit {
  statement_id: number;
  article_id: number;
  article_title: string;
  source: string | null;
  published: string | null;
  speaker: string | null;
  actor: string | null;
  kind: 'direct_quote' | 'indirect' | 'narration';
  reviewed: number;
  snippet: string;
}

const list = (n: number) => Array.from({ length: n }, () => '?').join(',');

function filterSql(f: SearchFilters): { where: string[]; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
  const inList = (column: string, values: readonly unknown[] | undefined) => {
    if (!values?.length) return;
    where.push(`${column} IN (${list(values.length)})`);
    params.push(...values);
  };
  inList('s.article_id', f.articleIds);
  inList('s.speaker', f.speakers);
  inList('s.actor', f.actors);
  inList('s.kind', f.kinds);
  if (f.targets?.length || f.stances?.length) {
    const parts = ['st.statement_id = s.id'];
    if (f.targets?.length) {
      parts.push(`st.target_id IN (${list(f.targets.length)})`);
      params.push(...f.targets);
    }
    if (f.stances?.length) {
      parts.push(`st.label IN (${list(f.stances.length)})`);
      params.push(...f.stances);
    }
    where.push(`EXISTS (SELECT 1 FROM stances st WHERE ${parts.join(' AND ')})`);
  }
  if (f.tagIds?.length) {
    // A parent tag matches statements carrying any of its descendants too.
    where.push(`EXISTS (WITH RECURSIVE sub(id) AS (SELECT id FROM tags WHERE id IN (${list(f.tagIds.length)})
      UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id)
      SELECT 1 FROM statement_tags x JOIN sub ON sub.id = x.tag_id WHERE x.statement_id = s.id)`);
    params.push(...f.tagIds);
  }
  const touched = `(s.origin = 'analyst' OR s.analyst_fields <> '[]'
    OR EXISTS (SELECT 1 FROM stances a WHERE a.statement_id = s.id AND a.origin = 'analyst'))`;
  if (f.origin === 'analyst') where.push(touched);
  if (f.origin === 'auto') where.push(`NOT ${touched}`);
  if (f.reviewed !== undefined) {
    where.push('s.reviewed = ?');
    params.push(f.reviewed ? 1 : 0);
  }
  return { where, params };
}

const HIT_COLUMNS = `s.id AS statement_id, s.article_id, a.title AS article_title, a.source, a.published, s.speaker,
  s.actor, s.kind, s.reviewed`;

export function searchStatements(db: Database, fts: string | null, f: SearchFilters, limit: number): StatementHit[] {
  const { where, params } = filterSql(f);
  if (fts === null) {
    const sql = `SELECT ${HIT_COLUMNS}, s.text AS snippet FROM statements s JOIN articles a ON a.id = s.article_id
      ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY a.imported_at DESC, s.article_id, s.start LIMIT ?`;
    return db.prepare(sql).all(...params, limit) as StatementHit[];
  }
  const sql = `SELECT ${HIT_COLUMNS}, snippet(statements_fts, 0, char(1), char(2), '…', 24) AS snippet
    FROM statements_fts JOIN statements s ON s.id = statements_fts.rowid JOIN articles a ON a.id = s.article_id
    WHERE statements_fts MATCH ? ${where.length ? `AND ${where.join(' AND ')}` : ''}
    ORDER BY statements_fts.rowid DESC LIMIT ?`;
  return db.prepare(sql).all(fts, ...params, limit) as StatementHit[];
}

export function searchArticles(db: Database, fts: string, articleIds: number[] | undefined, limit: number) {
  const restrict = articleIds?.length ? `AND a.id IN (${list(articleIds.length)})` : '';
  const sql = `SELECT a.id AS article_id, a.title, snippet(articles_fts, 1, char(1), char(2), '…', 24) AS snippet
    FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
    WHERE articles_fts MATCH ? ${restrict} ORDER BY articles_fts.rowid DESC LIMIT ?`;
  return db.prepare(sql).all(fts, ...(articleIds ?? []), limit) as {
    article_id: number;
    title: string;
    snippet: string;
  }[];
}
