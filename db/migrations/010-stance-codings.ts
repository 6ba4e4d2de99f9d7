// Each analyst's own stance decision on a statement's target (set, confirmed or removed), kept per coder beside the
// library's current stance, so two analysts' stances can be compared unit by unit.
import type { Database } from 'better-sqlite3';

export function up(db: Database): void {
  db.exec(`
CREATE TABLE stance_codings (
  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL,
  coder TEXT NOT NULL,
  -- 'none': the analyst removed the stance, deciding the statement takes none on this target.
  label TEXT NOT NULL CHECK (label IN ('favor', 'against', 'concern', 'neutral', 'none')),
  created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
  PRIMARY KEY (statement_id, target_id, coder)
) WITHOUT ROWID;
CREATE INDEX stance_codings_coder ON stance_codings(coder, statement_id);
`);
}
