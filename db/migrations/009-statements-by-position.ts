// The reader reads an article's statements in body order (statements.listByArticle: ORDER BY start, id): an index in
// that order spares a sort of every statement each time a long article opens.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`CREATE INDEX statements_article_start ON statements(article_id, start, id);`);
}
