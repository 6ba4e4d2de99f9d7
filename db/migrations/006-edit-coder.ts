// Every edit in the log records the coder who made it (the name in settings at that moment; '' when none was set).
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`ALTER TABLE edits ADD COLUMN coder TEXT NOT NULL DEFAULT '';`);
}
