// SQL for memos on the project, an article or a code; coding memos live on the coding row.
import type { Database } from 'better-sqlite3';
import type { Memo, MemoHit, MemoScope } from '../../core/qda/types';

interface MemoRow {
  article_id: number | null;
  tag_id: number | null;
  body: string;
  coder: string;
  updated_at: string;
}

const owner = (scope: MemoScope, refId: number | null) => ({
  article: scope === 'article' ? refId : null,
  tag: scope === 'code' ? refId : null,
});

const toMemo = (r: MemoRow): Memo => ({
  scope: r.article_id !== null ? 'article' : r.tag_id !== null ? 'code' : 'project',
  refId: r.article_id ?? r.tag_id,
  body: r.body,
  coder: r.coder,
  updatedAt: r.updated_at,
});

export function getMemo(db: Database, scope: MemoScope, refId: number | null): Memo | null {
  const o = owner(scope, refId);
  const row = db
    .prepare(
      'SELECT article_id, tag_id, body, coder, updated_at FROM memos WHERE ifnull(article_id, 0) = ifnull(@article, 0) AND ifnull(tag_id, 0) = ifnull(@tag, 0)',
    )
    .get(o) as MemoRow | undefined;
  return row ? toMemo(row) : null;
}

/** Writes the memo; an empty body removes it. */
export function putMemo(db: Database, scope: MemoScope, refId: number | null, body: string, coder: string): void {
  const o = owner(scope, refId);
  db.prepare(
    'DELETE FROM memos WHERE ifnull(article_id, 0) = ifnull(@article, 0) AND ifnull(tag_id, 0) = ifnull(@tag, 0)',
  ).run(o);
  if (body !== '') {
    db.prepare('INSERT INTO memos (article_id, tag_id, body, coder) VALUES (@article, @tag, @body, @coder)').run({
      ...o,
      body,
      coder,
    });
  }
}

export function listMemos(db: Database): Memo[] {
  return (
    db.prepare('SELECT article_id, tag_id, body, coder, updated_at FROM memos ORDER BY id').all() as MemoRow[]
  ).map(toMemo);
}

/** Whether the article or code a memo is about exists. */
export function memoOwnerExists(db: Database, scope: 'article' | 'code', refId: number): boolean {
  const table = scope === 'article' ? 'articles' : 'tags';
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(refId) !== undefined;
}

const HITS = `
  SELECT CASE WHEN m.article_id IS NOT NULL THEN 'article' WHEN m.tag_id IS NOT NULL THEN 'code' ELSE 'project' END AS kind,
         coalesce(m.article_id, m.tag_id) AS refId, m.article_id AS articleId,
         coalesce(a.title, t.name, '') AS label, m.body, m.coder, m.id AS n, 0 AS src
  FROM memos m LEFT JOIN articles a ON a.id = m.article_id LEFT JOIN tags t ON t.id = m.tag_id
  WHERE m.body LIKE @like ESCAPE '\\'
  UNION ALL
  SELECT 'coding', c.id, c.article_id, t.name || ' · ' || a.title, c.memo, c.coder, c.id, 1
  FROM codings c JOIN articles a ON a.id = c.article_id JOIN tags t ON t.id = c.tag_id
  WHERE c.memo IS NOT NULL AND c.memo LIKE @like ESCAPE '\\'`;

/** Memos of every kind (coding memos included) whose text contains `text`; every memo when `text` is empty. */
export function findMemos(db: Database, text: string, limit = 500): MemoHit[] {
  const like = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .prepare(`SELECT kind, refId, articleId, label, body, coder FROM (${HITS}) ORDER BY src, n LIMIT @limit`)
    .all({ like, limit }) as MemoHit[];
}
