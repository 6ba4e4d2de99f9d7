// SQL for the stance learner: the stored model, the analyst's decisions as training data, learned stances.
import type { Database } from 'better-sqlite3';
import { prepared } from '../prepared';
import { CONTEXT_STATEMENTS, type LabelledStatement, type RuleStance } from '../../core/learn/suggest';
import type { LearnLabel } from '../../core/learn/model';

/** SQL for the text of the statements just before `alias`'s (contextOf: up to CONTEXT_STATEMENTS, in reading order). */
const contextSql = (alias: string) => `(SELECT group_concat(text, ' ') FROM (SELECT text FROM (
    SELECT p.text, p.seq FROM statements p WHERE p.article_id = ${alias}.article_id AND p.seq < ${alias}.seq
    ORDER BY p.seq DESC LIMIT ${CONTEXT_STATEMENTS}) ORDER BY seq))`;

export interface StoredModel {
  model: Buffer;
  examples: number;
  revision: number;
  trainedAt: string;
}

export function readModel(db: Database, name = 'stance'): StoredModel | undefined {
  return db
    .prepare('SELECT model, examples, revision, trained_at AS trainedAt FROM learner_models WHERE name = ?')
    .get(name) as StoredModel | undefined;
}

/** The stored model's revision and size, without reading the model itself. */
export function modelInfo(
  db: Database,
  name = 'stance',
): { examples: number; revision: number; trainedAt: string } | undefined {
  return db
    .prepare('SELECT examples, revision, trained_at AS trainedAt FROM learner_models WHERE name = ?')
    .get(name) as { examples: number; revision: number; trainedAt: string } | undefined;
}

export function writeModel(db: Database, model: Uint8Array, examples: number, revision: number, name = 'stance'): void {
  db.prepare(
    `INSERT INTO learner_models (name, model, examples, revision) VALUES (?, ?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET model = excluded.model, examples = excluded.examples,
       revision = excluded.revision, trained_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now')`,
  ).run(name, Buffer.from(model.buffer, model.byteOffset, model.byteLength), examples, revision);
}

export function deleteModel(db: Database, name = 'stance'): void {
  db.prepare('DELETE FROM learner_models WHERE name = ?').run(name);
}

interface DecidedRow {
  id: number;
  article_id: number;
  text: string;
  speaker: string | null;
  actor: string | null;
  kind: string;
  reviewed: number;
  analyst_fields: string;
  context: string | null;
}

/**
 * Every statement carrying an analyst decision: a field the analyst set (speaker, actor, kind, a stance, a target
 * removed: "none"), a stance accepted, or a statement marked reviewed (all its stances confirmed as they stand). Engine output on unreviewed statements
 * is never included. `since` (an ISO time) keeps only statements edited after it (the learner's last reset).
 */
export function decidedStatements(
  db: Database,
  options: { since?: string | null; statementIds?: number[] } = {},
): (LabelledStatement & { statementId: number; articleId: number; speaker: string | null })[] {
  const since = options.since ?? null;
  const ids = options.statementIds;
  const rows = db
    .prepare(
      `SELECT s.id, s.article_id, s.text, s.speaker, s.actor, s.kind, s.reviewed, s.analyst_fields,
         ${contextSql('s')} AS context
       FROM statements s
       WHERE (s.reviewed = 1 OR s.analyst_fields != '[]'
              OR EXISTS (SELECT 1 FROM stances st WHERE st.statement_id = s.id AND st.origin = 'analyst'))
         ${ids ? `AND s.id IN (SELECT value FROM json_each(?))` : ''}
         AND (? IS NULL OR EXISTS (SELECT 1 FROM edits e WHERE e.undone = 0 AND e.at > ? AND (
              (e.entity = 'statement' AND e.entity_id = CAST(s.id AS TEXT))
              OR (e.entity = 'stance' AND e.entity_id LIKE CAST(s.id AS TEXT) || ':%'))))
       ORDER BY s.id`,
    )
    .all(...(ids ? [JSON.stringify(ids)] : []), since, since) as DecidedRow[];
  const stanceOf = db.prepare('SELECT target_id, label, origin FROM stances WHERE statement_id = ?');
  const ruleOf = db.prepare('SELECT target_id AS target, label, confidence FROM rule_stances WHERE statement_id = ?');
  return rows.map((r) => {
    const labels: Record<string, LearnLabel> = {};
    const decided = (JSON.parse(r.analyst_fields) as string[])
      .filter((f) => f.startsWith('stance:'))
      .map((f) => f.slice('stance:'.length));
    for (const t of decided) labels[t] = 'none';
    for (const st of stanceOf.all(r.id) as { target_id: string; label: LearnLabel; origin: string }[]) {
      if (st.origin === 'analyst' || r.reviewed === 1) labels[st.target_id] = st.label;
      else delete labels[st.target_id];
    }
    return {
      ref: `s${r.id}`,
      statementId: r.id,
      articleId: r.article_id,
      article: r.article_id,
      text: r.text,
      speaker: r.speaker,
      actor: r.actor,
      kind: r.kind,
      context: r.context,
      rule: ruleOf.all(r.id) as RuleStance[],
      labels,
    };
  });
}

/** The rule engine's suggestions on an article's statements, by statement id. */
export function ruleStancesOfArticle(
  db: Database,
  articleId: number,
): Map<number, (RuleStance & { cues: string[] })[]> {
  const rows = db
    .prepare(
      `SELECT r.statement_id, r.target_id, r.label, r.confidence, r.cues FROM rule_stances r
       JOIN statements s ON s.id = r.statement_id WHERE s.article_id = ? ORDER BY r.statement_id, r.target_id`,
    )
    .all(articleId) as { statement_id: number; target_id: string; label: string; confidence: number; cues: string }[];
  const out = new Map<number, (RuleStance & { cues: string[] })[]>();
  for (const r of rows) {
    const list = out.get(r.statement_id) ?? [];
    list.push({ target: r.target_id, label: r.label, confidence: r.confidence, cues: JSON.parse(r.cues) as string[] });
    out.set(r.statement_id, list);
  }
  return out;
}

