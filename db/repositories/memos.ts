// SQL for memos on the project, an article or a code; coding memos live on the coding row.
import type { Database } from 'better-sqlite3';
import type { Memo, MemoScope } from '../../core/qda/types';

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
