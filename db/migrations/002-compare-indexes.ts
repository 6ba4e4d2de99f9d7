// Schema v2, for the compare view: running stance totals per actor × target × label × origin, and a covering index.
//
// Why a totals table and not only indexes: the whole-library matrix needs each stance's actor, which lives on its
// statement. Joining 1,000,000 stances to their statements costs SQLite ~0.5 s and sorting them into groups another
// second, whatever the indexes (measured in bench/compare-bench.ts). The totals are kept exact by triggers on every
// write path (insert, update and delete of stances, an actor change on a statement, deleting a statement or an
// article), so the unscoped matrix reads a few thousand rows. Scoped matrices (articles, dates, tags) read the stances
// themselves, in time proportional to the scope: statements_article_actor finds a scope's statements with their actor
// without reading the statement rows, then the stances' primary key finds their stances.
//
// Write stances with INSERT, UPDATE, DELETE or an upsert (ON CONFLICT DO UPDATE). INSERT OR REPLACE deletes the old
// row without firing delete triggers (recursive_triggers is off) and would count it twice; the unit tests recount the
// totals after every write path the app has.
import type { Database } from 'better-sqlite3';

const sql = /* sql */ `
CREATE INDEX statements_article_actor ON statements(article_id, actor);

CREATE TABLE stance_totals (
  actor TEXT NOT NULL,
  target_id TEXT NOT NULL,
  label TEXT NOT NULL,
  origin TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (actor, target_id, label, origin)
) WITHOUT ROWID;

INSERT INTO stance_totals (actor, target_id, label, origin, n)
  SELECT s.actor, st.target_id, st.label, st.origin, count(*)
  FROM stances st JOIN statements s ON s.id = st.statement_id
  WHERE s.actor IS NOT NULL
  GROUP BY s.actor, st.target_id, st.label, st.origin;

-- A stance counts for its statement's actor. While a statement is being deleted its row is already gone when the
-- cascade deletes its stances, so the statement's own BEFORE DELETE trigger takes them off instead.
CREATE TRIGGER stance_totals_stance_insert AFTER INSERT ON stances BEGIN
  INSERT INTO stance_totals (actor, target_id, label, origin, n)
    SELECT s.actor, new.target_id, new.label, new.origin, 1 FROM statements s
    WHERE s.id = new.statement_id AND s.actor IS NOT NULL
  ON CONFLICT (actor, target_id, label, origin) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stance_totals_stance_delete AFTER DELETE ON stances BEGIN
  UPDATE stance_totals SET n = n - 1
  WHERE actor = (SELECT actor FROM statements WHERE id = old.statement_id)
    AND target_id = old.target_id AND label = old.label AND origin = old.origin;
END;

CREATE TRIGGER stance_totals_stance_update
AFTER UPDATE OF statement_id, target_id, label, origin ON stances BEGIN
  UPDATE stance_totals SET n = n - 1
  WHERE actor = (SELECT actor FROM statements WHERE id = old.statement_id)
    AND target_id = old.target_id AND label = old.label AND origin = old.origin;
  INSERT INTO stance_totals (actor, target_id, label, origin, n)
    SELECT s.actor, new.target_id, new.label, new.origin, 1 FROM statements s
    WHERE s.id = new.statement_id AND s.actor IS NOT NULL
  ON CONFLICT (actor, target_id, label, origin) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stance_totals_actor_update AFTER UPDATE OF actor ON statements
WHEN old.actor IS NOT new.actor BEGIN
  UPDATE stance_totals SET n = n - 1
  WHERE actor = old.actor
    AND (target_id, label, origin) IN (SELECT target_id, label, origin FROM stances WHERE statement_id = old.id);
  INSERT INTO stance_totals (actor, target_id, label, origin, n)
    SELECT new.actor, target_id, label, origin, 1 FROM stances
    WHERE statement_id = new.id AND new.actor IS NOT NULL
  ON CONFLICT (actor, target_id, label, origin) DO UPDATE SET n = n + 1;
END;

CREATE TRIGGER stance_totals_statement_delete BEFORE DELETE ON statements
WHEN old.actor IS NOT NULL BEGIN
  UPDATE stance_totals SET n = n - 1
  WHERE actor = old.actor
    AND (target_id, label, origin) IN (SELECT target_id, label, origin FROM stances WHERE statement_id = old.id);
END;
`;

export function up(db: Database): void {
  db.exec(sql);
}
