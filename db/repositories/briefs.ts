// SQL for briefing notes: saved briefs (the model stored whole as JSON, its title beside it), and what one is built from.
import type { Database } from 'better-sqlite3';

export interface BriefRow {
  id: number;
  title: string;
  model: string;
  created_at: string;
  updated_at: string;
}

const NOW = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";

export function insertBrief(db: Database, title: string, model: string): number {
  const info = db.prepare('INSERT INTO briefs (title, model) VALUES (?, ?)').run(title, model);
  return Number(info.lastInsertRowid);
}

/** Returns false when no brief has that id. */
export function updateBrief(db: Database, id: number, title: string, model: string): boolean {
  const info = db
    .prepare(`UPDATE briefs SET title = ?, model = ?, updated_at = ${NOW} WHERE id = ?`)
    .run(title, model, id);
  return info.changes > 0;
}

export function getBriefRow(db: Database, id: number): BriefRow | undefined {
  return db.prepare('SELECT id, title, model, created_at, updated_at FROM briefs WHERE id = ?').get(id) as
    BriefRow | undefined;
}

export function listBriefRows(db: Database): BriefRow[] {
  return db
    .prepare('SELECT id, title, model, created_at, updated_at FROM briefs ORDER BY updated_at DESC, id DESC')
    .all() as BriefRow[];
}

export function deleteBrief(db: Database, id: number): boolean {
  return db.prepare('DELETE FROM briefs WHERE id = ?').run(id).changes > 0;
}

/** An article as a brief cites it: its outlet, address, date and source grading. */
export interface BriefArticleRow {
  id: number;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  source_reliability: string | null;
  source_credibility: number | null;
}

const BRIEF_ARTICLE = 'SELECT id, title, source, url, published, source_reliability, source_credibility FROM articles';

export function listBriefArticles(db: Database): BriefArticleRow[] {
  return db.prepare(`${BRIEF_ARTICLE} ORDER BY id`).all() as BriefArticleRow[];
}

export function getBriefArticle(db: Database, id: number): BriefArticleRow | undefined {
  return db.prepare(`${BRIEF_ARTICLE} WHERE id = ?`).get(id) as BriefArticleRow | undefined;
}

/** The notes on the articles themselves (not on a statement), in the order they were written. */
export function articleLevelNotes(db: Database, articleIds: number[]): { articleId: number; body: string }[] {
  const rows = db
    .prepare(
      `SELECT article_id, body FROM notes WHERE statement_id IS NULL AND article_id IN (${articleIds.map(() => '?').join(',')}) ORDER BY id`,
    )
    .all(...articleIds) as { article_id: number; body: string }[];
  return rows.map((n) => ({ articleId: n.article_id, body: n.body }));
}