/** The text of the statements just before this one in its article (contextOf; null for the first). */
export function previousText(db: Database, statementId: number): string | null {
  return (
    (db
      .prepare(`SELECT ${contextSql('s')} FROM statements s WHERE s.id = ?`)
      .pluck()
      .get(statementId) as string | undefined) ?? null
  );
}

export function appliedRevision(db: Database, articleId: number): number | undefined {
  return db.prepare('SELECT revision FROM learner_applied WHERE article_id = ?').pluck().get(articleId) as
    number | undefined;
}

export function setAppliedRevision(db: Database, articleId: number, revision: number): void {
  db.prepare(
    `INSERT INTO learner_applied (article_id, revision) VALUES (?, ?)
     ON CONFLICT (article_id) DO UPDATE SET revision = excluded.revision`,
  ).run(articleId, revision);
}

/** Whether the library holds any analyst decision to train on (a statement reviewed, a stance or one set by hand). */
export function hasDecisions(db: Database): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM statements WHERE reviewed = 1 OR analyst_fields LIKE '%"stance:%'
         UNION ALL SELECT 1 FROM stances WHERE origin = 'analyst' LIMIT 1`,
      )
      .get() !== undefined
  );
}

/** The articles these statements belong to, each once. */
export function articlesOfStatements(db: Database, statementIds: number[]): number[] {
  return db
    .prepare('SELECT DISTINCT article_id FROM statements WHERE id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(JSON.stringify(statementIds)) as number[];
}

/** Whether any stance of the article carries the learner's mark. */
export function hasLearnedStances(db: Database, articleId: number): boolean {
  return (
    db
      .prepare(
        `SELECT 1 FROM stances st JOIN statements s ON s.id = st.statement_id
         WHERE s.article_id = ? AND st.learned IS NOT NULL LIMIT 1`,
      )
      .get(articleId) !== undefined
  );
}

/** An unreviewed statement as the learner reads it: with the text of the few statements before it (reviewed or not). */
export interface UnreviewedStatement {
  id: number;
  text: string;
  actor: string | null;
  kind: string;
  analyst_fields: string;
  context: string | null;
}

/** The article's unreviewed statements in reading order, each with the text of the few before it as context. */
export function unreviewedStatements(db: Database, articleId: number): UnreviewedStatement[] {
  const rows = db
    .prepare(
      `SELECT id, text, actor, kind, analyst_fields, reviewed, ${contextSql('statements')} AS context
       FROM statements WHERE article_id = ? ORDER BY seq`,
    )
    .all(articleId) as (UnreviewedStatement & { reviewed: number })[];
  return rows.filter((s) => s.reviewed === 0).map(({ reviewed: _reviewed, ...s }) => s);
}

/** An engine suggestion as stored (cues and the learner's mark as JSON text). */
export interface AutoStance {
  statement_id: number;
  target_id: string;
  label: string;
  confidence: number;
  cues: string;
  learned: string | null;
}

export function autoStancesOf(db: Database, statementId: number): AutoStance[] {
  return prepared(
    db,
    `SELECT statement_id, target_id, label, confidence, cues, learned FROM stances
     WHERE statement_id = ? AND origin = 'auto' ORDER BY target_id`,
  ).all(statementId) as AutoStance[];
}

/** The targets on which the analyst set a stance of the statement by hand. */
export function analystTargetsOf(db: Database, statementId: number): string[] {
  return prepared(db, `SELECT target_id FROM stances WHERE statement_id = ? AND origin = 'analyst'`)
    .pluck()
    .all(statementId) as string[];
}

export function deleteAutoStance(db: Database, statementId: number, targetId: string): void {
  prepared(db, `DELETE FROM stances WHERE statement_id = ? AND target_id = ? AND origin = 'auto'`).run(
    statementId,
    targetId,
  );
}

/** Stores an engine suggestion: target, label, confidence, cues (JSON) and the learner's mark (JSON or null). */
export function insertAutoStance(
  db: Database,
  statementId: number,
  row: [target: string, label: string, confidence: number, cues: string, learned: string | null],
): void {
  prepared(
    db,
    'INSERT INTO stances (statement_id, target_id, label, confidence, cues, learned) VALUES (?, ?, ?, ?, ?, ?)',
  ).run(statementId, ...row);
}

/** A statement as the learner's evidence panel needs it, or undefined. */
export function evidenceStatement(
  db: Database,
  statementId: number,
): { id: number; article_id: number; text: string; actor: string | null; kind: string } | undefined {
  return db.prepare('SELECT id, article_id, text, actor, kind FROM statements WHERE id = ?').get(statementId) as
    { id: number; article_id: number; text: string; actor: string | null; kind: string } | undefined;
}

/** The stored stance label of a statement on a target (any origin), or undefined. */
export function stanceLabel(db: Database, statementId: number, targetId: string): string | undefined {
  return db
    .prepare('SELECT label FROM stances WHERE statement_id = ? AND target_id = ?')
    .pluck()
    .get(statementId, targetId) as string | undefined;
}

/** The article (id and title) a statement belongs to, or undefined. */
export function articleTitleOfStatement(
  db: Database,
  statementId: number,
): { articleId: number; title: string } | undefined {
  return db
    .prepare(
      'SELECT s.article_id AS articleId, a.title FROM statements s JOIN articles a ON a.id = s.article_id WHERE s.id = ?',
    )
    .get(statementId) as { articleId: number; title: string } | undefined;
}
