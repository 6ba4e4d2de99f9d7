// The analysis view reads every coding grouped by article and coder (db/repositories/qda-analysis packedCodings):
// a covering index in that order lets SQLite read the index alone, with no sort and no table row per coding.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`CREATE INDEX codings_article_coder ON codings(article_id, coder, start, "end", tag_id, field);`);
}
