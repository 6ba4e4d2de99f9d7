// Schema for the stance learner: the trained model, the rule engine's own suggestion kept beside each stance (so a
// decision records what the rules had said), and on learned stances how many of the analyst's decisions backed them.
import type { Database } from 'better-sqlite3';

const sql = /* sql */ `
CREATE TABLE learner_models (
  name TEXT PRIMARY KEY,
  model BLOB NOT NULL,
  examples INTEGER NOT NULL,
  revision INTEGER NOT NULL DEFAULT 0,
  trained_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
) WITHOUT ROWID;

-- What the rule engine suggested for a statement's target, whatever the analyst later decided.
CREATE TABLE rule_stances (
  statement_id INTEGER NOT NULL REFERENCES statements(id) ON DELETE CASCADE,
  target_id TEXT NOT NULL,
  label TEXT NOT NULL,
  confidence REAL NOT NULL,
  cues TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (statement_id, target_id)
) WITHOUT ROWID;
INSERT INTO rule_stances (statement_id, target_id, label, confidence, cues)
  SELECT statement_id, target_id, label, confidence, cues FROM stances WHERE origin = 'auto';

-- A stance the learner changed: JSON {"from": n, "ruleLabel": label or null}; NULL for the rules' own.
ALTER TABLE stances ADD COLUMN learned TEXT;

CREATE TRIGGER rule_stances_record AFTER INSERT ON stances
WHEN new.origin = 'auto' AND new.learned IS NULL BEGIN
  INSERT INTO rule_stances (statement_id, target_id, label, confidence, cues)
    VALUES (new.statement_id, new.target_id, new.label, new.confidence, new.cues)
  ON CONFLICT (statement_id, target_id) DO UPDATE
    SET label = excluded.label, confidence = excluded.confidence, cues = excluded.cues;
END;

-- Which learner revision last revised an article's suggestions.
CREATE TABLE learner_applied (
  article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
  revision INTEGER NOT NULL
);
`;

export function up(db: Database): void {
  db.exec(sql);
}
