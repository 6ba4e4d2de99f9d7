// SQL for articles: insert, find by content hash, list with statement counts, get one.
import type { Database } from 'better-sqlite3';
import type { Article, ArticleSummary } from '../../core/domain';
import { prepared } from '../prepared';

export interface NewArticle {
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  publishedRaw: string | null;
  titleMissing: boolean;
  body: string;
  contentHash: string;
  fileName: string | null;
  extractorVersion: string;
}

interface SummaryRow {
  id: number;
  title: string;
  source: string | null;
  url: string | null;
  published: string | null;
  published_raw: string | null;
  title_missing: number;
  imported_at: string;
  statements: number;
  reviewed: number;
}

const SUMMARY_SELECT = `
  SELECT a.id, a.title, a.source, a.url, a.published, a.published_raw, a.title_missing, a.imported_at,
         (SELECT count(*) FROM statements s WHERE s.article_id = a.id) AS statements,
         (SELECT count(*) FROM statements s WHERE s.article_id = a.id AND s.reviewed = 1) AS reviewed
  FROM articles a`;

function toSummary(row: SummaryRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    url: row.url,
    published: row.published,
    publishedRaw: row.published_raw,
    titleMissing: row.title_missing === 1,
    importedAt: row.imported_at,
    statements: row.statements,
    reviewed: row.reviewed,
  };
}

export function insertArticle(db: Database, a: NewArticle): number {
  const info = prepared(
    db,
    `INSERT INTO articles (title, source, url, published, published_raw, title_missing, body, content_hash, file_name,
                           extractor_version)
       VALUES (@title, @source, @url, @published, @publishedRaw, @titleMissing, @body, @contentHash, @fileName,
               @extractorVersion)`,
  ).run({ ...a, titleMissing: a.titleMissing ? 1 : 0 });
  return Number(info.lastInsertRowid);
}

export function findArticleIdByHash(db: Database, contentHash: string): number | undefined {
  const row = prepared(db, 'SELECT id FROM articles WHERE content_hash = ?').get(contentHash) as
    { id: number } | undefined;
  return row?.id;
}

export function listArticleSummaries(db: Database): ArticleSummary[] {
  const rows = db.prepare(`${SUMMARY_SELECT} ORDER BY a.imported_at DESC, a.id DESC`).all() as SummaryRow[];
  return rows.map(toSummary);
}

export function getArticleSummary(db: Database, id: number): ArticleSummary | undefined {
  const row = prepared(db, `${SUMMARY_SELECT} WHERE a.id = ?`).get(id) as SummaryRow | undefined;
  return row && toSummary(row);
}

export function getArticle(db: Database, id: number): Article | undefined {
  const summary = getArticleSummary(db, id);
  if (!summary) return undefined;
  const row = db.prepare('SELECT body, file_name FROM articles WHERE id = ?').get(id) as {
    body: string;
    file_name: string | null;
  };
  return { ...summary, body: row.body, fileName: row.file_name };
}

/** How many articles the library holds. */
export function countArticles(db: Database): number {
  return db.prepare('SELECT COUNT(*) FROM articles').pluck().get() as number;
}

export function articleExists(db: Database, id: number): boolean {
  return prepared(db, 'SELECT 1 FROM articles WHERE id = ?').get(id) !== undefined;
}

/** Every article's id, oldest first. */
export function listArticleIds(db: Database): number[] {
  return db.prepare('SELECT id FROM articles ORDER BY id').pluck().all() as number[];
}

/** Marks which extractor last read the article. */
export function setExtractorVersion(db: Database, id: number, version: string): void {
  db.prepare('UPDATE articles SET extractor_version = ? WHERE id = ?').run(version, id);
}

/** Sets the source grading of an article (Admiralty code letter and digit, null for ungraded); false if none. */
export function setArticleGrading(
  db: Database,
  id: number,
  reliability: string | null,
  credibility: number | null,
): boolean {
  return (
    db
      .prepare('UPDATE articles SET source_reliability = ?, source_credibility = ? WHERE id = ?')
      .run(reliability, credibility, id).changes > 0
  );
}
