// SQL for the compare view: stance groups for a scope (from the running totals or the stances themselves), evidence.
import type { Database } from 'better-sqlite3';
import type { CompareScope } from '../../core/compare/schema';
import type { StanceGroup } from '../../core/compare/matrix';
import { nextDay } from '../../core/compare/timeline';
import type { Kind, Origin, StanceLabel } from '../../core/domain';

/** An article's published text is free; only ISO dates (YYYY-MM-DD…) can fall in a date range. */
const ISO_PUBLISHED = `published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]*'`;

export interface ScopeSql {
  /** Conditions on `s` (statements), joined with AND; empty for the whole library. */
  where: string[];
  params: unknown[];
}

export function isWholeLibrary(scope: CompareScope): boolean {
  return scope.articleIds === undefined && !scope.from && !scope.to && !scope.tagIds?.length;
}

/** Lists travel as one JSON parameter (json_each), so each statement shape is prepared once whatever the list length. */
export function scopeSql(scope: CompareScope): ScopeSql {
  const where: string[] = [];
  const params: unknown[] = [];
  if (scope.articleIds !== undefined) {
    where.push('s.article_id IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(scope.articleIds));
  }
  if (scope.from || scope.to) {
    where.push(`s.article_id IN (SELECT id FROM articles WHERE published >= ? AND published < ? AND ${ISO_PUBLISHED})`);
    params.push(scope.from ?? '0000-01-01', scope.to ? nextDay(scope.to) : '9999-12-32');
  }
  if (scope.tagIds?.length) {
    // A tag stands for its whole subtree: "Security" takes in statements tagged "Security/Terrorism".
    where.push(`s.id IN (SELECT x.statement_id FROM statement_tags x WHERE x.tag_id IN (
      WITH RECURSIVE sub(id) AS (SELECT value FROM json_each(?) UNION SELECT t.id FROM tags t JOIN sub ON t.parent_id = sub.id)
      SELECT id FROM sub))`);
    params.push(JSON.stringify(scope.tagIds));
  }
  return { where, params };
}

/** actor, target, label, origin, n, then [ids] and [best_key, best_confidence, best_id] when asked for. */
type GroupTuple = [string, string, StanceLabel, Origin, number, ...(string | number | null)[]];

export interface GroupQuery {
  confirmedOnly: boolean;
  withStatementIds: boolean;
  /** Each group's best statement: the highest confidence, the lowest statement id among equals. */
  withStrongest?: boolean;
  /** Only these actors (all when absent). */
  actors?: readonly string[];
}

/**
 * One integer per stance that orders by confidence (to a millionth), then by lower statement id: max() of it picks a
 * single row, so the bare columns beside it (SQLite's documented min/max behaviour) are that row's, never a tie's.
 */
const BEST_KEY = `max(CAST(round(st.confidence * 1000000) AS INTEGER) * 4294967296 - st.statement_id)`;

function restrictions(scope: CompareScope, q: { confirmedOnly: boolean; actors?: readonly string[] }): ScopeSql {
  const { where, params } = scopeSql(scope);
  where.unshift('s.actor IS NOT NULL');
  if (q.actors) {
    where.push('s.actor IN (SELECT value FROM json_each(?))');
    params.push(JSON.stringify(q.actors));
  }
  if (q.confirmedOnly) where.push(`st.origin = 'analyst'`);
  return { where, params };
}

/**
 * The matrix's one query. The whole library without statement ids reads the running totals (db/migrations/002):
 * a few thousand rows however many stances. Anything narrower, or with ids, counts the stances in scope.
 */
export function matrixQuery(
  scope: CompareScope,
  q: GroupQuery,
): { sql: string; params: unknown[]; fromTotals: boolean } {
  if (isWholeLibrary(scope) && !q.withStatementIds && !q.withStrongest && !q.actors) {
    return {
      sql: `SELECT actor, target_id AS target, label, origin, n FROM stance_totals
            WHERE n > 0 ${q.confirmedOnly ? `AND origin = 'analyst'` : ''}`,
      params: [],
      fromTotals: true,
    };
  }
  const { where, params } = restrictions(scope, q);
  return {
    sql: `SELECT s.actor, st.target_id AS target, st.label, st.origin, count(*) AS n
            ${q.withStatementIds ? ', group_concat(st.statement_id) AS ids' : ''}
            ${q.withStrongest ? `, ${BEST_KEY} AS best_key, st.confidence AS best_confidence, st.statement_id AS best_id` : ''}
          FROM statements s CROSS JOIN stances st ON st.statement_id = s.id
          WHERE ${where.join(' AND ')}
          GROUP BY s.actor, st.target_id, st.label, st.origin`,
    params,
    fromTotals: false,
  };
}

export function matrixGroups(db: Database, scope: CompareScope, q: GroupQuery): StanceGroup[] {
  const { sql, params } = matrixQuery(scope, q);
  // Arrays, not objects per row: the whole library's groups are thousands of rows read on every matrix.
  const rows = db
    .prepare(sql)
    .raw()
    .all(...params) as GroupTuple[];
  return rows.map(([actor, target, label, origin, n, ...rest]) => {
    const group: StanceGroup = { actor, target, label, confirmed: origin === 'analyst', count: n };
    let i = 0;
    if (q.withStatementIds) {
      const ids = rest[i++] as string | null;
      group.statementIds = ids ? ids.split(',').map(Number) : [];
    }
    if (q.withStrongest) {
      i++; // best_key: only there to choose the row
      const confidence = rest[i++] as number;
      const statementId = rest[i++] as number;
      group.best = { statementId, confidence };
    }
    return group;
  });
}

/** The plan SQLite chose for a scope's matrix query, one line per step (for tests and the benchmark). */
export function explainMatrix(db: Database, scope: CompareScope, q: GroupQuery): string[] {
  const { sql, params } = matrixQuery(scope, q);
  return planOf(db, sql, params);
}

export function planOf(db: Database, sql: string, params: readonly unknown[]): string[] {
  return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((r) => r.detail);
}

export interface EvidenceRow {
  statement_id: number;
  article_id: number;
  text: string;
  start: number;
  end: number;
  speaker: string | null;
  actor: string;
  target: string;
  kind: Kind;
  label: StanceLabel;
  confidence: number;
  origin: Origin;
  cues: string;
  title: string;
  source: string | null;
  published: string | null;
}

const EVIDENCE_COLUMNS = `s.id AS statement_id, s.article_id, s.text, s.start, s."end", s.speaker, s.actor,
  st.target_id AS target, s.kind, st.label, st.confidence, st.origin, st.cues, a.title, a.source, a.published`;

/** Strongest first: analyst-confirmed, then confidence, then the newest article, then reading order. */
const STRONGEST_FIRST = `(st.origin = 'analyst') DESC, st.confidence DESC, a.published DESC, s.article_id, s.seq`;

export function evidenceRows(
  db: Database,
  scope: CompareScope,
  q: { actor: string; target: string; confirmedOnly: boolean; limit: number; offset: number },
): { total: number; rows: EvidenceRow[] } {
  const { where, params } = restrictions(scope, { confirmedOnly: q.confirmedOnly });
  where.push('s.actor = ?', 'st.target_id = ?');
  params.push(q.actor, q.target);
  // CROSS JOIN keeps statements (found by actor) outside: without ANALYZE statistics SQLite would otherwise start
  // from every stance on the target, ten times the rows on a large library.
  const from = `FROM statements s CROSS JOIN stances st ON st.statement_id = s.id JOIN articles a ON a.id = s.article_id
    WHERE ${where.join(' AND ')}`;
  const total = db
    .prepare(`SELECT count(*) ${from}`)
    .pluck()
    .get(...params) as number;
  const rows = db
    .prepare(`SELECT ${EVIDENCE_COLUMNS} ${from} ORDER BY ${STRONGEST_FIRST} LIMIT ? OFFSET ?`)
    .all(...params, q.limit, q.offset) as EvidenceRow[];
  return { total, rows };
}

/** Stances by (statement id, target), as evidence: the side by side's strongest statements. */
export function evidenceByKeys(db: Database, keys: readonly (readonly [number, string])[]): EvidenceRow[] {
  if (keys.length === 0) return [];
  return db
    .prepare(
      `SELECT ${EVIDENCE_COLUMNS}
       FROM json_each(?) k
       JOIN stances st ON st.statement_id = k.value ->> 0 AND st.target_id = k.value ->> 1
       JOIN statements s ON s.id = st.statement_id JOIN articles a ON a.id = s.article_id`,
    )
    .all(JSON.stringify(keys)) as EvidenceRow[];
}

/** Every stance of the given actors on one target in scope, with its article's date, oldest first. */
export function timelineRows(
  db: Database,
  scope: CompareScope,
  q: { target: string; actors: readonly string[]; confirmedOnly: boolean },
): EvidenceRow[] {
  const { where, params } = restrictions(scope, q);
  where.push('st.target_id = ?');
  params.push(q.target);
  return db
    .prepare(
      `SELECT ${EVIDENCE_COLUMNS}
       FROM statements s CROSS JOIN stances st ON st.statement_id = s.id JOIN articles a ON a.id = s.article_id
       WHERE ${where.join(' AND ')} ORDER BY a.published, s.article_id, s.seq`,
    )
    .all(...params) as EvidenceRow[];
}

/** Display names: actors the analyst defined, then targets (actors and targets share ids such as "us"). */
export function partyLabels(db: Database): Map<string, string> {
  const rows = db.prepare(`SELECT id, label FROM targets UNION ALL SELECT id, label FROM actors`).raw().all() as [
    string,
    string,
  ][];
  return new Map(rows);
}
