// Reads that run on every open of a long article use an index in their order: no sort of every row each time.
import { expect, it } from 'vitest';
import { openDatabase } from '../../../db/connection';
import { tempDbPath } from '../../support/db';

it("an article's statements are read in body order from an index, with no sort", () => {
  const db = openDatabase(tempDbPath());
  const plan = db
    .prepare('EXPLAIN QUERY PLAN SELECT * FROM statements s WHERE s.article_id = ? ORDER BY s.start, s.id')
    .all(1) as { detail: string }[];
  const details = plan.map((p) => p.detail).join('\n');
  expect(details).toContain('statements_article_start');
  expect(details).not.toContain('TEMP B-TREE');
  db.close();
});

it("an article's stances are read in the same walk, each statement's by target, with no sort", () => {
  const db = openDatabase(tempDbPath());
  const plan = db
    .prepare(
      `EXPLAIN QUERY PLAN SELECT st.statement_id, st.target_id FROM stances st JOIN statements s ON s.id = st.statement_id
       WHERE s.article_id = ? ORDER BY s.start, s.id, st.target_id`,
    )
    .all(1) as { detail: string }[];
  const details = plan.map((p) => p.detail).join('\n');
  expect(details).toContain('statements_article_start');
  expect(details).not.toContain('TEMP B-TREE');
  db.close();
});
