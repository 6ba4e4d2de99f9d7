// SQL for each coder's stance decisions (stance_codings): one coder's decision on one target of one statement, and
// two coders' decisions over a scope, for unit-level agreement.
import type { Database } from 'better-sqlite3';

/** A coder's decision: a stance label, or 'none' where they removed the stance. */
export type StanceCodingLabel = 'favor' | 'against' | 'concern' | 'neutral' | 'none';

/** A coder's decision as the edits log stores it. */
export interface StanceCodingValue {
  label: StanceCodingLabel;
  /** When the coder made it (ISO 8601). */
  at: string;
}

export function getStanceCoding(
  db: Database,
  statementId: number,
  targetId: string,
  coder: string,
): StanceCodingValue | null {
  const row = db
    .prepare(
      'SELECT label, created_at AS at FROM stance_codings WHERE statement_id = ? AND target_id = ? AND coder = ?',
    )
    .get(statementId, targetId, coder) as StanceCodingValue | undefined;
  return row ?? null;
}

/** Makes one coder's decision on a statement's target exactly `value`, or absent when null. */
export function putStanceCoding(
  db: Database,
  statementId: number,
  targetId: string,
  coder: string,
  value: StanceCodingValue | null,
): void {
  db.prepare('DELETE FROM stance_codings WHERE statement_id = ? AND target_id = ? AND coder = ?').run(
    statementId,
    targetId,
    coder,
  );
  // A statement deleted since (its decision logged earlier) has nothing to hold the decision.
  if (!value || !db.prepare('SELECT 1 FROM statements WHERE id = ?').get(statementId)) return;
  db.prepare(
    'INSERT INTO stance_codings (statement_id, target_id, coder, label, created_at) VALUES (?, ?, ?, ?, ?)',
  ).run(statementId, targetId, coder, value.label, value.at);
}

/** One coder's decision on one unit (statement, target), with what the panel shows of it. */
export interface StanceCodingPoint {
  statementId: number;
  articleId: number;
  targetId: string;
  coder: string;
  label: StanceCodingLabel;
  text: string;
}

/** The two coders' decisions in the scope (all articles when none given). */
export function stanceCodingPoints(db: Database, coders: [string, string], articleIds?: number[]): StanceCodingPoint[] {
  const scope = articleIds ? 'AND s.article_id IN (SELECT value FROM json_each(@ids))' : '';
  return db
    .prepare(
      `SELECT sc.statement_id AS statementId, s.article_id AS articleId, sc.target_id AS targetId, sc.coder, sc.label,
              s.text
       FROM stance_codings sc JOIN statements s ON s.id = sc.statement_id
       WHERE sc.coder IN (@a, @b) ${scope}
       ORDER BY s.article_id, s.start, s.id, sc.target_id`,
    )
    .all({ a: coders[0], b: coders[1], ids: JSON.stringify(articleIds ?? []) }) as StanceCodingPoint[];
}
