// A coding may lie in the article's title (the headline) rather than its body: its offsets are then into the title.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE codings ADD COLUMN field TEXT NOT NULL DEFAULT 'body' CHECK (field IN ('body', 'title'));`);
}
